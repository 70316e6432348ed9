package gilsim.render;

/**
 * The few HTML pieces every report part shares. Everything here must survive JupyterLab's
 * sanitizer for untrusted outputs (DESIGN.md §6): plain tags from its allow-list, {@code style}
 * attributes with plain properties and values only (no {@code var(--jp-…)}, no
 * {@code font-variant-numeric}, no {@code gap}), colours as hex or {@code rgba()} with integer
 * channels. Text inherits the page's colour, so it reads in light and dark themes; backgrounds
 * and borders are half-transparent greys or tints that work on both.
 */
final class Html {
    /** A rule between parts of a table: a grey that shows on white and on black. */
    static final String RULE = "1px solid rgba(128,128,128,0.5)";
    /**
     * Tables lean on the page's table style (JupyterLab, Notebook 7 and nbconvert's lab template
     * give numbers right-aligned, padded, zebra rows in theme colours); {@code cellpadding} keeps
     * them readable where the page has none. Only what differs is styled inline, which also keeps
     * a 32-row table small.
     */
    static final String TABLE = "<table cellpadding=\"4\" style=\"border-collapse:collapse;margin:4px 0 8px 0\">";
    private static final String LEFT = " style=\"text-align:left\"";

    private Html() {}

    /** Escapes text for element content and double-quoted attributes. */
    static String esc(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A section title with its explanation beside it, in the page's own colours. */
    static String heading(String title, String note) {
        StringBuilder out = new StringBuilder("<p style=\"margin:12px 0 2px 0\"><b>").append(esc(title)).append("</b>");
        if (note != null && !note.isEmpty()) out.append(" <span>").append(esc(note)).append("</span>");
        return out.append("</p>").toString();
    }

    /** The sentence under a chart that tells what to look at. */
    static String caption(String sentence) {
        return "<p style=\"margin:0 0 10px 0;font-style:italic\">" + esc(sentence) + "</p>";
    }

    static String th(String text, boolean number) {
        return "<th" + (number ? "" : LEFT) + ">" + esc(text) + "</th>";
    }

    static String td(String html, boolean number) {
        return "<td" + (number ? "" : LEFT) + ">" + html + "</td>";
    }

    /** The opening of the total row: bold, with a rule above. */
    static String totalRow() {
        return "<tr style=\"font-weight:bold;border-top:2px solid rgba(128,128,128,0.6)\">";
    }

    /** A number with its unit kept on one line. */
    static String nowrap(String text) {
        return esc(text).replace(" ", "\u00a0");
    }

    /** A rounded label (a setting, a state), tinted grey so it reads on any theme. */
    static String chip(String html) {
        return "<span style=\"display:inline-block;padding:1px 8px;margin:2px 4px 2px 0;border-radius:10px;"
                + "background-color:rgba(128,128,128,0.2)\">" + html + "</span>";
    }
}
