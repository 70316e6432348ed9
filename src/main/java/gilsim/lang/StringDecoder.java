package gilsim.lang;

/**
 * Backslash escapes of non-raw str literals, as CPython's unicode-escape decoder: \\ \' \" \a \b
 * \f \n \r \t \v, backslash-newline (nothing), \ooo octal, \xhh, \\uXXXX, \UXXXXXXXX and
 * \N{name}. An unknown escape such as \d keeps its backslash (CPython only warns).
 *
 * <p>Error messages copy CPython's, including its byte positions: before decoding, CPython
 * rewrites each non-ASCII character of the literal as a 10-byte \UXXXXXXXX escape (and a
 * backslash before one as 6 bytes), and the positions count in that rewritten buffer.
 */
final class StringDecoder {

    /** A malformed escape; the message is CPython's "(unicode error) ..." text. */
    static final class DecodeError extends Exception {
        DecodeError(String message) {
            super(message, null, false, false);
        }
    }

    private final int[] cps;
    private final int[] bytePos;
    private int i;

    private StringDecoder(String body) {
        this.cps = body.codePoints().toArray();
        this.bytePos = new int[cps.length + 1];
        for (int k = 0; k < cps.length; k++) {
            int width = cps[k] < 128 ? 1 : 10;
            if (cps[k] == '\\' && k + 1 < cps.length && cps[k + 1] >= 128) width = 6;
            bytePos[k + 1] = bytePos[k] + width;
        }
    }

    static String decode(String body) throws DecodeError {
        if (body.indexOf('\\') < 0) return body;
        return new StringDecoder(body).run();
    }

    private String run() throws DecodeError {
        StringBuilder out = new StringBuilder(cps.length);
        while (i < cps.length) {
            int c = cps[i++];
            if (c != '\\') {
                out.appendCodePoint(c);
                continue;
            }
            int start = i - 1;
            int e = i < cps.length ? cps[i++] : -1;
            switch (e) {
                case '\n' -> { }
                case '\\', '\'', '"' -> out.append((char) e);
                case 'a' -> out.append('\u0007');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'v' -> out.append('\u000b');
                case '0', '1', '2', '3', '4', '5', '6', '7' -> out.appendCodePoint(octal(e));
                case 'x' -> out.appendCodePoint(hex(start, 2, "truncated \\xXX escape"));
                case 'u' -> out.appendCodePoint(hex(start, 4, "truncated \\uXXXX escape"));
                case 'U' -> out.appendCodePoint(hex(start, 8, "truncated \\UXXXXXXXX escape"));
                case 'N' -> out.appendCodePoint(named(start));
                default -> {
                    out.append('\\');
                    if (e != -1) out.appendCodePoint(e);
                }
            }
        }
        return out.toString();
    }

    private int octal(int first) {
        int value = first - '0';
        for (int k = 0; k < 2 && i < cps.length && cps[i] >= '0' && cps[i] <= '7'; k++) {
            value = value * 8 + (cps[i++] - '0');
        }
        return value;
    }

    private int hex(int start, int count, String message) throws DecodeError {
        long value = 0;
        for (; count > 0; count--, i++) {
            int d = i < cps.length ? Character.digit(cps[i], 16) : -1;
            if (d < 0 || cps[i] >= 128) throw error(start, i, message);
            value = value * 16 + d;
        }
        if (value > Character.MAX_CODE_POINT) throw error(start, i, "illegal Unicode character");
        return (int) value;
    }

    private int named(int start) throws DecodeError {
        String malformed = "malformed \\N character escape";
        if (i >= cps.length || cps[i] != '{') throw error(start, i, malformed);
        int nameStart = ++i;
        while (i < cps.length && cps[i] != '}') i++;
        if (i >= cps.length) throw error(start, i, malformed);
        if (i == nameStart) throw error(start, i, malformed);
        String name = new String(cps, nameStart, i - nameStart);
        i++;
        try {
            return Character.codePointOf(name);
        } catch (IllegalArgumentException unknown) {
            throw error(start, i, "unknown Unicode character name");
        }
    }

    /** CPython's message for a bad escape from {@code start} up to (excluding) {@code end}. */
    private DecodeError error(int start, int end, String message) {
        return new DecodeError("(unicode error) 'unicodeescape' codec can't decode bytes in "
                + "position " + bytePos[start] + "-" + (bytePos[end] - 1) + ": " + message);
    }
}
