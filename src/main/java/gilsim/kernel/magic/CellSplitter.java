package gilsim.kernel.magic;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a cell into line magics, a cell magic, help requests and code (DESIGN.md §3).
 *
 * <ul>
 *   <li>A cell magic {@code %%name args} must be the first line that is not blank; the rest of the
 *       cell is its body, taken as it is.</li>
 *   <li>Otherwise every line that starts a new logical line (see {@link LogicalLineScanner}) and
 *       begins with {@code %name} (leading spaces allowed, as in IPython) is a line magic, wherever
 *       it stands; one that is only a name with {@code ?} or {@code ??} before or after it is a
 *       help request.</li>
 *   <li>Magic and help lines are blanked in {@link ParsedCell#code}, so that the code keeps the
 *       cell's line numbers for errors and tracebacks.</li>
 * </ul>
 * A trailing {@code # comment} on a magic line is dropped: no magic argument contains {@code #}.
 */
public final class CellSplitter {
    private static final Pattern LINE_MAGIC = Pattern.compile("\\s*%(%?[A-Za-z_][A-Za-z0-9_]*)(?:\\s+(.*))?");
    private static final Pattern CELL_MAGIC = Pattern.compile("\\s*%%([A-Za-z_][A-Za-z0-9_]*)(?:\\s+(.*))?");
    private static final String NAME = "[\\p{L}_][\\p{L}\\p{N}_]*";
    private static final Pattern HELP = Pattern.compile(
            "\\s*(\\?{1,2})?(%{0,2}" + NAME + "(?:\\." + NAME + ")*)(\\?{1,2})?\\s*");
    private static final Pattern COMMENT = Pattern.compile("(^|\\s)#.*$");

    private CellSplitter() {}

    public static ParsedCell split(String cell) {
        String[] lines = cell.split("\n", -1);
        int first = 0;
        while (first < lines.length && lines[first].isBlank()) first++;
        if (first < lines.length && helpRequest(lines[first], first + 1) == null) {
            Matcher m = CELL_MAGIC.matcher(stripCr(lines[first]));
            if (m.matches()) return cellMagic(lines, first, m);
        }
        return lineMagics(lines);
    }

    private static ParsedCell cellMagic(String[] lines, int magicLine, Matcher m) {
        StringBuilder body = new StringBuilder();
        for (int i = magicLine + 1; i < lines.length; i++) {
            body.append(lines[i]);
            if (i < lines.length - 1) body.append('\n');
        }
        CellMagic magic = new CellMagic(m.group(1), args(m.group(2)), body.toString(), magicLine + 2);
        String[] code = lines.clone();
        for (int i = 0; i <= magicLine; i++) code[i] = "";
        return new ParsedCell(List.of(), magic, String.join("\n", code), List.of());
    }

    private static ParsedCell lineMagics(String[] lines) {
        List<LineMagic> magics = new ArrayList<>();
        List<HelpRequest> help = new ArrayList<>();
        String[] code = lines.clone();
        LogicalLineScanner scanner = new LogicalLineScanner();
        boolean sawCode = false;
        for (int i = 0; i < lines.length; i++) {
            if (scanner.atLogicalLineStart() && !lines[i].isBlank()) {
                HelpRequest request = helpRequest(lines[i], i + 1);
                if (request != null) {
                    help.add(request);
                    code[i] = "";
                    continue;
                }
                Matcher m = LINE_MAGIC.matcher(stripCr(lines[i]));
                if (m.matches()) {
                    magics.add(new LineMagic(m.group(1), args(m.group(2)), i + 1));
                    code[i] = "";
                    continue;
                }
            }
            sawCode |= scanner.scan(lines[i]);
        }
        if (!sawCode) {
            for (int i = 0; i < code.length; i++) code[i] = "";
        }
        return new ParsedCell(magics, null, String.join("\n", code), help);
    }

    /**
     * Whether line {@code index} (0-based) of {@code lines} starts a new logical line, skipping the
     * magic and help lines before it as {@link #split} does.
     */
    static boolean startsLogicalLine(String[] lines, int index) {
        LogicalLineScanner scanner = new LogicalLineScanner();
        for (int i = 0; i < index; i++) {
            boolean skipped = scanner.atLogicalLineStart() && !lines[i].isBlank()
                    && (helpRequest(lines[i], i + 1) != null || LINE_MAGIC.matcher(stripCr(lines[i])).matches());
            if (!skipped) scanner.scan(lines[i]);
        }
        return scanner.atLogicalLineStart();
    }

    /** The help request on this line, or null if the line is something else. */
    private static HelpRequest helpRequest(String line, int lineNumber) {
        Matcher m = HELP.matcher(stripCr(line));
        if (!m.matches() || (m.group(1) == null && m.group(3) == null)) return null;
        String target = m.group(2);
        return new HelpRequest(target, target.startsWith("%"), lineNumber);
    }

    private static String args(String raw) {
        if (raw == null) return "";
        return COMMENT.matcher(raw).replaceFirst("").trim();
    }

    private static String stripCr(String line) {
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }
}
