package gilsim.vm.format;

/**
 * {@code repr(s)} and {@code ascii(s)} for a str, as Objects/unicodeobject.c's unicode_repr
 * writes them: single quotes unless the text has a single quote and no double quote; backslash
 * escapes for the quote, backslash, {@code \t \n \r}; {@code \xNN}, {@code \\uNNNN} or
 * {@code \UNNNNNNNN} for non-printable code points (by {@link UnicodeTables#isPrintable});
 * printable non-ASCII text kept as it is. Java strings are UTF-16: a surrogate pair is one code
 * point, a lone surrogate is a code point of its own (non-printable), as in CPython.
 */
public final class StrRepr {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private StrRepr() {}

    /** {@code repr(s)}. */
    public static String repr(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2);
        appendRepr(sb, s, false);
        return sb.toString();
    }

    /** {@code ascii(s)}: repr with every non-ASCII code point escaped. */
    public static String ascii(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2);
        appendRepr(sb, s, true);
        return sb.toString();
    }

    /** Appends {@code repr(s)} (or {@code ascii(s)}) to {@code sb}, e.g. inside a list's repr. */
    public static void appendRepr(StringBuilder sb, String s, boolean asciiOnly) {
        char quote = '\'';
        if (s.indexOf('\'') >= 0 && s.indexOf('"') < 0) {
            quote = '"';
        }
        sb.append(quote);
        int n = s.length();
        int plainStart = 0;
        for (int i = 0; i < n; ) {
            char c = s.charAt(i);
            if (c >= 0x20 && c < 0x7F && c != quote && c != '\\') {
                i++;
                continue; // the common case: copied in bulk below
            }
            sb.append(s, plainStart, i);
            int cp = Character.codePointAt(s, i);
            int len = Character.charCount(cp);
            appendEscaped(sb, cp, quote, asciiOnly);
            i += len;
            plainStart = i;
        }
        sb.append(s, plainStart, n);
        sb.append(quote);
    }

    private static void appendEscaped(StringBuilder sb, int cp, char quote, boolean asciiOnly) {
        if (cp == quote || cp == '\\') {
            sb.append('\\').appendCodePoint(cp);
        } else if (cp == '\t') {
            sb.append("\\t");
        } else if (cp == '\n') {
            sb.append("\\n");
        } else if (cp == '\r') {
            sb.append("\\r");
        } else if (cp < 0x20 || cp == 0x7F) {
            hex(sb, 'x', cp, 2);
        } else if (cp < 0x7F) {
            sb.append((char) cp);
        } else if (!asciiOnly && UnicodeTables.isPrintable(cp)) {
            sb.appendCodePoint(cp);
        } else if (cp <= 0xFF) {
            hex(sb, 'x', cp, 2);
        } else if (cp <= 0xFFFF) {
            hex(sb, 'u', cp, 4);
        } else {
            hex(sb, 'U', cp, 8);
        }
    }

    private static void hex(StringBuilder sb, char kind, int cp, int digits) {
        sb.append('\\').append(kind);
        for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) {
            sb.append(HEX[(cp >>> shift) & 0xF]);
        }
    }

    /**
     * {@code ascii(obj)} from {@code repr(obj)} (PyObject_ASCII): non-ASCII code points of the
     * repr become {@code \xNN}, {@code \\uNNNN} or {@code \UNNNNNNNN} (backslashreplace).
     */
    public static String asciiOfRepr(String repr) {
        int n = repr.length();
        int i = 0;
        while (i < n && repr.charAt(i) < 0x80) {
            i++;
        }
        if (i == n) {
            return repr;
        }
        StringBuilder sb = new StringBuilder(n + 16).append(repr, 0, i);
        while (i < n) {
            int cp = repr.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x80) {
                sb.append((char) cp);
            } else if (cp <= 0xFF) {
                hex(sb, 'x', cp, 2);
            } else if (cp <= 0xFFFF) {
                hex(sb, 'u', cp, 4);
            } else {
                hex(sb, 'U', cp, 8);
            }
        }
        return sb.toString();
    }
}
