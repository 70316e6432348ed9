package gilsim.kernel.magic;

/**
 * Follows Python's tokenizer just far enough to tell where a new logical line starts: outside
 * brackets, outside a (triple-)quoted string, and not after a backslash continuation. A magic or
 * help request is recognised only there (DESIGN.md §3), so {@code %threads 4} inside a string,
 * inside a call's parentheses or after a trailing backslash stays code.
 *
 * <p>Feed the cell one physical line at a time with {@link #scan}; magic lines are not scanned
 * (they hold no Python tokens). String prefixes (r, b, f, u) need no special care: even in a raw
 * string a backslash keeps the next quote from closing it, and in 3.11 an f-string is one string
 * token whose nested quotes must differ from its own. A single-quoted string left open at the end
 * of a line without a backslash is a syntax error in Python; the scanner closes it there so that
 * one bad line does not turn the rest of the cell into string.
 */
final class LogicalLineScanner {
    private int depth;
    private char quote;          // 0 when not inside a string
    private boolean triple;
    private boolean continued;   // the previous line ended with a backslash continuation

    /** Whether the next line starts a new logical line. */
    boolean atLogicalLineStart() {
        return depth == 0 && quote == 0 && !continued;
    }

    /**
     * Scans one physical line (without its newline).
     *
     * @return whether the line holds any token besides whitespace and a comment
     */
    boolean scan(String line) {
        String text = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
        continued = false;
        boolean tokens = quote != 0;
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    if (i == n - 1) continued = true;   // an escaped newline keeps a short string open
                    i += 2;
                } else if (triple && text.startsWith(String.valueOf(quote).repeat(3), i)) {
                    quote = 0;
                    i += 3;
                } else if (!triple && c == quote) {
                    quote = 0;
                    i++;
                } else {
                    i++;
                }
                continue;
            }
            if (c == '#') break;
            if (!Character.isWhitespace(c)) tokens = true;
            if (c == '"' || c == '\'') {
                quote = c;
                triple = text.startsWith(String.valueOf(c).repeat(3), i);
                i += triple ? 3 : 1;
                continue;
            }
            if (c == '(' || c == '[' || c == '{') depth++;
            if ((c == ')' || c == ']' || c == '}') && depth > 0) depth--;
            if (c == '\\' && i == n - 1) continued = true;
            i++;
        }
        if (quote != 0 && !triple && !continued) quote = 0;
        if (quote != 0 && !triple) continued = false;   // inside the string, not a line continuation
        return tokens;
    }

    /** Whether the scanner is inside a string that continues on the next line. */
    boolean insideString() {
        return quote != 0;
    }
}
