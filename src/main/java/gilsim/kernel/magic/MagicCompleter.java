package gilsim.kernel.magic;

import gilsim.sim.settings.CostModel;
import gilsim.sim.settings.GilMode;
import gilsim.sim.settings.Limits;
import gilsim.sim.settings.PythonPreset;
import gilsim.sim.settings.RefcountMode;
import gilsim.sim.settings.ReportLevel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Completion of magic names and arguments, as IPython completes them: on a name the matches
 * include the {@code %} and start at it ({@code %thr} → {@code %threads}, {@code %%com} →
 * {@code %%compare}); on an argument, its values ({@code %gil o} → {@code on}, {@code off}), the
 * keys of {@code %cost}, {@code %limit} and {@code %%compare} (with their {@code =}) and, after
 * {@code key=} or a comma, that key's values.
 *
 * <p>Jupyter counts the cursor in Unicode code points, Java strings in UTF-16 units: an emoji
 * before the cursor is one position for Jupyter and two chars here. Positions in and out are code
 * points.
 */
public final class MagicCompleter {
    private static final Pattern NAME = Pattern.compile("(\\s*)(%%?)([A-Za-z0-9_]*)");
    private static final Pattern ARGS = Pattern.compile("\\s*(%%?)([A-Za-z_][A-Za-z0-9_]*)\\s+(.*)", Pattern.DOTALL);
    private static final List<String> ON_OFF = List.of("on", "off");

    private MagicCompleter() {}

    /**
     * Completions at {@code cursor} (a code point offset into {@code code}), or empty when the
     * cursor is not on a magic or there is nothing to offer there (e.g. {@code %watch} names,
     * which the namespace completes).
     */
    public static Optional<Completion> complete(String code, int cursor) {
        int total = code.codePointCount(0, code.length());
        int cp = Math.max(0, Math.min(cursor, total));
        int at = code.offsetByCodePoints(0, cp);
        int lineStart = code.lastIndexOf('\n', at - 1) + 1;
        String before = code.substring(lineStart, at);
        String[] lines = code.split("\n", -1);
        int lineIndex = (int) code.substring(0, lineStart).chars().filter(c -> c == '\n').count();
        boolean firstLine = code.substring(0, lineStart).isBlank();
        if (!firstLine && cellMagicCell(lines)) return Optional.empty();
        if (!CellSplitter.startsLogicalLine(lines, lineIndex)) return Optional.empty();

        Matcher name = NAME.matcher(before);
        if (name.matches()) {
            if (name.group(2).equals("%%") && !firstLine) return Optional.empty();
            String typed = name.group(2) + name.group(3);
            List<String> candidates = new ArrayList<>();
            if (name.group(2).equals("%")) Magics.lineNames().forEach(n -> candidates.add("%" + n));
            if (firstLine) CellMagicKind.names().forEach(n -> candidates.add("%%" + n));
            return result(startingWith(candidates, typed), cp - typed.length(), cp);
        }
        Matcher args = ARGS.matcher(before);
        if (!args.matches()) return Optional.empty();
        boolean cell = args.group(1).equals("%%");
        if (cell && !firstLine) return Optional.empty();
        return arguments(args.group(2), cell, args.group(3), cp);
    }

    private static Optional<Completion> arguments(String magic, boolean cell, String argText, int cp) {
        int wordStart = Math.max(argText.lastIndexOf(' '), argText.lastIndexOf('\t')) + 1;
        String word = argText.substring(wordStart);
        boolean firstWord = argText.substring(0, wordStart).isBlank();
        List<String> keys = keysOf(magic, cell);
        if (keys != null) {
            int eq = word.indexOf('=');
            if (eq < 0) {
                List<String> candidates = new ArrayList<>(keys.stream().map(k -> k + "=").toList());
                if (firstWord && !cell) candidates.add("reset");
                return result(startingWith(candidates, word), cp - length(word), cp);
            }
            String valuePart = word.substring(eq + 1);
            String current = valuePart.substring(valuePart.lastIndexOf(',') + 1);
            String key = word.substring(0, eq).toLowerCase(Locale.ROOT);
            return result(startingWith(valuesOf(key), current), cp - length(current), cp);
        }
        if (!firstWord) return Optional.empty();
        List<String> values = cell ? List.of() : valuesOf(magic);
        return result(startingWith(values, word), cp - length(word), cp);
    }

    /** The keys of a key=value magic, or null for the others. */
    private static List<String> keysOf(String magic, boolean cell) {
        if (cell) {
            return switch (magic) {
                case "compare" -> CompareSpec.KEYS;
                case "python" -> List.of("timeout");
                default -> List.of();
            };
        }
        return switch (magic) {
            case "cost" -> CostModel.names();
            case "limit" -> Limits.keys();
            default -> null;
        };
    }

    /** The values of a single-value line magic, or of a %%compare key. */
    private static List<String> valuesOf(String name) {
        return switch (name) {
            case "gil" -> GilMode.labels();
            case "refcount" -> RefcountMode.labels();
            case "immortal", "timeline" -> ON_OFF;
            case "python" -> PythonPreset.labels();
            case "report" -> ReportLevel.labels();
            case "watch" -> List.of("off");
            case "reset" -> List.of("-f");
            case "help" -> helpTargets();
            default -> List.of();
        };
    }

    private static List<String> helpTargets() {
        List<String> targets = new ArrayList<>(Magics.lineNames());
        CellMagicKind.names().stream().filter(n -> !targets.contains(n)).forEach(targets::add);
        CellMagicKind.names().forEach(n -> targets.add("%%" + n));
        return targets;
    }

    private static boolean cellMagicCell(String[] lines) {
        for (String line : lines) {
            if (line.isBlank()) continue;
            return line.stripLeading().startsWith("%%") && !line.strip().endsWith("?");
        }
        return false;
    }

    private static List<String> startingWith(List<String> candidates, String typed) {
        String t = typed.toLowerCase(Locale.ROOT);
        return candidates.stream().filter(c -> c.toLowerCase(Locale.ROOT).startsWith(t)).toList();
    }

    private static Optional<Completion> result(List<String> matches, int start, int end) {
        return matches.isEmpty() ? Optional.empty() : Optional.of(new Completion(matches, start, end));
    }

    private static int length(String s) {
        return s.codePointCount(0, s.length());
    }
}
