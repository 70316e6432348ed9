package gilsim.kernel.magic;

import gilsim.sim.settings.Settings;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The registry of magics (DESIGN.md §5): applies line magics to settings, resolves cell magics,
 * and holds every magic's help.
 *
 * <p>Line magics are pure: {@code applyLine} returns new settings and what to display, and leaves
 * the settings it was given alone; on a {@link MagicException} nothing changed.
 *
 * <p>{@code %heap} and {@code %%steps} are planned (a later issue). They are known names with help;
 * running {@code %heap} answers with a message saying it is not available yet and changes nothing.
 * It is not an error, so a notebook written for a later version still runs top to bottom.
 */
public final class Magics {
    private static final Map<String, LineMagicHandler> LINE = new TreeMap<>(Map.ofEntries(
            Map.entry("threads", SettingMagics::threads),
            Map.entry("cores", SettingMagics::cores),
            Map.entry("gil", SettingMagics::gil),
            Map.entry("refcount", SettingMagics::refcount),
            Map.entry("immortal", SettingMagics::immortal),
            Map.entry("python", SettingMagics::python),
            Map.entry("switchinterval", SettingMagics::switchInterval),
            Map.entry("seed", SettingMagics::seed),
            Map.entry("cost", SettingMagics::cost),
            Map.entry("watch", SettingMagics::watch),
            Map.entry("timeline", SettingMagics::timeline),
            Map.entry("report", SettingMagics::report),
            Map.entry("limit", SettingMagics::limit),
            Map.entry("config", Magics::config),
            Map.entry("reset", Magics::reset),
            Map.entry("lsmagic", Magics::lsmagic),
            Map.entry("help", Magics::helpMagic),
            Map.entry("heap", Magics::heap)));

    private static final List<String> PLANNED_LINE = List.of("heap");

    private Magics() {}

    /**
     * Applies one line magic.
     *
     * @throws MagicException for an unknown magic (listing close matches) or a bad argument (naming
     *                        the allowed values); the exception carries the magic's line
     */
    public static MagicOutcome applyLine(Settings current, LineMagic magic) throws MagicException {
        LineMagicHandler handler = LINE.get(magic.name());
        if (handler == null) throw unknownLine(magic.name()).atLine(magic.line());
        try {
            return handler.apply(current, magic.args());
        } catch (MagicException e) {
            throw e.atLine(magic.line());
        }
    }

    /**
     * Applies a cell's line magics in order, all or nothing: if one fails, the exception says
     * which line, and the caller keeps {@code current} (DESIGN.md §5: "the settings stay as they
     * were"). The outputs are concatenated; {@code resetSession} is true if any magic reset.
     */
    public static MagicOutcome applyAll(Settings current, List<LineMagic> magics) throws MagicException {
        Settings settings = current;
        List<DisplayData> outputs = new ArrayList<>();
        boolean reset = false;
        for (LineMagic magic : magics) {
            MagicOutcome outcome = applyLine(settings, magic);
            settings = outcome.settings();
            outputs.addAll(outcome.outputs());
            reset |= outcome.resetSession();
        }
        return new MagicOutcome(settings, outputs, reset);
    }

    /**
     * The cell magic called {@code name} (without {@code %%}).
     *
     * @throws MagicException for an unknown cell magic, listing close matches
     */
    public static CellMagicKind resolveCell(String name) throws MagicException {
        Optional<CellMagicKind> kind = CellMagicKind.fromName(name);
        if (kind.isPresent()) return kind.get();
        if (LINE.containsKey(name)) {
            throw new MagicException("Cell magic `%%" + name + "` not found. %" + name
                    + " is a line magic: write it on a line of its own, as %" + name + " ...");
        }
        throw new MagicException("Cell magic `%%" + name + "` not found."
                + orList(CloseMatches.suggestion(name, CellMagicKind.names(), "%%")));
    }

    /**
     * The help of a magic: what it does, syntax, values, default and the CPython behaviour it
     * models. {@code name} may be written "gil", "%gil", "%%compare" or "compare" (a bare name is
     * the line magic if there is one: "python" is %python, "%%python" the cell magic).
     */
    public static Optional<String> help(String name) {
        return doc(name).map(MagicDoc::render);
    }

    /** Every magic with its prefix: line magics ("%config", ...) then cell magics ("%%compare", ...). */
    public static List<String> names() {
        return List.copyOf(MagicDocs.ALL.keySet());
    }

    /** Line magic names without "%", sorted. */
    static List<String> lineNames() {
        return List.copyOf(LINE.keySet());
    }

