package gilsim.vm;

/**
 * A Python str: an immutable sequence of code points, stored as a Java String (UTF-16).
 * Indexes and lengths are code points, as in Python; strings made only of BMP characters (no
 * surrogate pairs, the common case) index the Java string directly.
 */
public final class PyStr extends PyObject {
    public final String value;
    /** Cached hash (CPython caches str hashes in the object); -1 = not computed yet. */
    long hash = -1;
    /** Code point count, -1 until needed. */
    private int cpLength = -1;
    boolean interned;

    public PyStr(String value) {
        this.value = value;
    }

    @Override
    public PyType type() { return Types.STR; }

    public long hash() {
        long h = hash;
        if (h == -1) {
            h = Hashes.str(value);
            hash = h;
        }
        return h;
    }

    /** Number of code points (Python's len). */
    public int length() {
        int n = cpLength;
        if (n < 0) {
            n = value.codePointCount(0, value.length());
            cpLength = n;
        }
        return n;
    }

    /** Whether code point indexes equal char indexes (no surrogate pairs). */
    public boolean isSimple() {
        return length() == value.length();
    }

    /** The code point at Python index i (0 <= i < length). */
    public int codePointAt(int i) {
        if (isSimple()) return value.charAt(i);
        return value.codePointAt(value.offsetByCodePoints(0, i));
    }

    /** The Java substring of code points [from, to). */
    public String substring(int from, int to) {
        if (isSimple()) return value.substring(from, to);
        int a = value.offsetByCodePoints(0, from);
        int b = value.offsetByCodePoints(a, to - from);
        return value.substring(a, b);
    }

    /** Char offset of code point index i. */
    public int charOffset(int cp) {
        return isSimple() ? cp : value.offsetByCodePoints(0, cp);
    }

    /** Code point index of char offset. */
    public int cpIndex(int charOffset) {
        return isSimple() ? charOffset : value.codePointCount(0, charOffset);
    }

    @Override
    public String toString() { return value; }
}
