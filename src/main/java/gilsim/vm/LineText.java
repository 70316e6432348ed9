package gilsim.vm;

/**
 * A source line as CPython's traceback measures it: in code points (Python's str indexes), with
 * UTF-8 byte offsets converted the way CPython converts them, Python's idea of whitespace, and
 * the width a terminal gives each character.
 */
final class LineText {
    final int[] cps;
    private final int[] byteStarts;

    LineText(String text) {
        this.cps = text.codePoints().toArray();
        this.byteStarts = new int[cps.length + 1];
        for (int i = 0; i < cps.length; i++) byteStarts[i + 1] = byteStarts[i] + utf8Length(cps[i]);
    }

    int length() {
        return cps.length;
    }

    int byteLength() {
        return byteStarts[cps.length];
    }

    /** The UTF-8 byte offset of code point index i (i may be the length). */
    int byteOffset(int i) {
        return byteStarts[Math.min(Math.max(i, 0), cps.length)];
    }

    /** The UTF-8 byte at offset b. */
    int byteAt(int b) {
        int i = codePointAt(b);
        int c = cps[i];
        int k = b - byteStarts[i];
        if (c < 0x80) return c;
        int n = utf8Length(c);
        if (k == 0) return (n == 2 ? 0xC0 : n == 3 ? 0xE0 : 0xF0) | (c >> (6 * (n - 1)));
        return 0x80 | ((c >> (6 * (n - 1 - k))) & 0x3F);
    }

    private int codePointAt(int b) {
        int lo = 0, hi = cps.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (byteStarts[mid] <= b) lo = mid;
            else hi = mid - 1;
        }
        return lo;
    }

    /**
     * traceback._byte_offset_to_character_offset: the number of characters that decoding the first
     * {@code offset} bytes gives, a cut character counting as one (errors="replace").
     */
    int charOffset(int offset) {
        if (offset <= 0) return 0;
        if (offset >= byteLength()) return cps.length;
        int i = codePointAt(offset);
        return byteStarts[i] == offset ? i : i + 1;
    }

    /**
     * _PyPegen_byte_offset_to_character_offset, the C twin: the same, except that an offset past
     * the end reads the string's terminating NUL as one more character.
     */
    int charOffsetReadingNul(int offset) {
        return offset > byteLength() ? cps.length + 1 : charOffset(offset);
    }

    /** Code points [from, to) as a string (clamped, as a Python slice). */
    String slice(int from, int to) {
        from = Math.min(Math.max(from, 0), cps.length);
        to = Math.min(Math.max(to, from), cps.length);
        return new String(cps, from, to - from);
    }

    /**
     * traceback._display_width: the columns the first {@code offset} characters take (a wide or
     * fullwidth one takes two); an all-ASCII string answers {@code offset} itself.
     */
    static int displayWidth(int[] cps, int offset) {
        boolean ascii = true;
        for (int c : cps) ascii &= c < 0x80;
        if (ascii) return offset;
        int width = 0;
        for (int i = 0; i < Math.min(offset, cps.length); i++) width += EastAsianWide.isWide(cps[i]) ? 2 : 1;
        return width;
    }

    /** _PyPegen_calculate_display_width: the same, but the ASCII test looks at the first characters only. */
    static int displayWidthOfPrefix(int[] cps, int offset) {
        int n = Math.min(Math.max(offset, 0), cps.length);
        int width = 0;
        boolean ascii = true;
        for (int i = 0; i < n; i++) {
            ascii &= cps[i] < 0x80;
            width += EastAsianWide.isWide(cps[i]) ? 2 : 1;
        }
        return ascii ? offset : width;
    }

    /** Python's str.isspace() for one character. */
    static boolean isPythonSpace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 0x85;
    }

    /** What traceback.c skips as indentation and trailing blanks: space, tab, form feed. */
    static boolean isCBlank(int c) {
        return c == ' ' || c == '\t' || c == '\f';
    }

    /** Python's str.strip(). */
    static String pythonStrip(String s) {
        int[] cps = s.codePoints().toArray();
        int from = 0, to = cps.length;
        while (from < to && isPythonSpace(cps[from])) from++;
        while (to > from && isPythonSpace(cps[to - 1])) to--;
        return new String(cps, from, to - from);
    }

    /** The number of code points of Python's s.rstrip(). */
    int pythonRstripLength() {
        int to = cps.length;
        while (to > 0 && isPythonSpace(cps[to - 1])) to--;
        return to;
    }

    private static int utf8Length(int c) {
        return c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
    }
}