    static Optional<MagicDoc> doc(String name) {
        String n = name.trim();
        if (n.startsWith("%")) return Optional.ofNullable(MagicDocs.ALL.get(n));
        MagicDoc line = MagicDocs.ALL.get("%" + n);
        return line != null ? Optional.of(line) : Optional.ofNullable(MagicDocs.ALL.get("%%" + n));
    }

    private static MagicException unknownLine(String name) {
        if (name.startsWith("%")) {
            String cell = name.substring(1);
            if (CellMagicKind.fromName(cell).isPresent()) {
                return new MagicException("Cell magic `%%" + cell + "` must be the first line of the cell,"
                        + " with the code it applies to below it.");
            }
            return new MagicException("Cell magic `%%" + cell + "` not found."
                    + orList(CloseMatches.suggestion(cell, CellMagicKind.names(), "%%")));
        }
        if (CellMagicKind.fromName(name).isPresent()) {
            return new MagicException("Line magic function `%" + name + "` not found. %%" + name
                    + " is a cell magic: write %%" + name + " ... as the first line of the cell.");
        }
        String close = CloseMatches.suggestion(name, LINE.keySet(), "%");
        if (close.isEmpty()) close = CloseMatches.suggestion(name, CellMagicKind.names(), "%%");
        return new MagicException("Line magic function `%" + name + "` not found." + orList(close));
    }

    private static String orList(String suggestion) {
        return suggestion.isEmpty() ? " %lsmagic lists the magics." : suggestion;
    }

    // ---- the magics about magics and the session ----

    private static MagicOutcome config(Settings s, String args) throws MagicException {
        noArgs("%config", args);
        return MagicOutcome.showing(s, MagicOutputs.config(s));
    }

    private static MagicOutcome reset(Settings s, String args) throws MagicException {
        if (!args.isEmpty() && !args.equals("-f")) {
            throw new MagicException("%reset takes no arguments (-f is accepted, as in IPython), got '" + args + "'.");
        }
        return new MagicOutcome(Settings.defaults(), List.of(), true);
    }

    private static MagicOutcome lsmagic(Settings s, String args) throws MagicException {
        noArgs("%lsmagic", args);
        String line = LINE.keySet().stream().filter(n -> !PLANNED_LINE.contains(n)).map(n -> "%" + n)
                .collect(Collectors.joining("  "));
        String cell = CellMagicKind.names().stream().filter(n -> !CellMagicKind.fromName(n).orElseThrow().planned())
                .map(n -> "%%" + n).collect(Collectors.joining("  "));
        String planned = PLANNED_LINE.stream().map(n -> "%" + n).collect(Collectors.joining("  ")) + "  "
                + CellMagicKind.names().stream().filter(n -> CellMagicKind.fromName(n).orElseThrow().planned())
                .map(n -> "%%" + n).collect(Collectors.joining("  "));
        return MagicOutcome.showing(s, MagicOutputs.text("Available line magics:\n" + line
                + "\n\nAvailable cell magics:\n" + cell
                + "\n\nPlanned, not available yet:\n" + planned
                + "\n\n%help NAME or %NAME? shows what a magic does."));
    }

    private static MagicOutcome helpMagic(Settings s, String args) throws MagicException {
        if (args.isEmpty()) {
            StringBuilder out = new StringBuilder("Magics (%help NAME for one of them):\n");
            Map<String, MagicDoc> docs = new LinkedHashMap<>(MagicDocs.ALL);
            int width = docs.keySet().stream().mapToInt(String::length).max().orElse(0);
            docs.values().forEach(d -> out.append("  ").append(String.format("%-" + width + "s", d.name()))
                    .append("  ").append(d.summary()).append('\n'));
            return MagicOutcome.showing(s, MagicOutputs.text(out.toString()));
        }
        String name = SettingMagics.one("%help", args);
        Optional<String> text = help(name);
        if (text.isEmpty()) {
            String bare = name.replaceFirst("^%+", "").toLowerCase(Locale.ROOT);
            String close = name.startsWith("%%") ? "" : CloseMatches.suggestion(bare, LINE.keySet(), "%");
            if (close.isEmpty()) close = CloseMatches.suggestion(bare, CellMagicKind.names(), "%%");
            throw new MagicException("%help: no magic called '" + name + "'." + orList(close));
        }
        return MagicOutcome.showing(s, MagicOutputs.text(text.get()));
    }

    private static MagicOutcome heap(Settings s, String args) {
        return MagicOutcome.showing(s, MagicOutputs.text("%heap is planned for a later version and is not"
                + " available yet; nothing was changed. Meanwhile %watch NAME draws a name's refcount timeline."));
    }

    private static void noArgs(String where, String args) throws MagicException {
        if (!args.isEmpty()) throw new MagicException(where + " takes no arguments, got '" + args + "'.");
    }
}
