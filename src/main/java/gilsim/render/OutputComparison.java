package gilsim.render;

import java.util.ArrayList;
import java.util.List;

/**
 * What {@code %%python} shows: the output of the same body in gilsim and in real python3, side by
 * side, with a line that says whether they are identical and the differing lines marked. As HTML
 * (a plain table that survives JupyterLab's sanitizer, text in the page's own colours, changed rows
 * tinted and also marked by a sign, so colour is never the only cue) and as text (both outputs one
 * after the other, labelled, differing lines marked with {@code !}).
 *
 * @param gilsim      everything gilsim's run printed (stdout and stderr in order, the final
 *                    expression's repr, the traceback of an uncaught exception)
 * @param pythonLabel the other column's title, e.g. "python3 3.11.7"
 * @param python      what python3 printed, or null when it did not run
 * @param problem     why the outputs cannot be compared ("python3 not found …", "python3 timed out
 *                    after 10 s …"), or null
 */
public record OutputComparison(String gilsim, String pythonLabel, String python, String problem) {
    public static final String GILSIM_LABEL = "gilsim";
    /** Rows of the HTML view; the text view always has everything. */
    static final int MAX_HTML_ROWS = 400;
    private static final String CHANGED_TINT = "rgba(213,94,0,0.25)";
    private static final String ONE_SIDED_TINT = "rgba(0,114,178,0.25)";
    /** Tight rows, as lines of a terminal; the page's 0.5em cell padding would double-space them. */
    private static final String CELL = "<td style=\"text-align:left;vertical-align:top;padding:1px 8px\">";
    /** JupyterLab paints a pre with the page's background: transparent lets a marked row's tint show. */
    private static final String PRE = "<pre style=\"margin:0;padding:0;background-color:transparent;white-space:pre-wrap\">";

    /** Both ran to the end and printed exactly the same. */
    public boolean identical() {
        return problem == null && python != null && gilsim.equals(python);
    }

    /** The one sentence above the outputs. */
    public String verdict() {
        if (problem != null) return problem;
        if (identical()) {
            int n = lines(gilsim).size();
            return n == 0 ? "Identical output: neither printed anything."
                    : "Identical output: gilsim and " + pythonLabel + " print the same " + n + (n == 1 ? " line." : " lines.");
        }
        List<LineAlignment.Row> rows = rows();
        long differing = rows.stream().filter(r -> r.kind() != LineAlignment.Kind.SAME).count();
        if (differing == 0) return "The outputs differ only in the newline at the end.";
        return "The outputs differ: " + differing + " of " + rows.size() + (rows.size() == 1 ? " line" : " lines")
                + " (≠ changed, ◀ only in gilsim, ▶ only in " + pythonLabel + ").";
    }

    public String html() {
        StringBuilder out = new StringBuilder("<div>");
        out.append("<p style=\"margin:4px 0\"><b>%%python</b> <span>").append(Html.esc(verdict())).append("</span></p>");
        out.append(Html.TABLE).append("<tr>").append(Html.th(GILSIM_LABEL, false)).append("<th></th>")
                .append(Html.th(pythonLabel, false)).append("</tr>");
        List<LineAlignment.Row> rows = python == null ? oneSided() : rows();
        boolean mark = problem == null;
        int shown = Math.min(rows.size(), MAX_HTML_ROWS);
        for (int i = 0; i < shown; i++) {
            LineAlignment.Row row = rows.get(i);
            LineAlignment.Kind kind = mark ? row.kind() : LineAlignment.Kind.SAME;
            String tint = switch (kind) {
                case SAME -> null;
                case CHANGED -> CHANGED_TINT;
                case LEFT_ONLY, RIGHT_ONLY -> ONE_SIDED_TINT;
            };
            out.append(tint == null ? "<tr>" : "<tr style=\"background-color:" + tint + "\">");
            out.append(cell(row.left())).append("<td style=\"text-align:center;vertical-align:top;padding:1px 4px\">")
                    .append(sign(kind)).append("</td>").append(cell(row.right())).append("</tr>");
        }
        if (python == null && rows.isEmpty()) out.append("<tr>").append(cell("")).append("<td></td>").append(cell("")).append("</tr>");
        out.append("</table>");
        if (rows.size() > shown) {
            out.append("<p style=\"margin:0 0 8px 0;font-style:italic\">").append(rows.size() - shown)
                    .append(" more lines are not shown here; the plain-text output has them all.</p>");
        }
        return out.append("</div>").toString();
    }

    public String text() {
        StringBuilder out = new StringBuilder("%%python: ").append(verdict()).append('\n');
        List<String> left = lines(gilsim);
        List<String> right = python == null ? List.of() : lines(python);
        boolean[] leftDiffers = new boolean[left.size()], rightDiffers = new boolean[right.size()];
        if (problem == null && python != null) {
            int l = 0, r = 0;
            for (LineAlignment.Row row : rows()) {
                boolean differs = row.kind() != LineAlignment.Kind.SAME;
                if (row.left() != null) leftDiffers[l++] = differs;
                if (row.right() != null) rightDiffers[r++] = differs;
            }
        }
        block(out, GILSIM_LABEL, left, leftDiffers);
        if (python != null) block(out, pythonLabel, right, rightDiffers);
        return out.toString();
    }

    private static void block(StringBuilder out, String label, List<String> lines, boolean[] differs) {
        out.append("--- ").append(label).append(" ---\n");
        if (lines.isEmpty()) out.append("  (no output)\n");
        for (int i = 0; i < lines.size(); i++) out.append(differs[i] ? "! " : "  ").append(lines.get(i)).append('\n');
    }

    private List<LineAlignment.Row> rows() {
        return LineAlignment.align(lines(gilsim), lines(python));
    }

    private List<LineAlignment.Row> oneSided() {
        List<LineAlignment.Row> rows = new ArrayList<>();
        for (String line : lines(gilsim)) rows.add(new LineAlignment.Row(line, null, LineAlignment.Kind.SAME));
        return rows;
    }

    private static String cell(String line) {
        return line == null ? CELL + "</td>" : CELL + PRE + (line.isEmpty() ? " " : Html.esc(line)) + "</pre></td>"; // a space keeps an empty line one line high
    }

    private static String sign(LineAlignment.Kind kind) {
        return switch (kind) {
            case SAME -> "";
            case CHANGED -> "≠";
            case LEFT_ONLY -> "◀";
            case RIGHT_ONLY -> "▶";
        };
    }

    /** The lines of an output; a final newline ends the last line, it does not start an empty one. */
    static List<String> lines(String text) {
        if (text.isEmpty()) return List.of();
        String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        return List.of(body.split("\n", -1));
    }
}
