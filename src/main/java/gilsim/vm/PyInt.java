package gilsim.vm;

import java.math.BigInteger;

/**
 * A Python int of any size: a Java long when it fits, otherwise a BigInteger ({@link #big} is
 * null exactly when the value fits in a long). Ints from -5 to 256 are preallocated and
 * shared, as CPython 3.11's small ints (Objects/longobject.c, _PY_NSMALLPOSINTS); their counts
 * start at CPython's 999999999 and are the simulator's own.
 */
public class PyInt extends PyObject {
    public static final int SMALL_MIN = -5;
    public static final int SMALL_MAX = 256;
    private static final PyInt[] SMALL = new PyInt[SMALL_MAX - SMALL_MIN + 1];
    static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    static {
        for (int i = SMALL_MIN; i <= SMALL_MAX; i++) {
            PyInt p = new PyInt(i);
            p.refcnt = Types.SMALL_INT_REFCNT;
            SMALL[i - SMALL_MIN] = p;
        }
    }

    public final long value;
    public final BigInteger big;

    PyInt(long value) {
        this.value = value;
        this.big = null;
    }

    private PyInt(BigInteger big) {
        this.value = 0;
        this.big = big;
    }

    /** A new reference to an int: the shared small int, or a fresh object. */
    public static PyInt of(long v) {
        if (v >= SMALL_MIN && v <= SMALL_MAX) {
            PyInt p = SMALL[(int) v - SMALL_MIN];
            Heap.current.incref(p);
            return p;
        }
        return new PyInt(v);
    }

    /** The small int without a new reference (for comparisons and constants tables). */
    static PyInt smallBorrowed(int v) {
        return SMALL[v - SMALL_MIN];
    }

    /** A small int without a new reference, or a fresh uncounted one (for pure comparisons). */
    static PyInt smallBorrowedOr(long v) {
        if (v >= SMALL_MIN && v <= SMALL_MAX) return SMALL[(int) v - SMALL_MIN];
        PyInt p = new PyInt(v);
        Heap.allocations--;
        return p;
    }

    public static PyInt of(BigInteger b) {
        if (b.bitLength() < 64) return of(b.longValue());
        return new PyInt(b);
    }

    @Override
    public PyType type() { return Types.INT; }

    public boolean isBig() { return big != null; }

    public BigInteger toBig() { return big != null ? big : BigInteger.valueOf(value); }

    public int signum() { return big != null ? big.signum() : Long.signum(value); }

    /** Whether it fits in a Java int. */
    public boolean fitsInt() { return big == null && value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE; }

    public double toDouble() { return big != null ? big.doubleValue() : (double) value; }

    @Override
    public String toString() { return big != null ? big.toString() : Long.toString(value); }
}
