package gilsim.vm.format;

/**
 * The text preprocessing that {@code int()} and {@code float()} share
 * (_PyUnicode_TransformDecimalAndSpaceToASCII): ASCII stays, any Unicode whitespace becomes a
 * space, any decimal digit becomes its ASCII digit, and the text stops with a {@code '?'} at
 * the first other non-ASCII code point (which makes the literal invalid).
 */
final class NumericText {
    private NumericText() {}

    static char[] toAscii(String s) {
        int n = s.length();
        int i = 0;
        while (i < n && s.charAt(i) < 127) {
            i++;
        }
        if (i == n) {
            return s.toCharArray();
        }
        StringBuilder sb = new StringBuilder(n).append(s, 0, i);
        while (i < n) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 127) {
                sb.append((char) cp);
            } else if (UnicodeTables.isSpace(cp)) {
                sb.append(' ');
            } else {
                int d = UnicodeTables.decimalValue(cp);
                if (d < 0) {
                    sb.append('?');
                    break;
                }
                sb.append((char) ('0' + d));
            }
        }
        char[] out = new char[sb.length()];
        sb.getChars(0, out.length, out, 0);
        return out;
    }

    /** Py_ISSPACE: C's isspace in the C locale. */
    static boolean isAsciiSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }
}
