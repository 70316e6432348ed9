package gilsim.vm;

import java.math.BigInteger;

/**
 * range(start, stop, step): Java longs, or BigIntegers ({@link #big} not null) when a bound
 * does not fit (range(10**20, 10**20 + 3)); the length must fit in a long.
 */
public final class PyRange extends PyObject {
    public final long start;
    public final long stop;
    public final long step;
    private final long length;
    /** start, stop, step as BigIntegers when one of them does not fit in a long; else null. */
    final BigInteger[] big;

    public PyRange(long start, long stop, long step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
        this.length = computeLength(start, stop, step);
        this.big = null;
    }

    private PyRange(BigInteger start, BigInteger stop, BigInteger step) {
        this.start = 0;
        this.stop = 0;
        this.step = 1;
        this.big = new BigInteger[] {start, stop, step};
        BigInteger n;
        if (step.signum() > 0) {
            n = start.compareTo(stop) < 0 ? stop.subtract(start).subtract(BigInteger.ONE).divide(step).add(BigInteger.ONE) : BigInteger.ZERO;
        } else {
            n = start.compareTo(stop) > 0 ? start.subtract(stop).subtract(BigInteger.ONE).divide(step.negate()).add(BigInteger.ONE) : BigInteger.ZERO;
        }
        if (n.bitLength() >= 63) throw Errors.overflow("Python int too large to convert to C ssize_t");
        this.length = n.longValue();
    }

    /** A range from ints of any size. */
    static PyRange of(PyInt start, PyInt stop, PyInt step) {
        if (start.big == null && stop.big == null && step.big == null) return new PyRange(start.value, stop.value, step.value);
        return new PyRange(start.toBig(), stop.toBig(), step.toBig());
    }

    static long computeLength(long start, long stop, long step) {
        if (step > 0) return start < stop ? (stop - start - 1) / step + 1 : 0;
        return start > stop ? (start - stop - 1) / (-step) + 1 : 0;
    }

    @Override
    public PyType type() { return Types.RANGE; }

    public long length() { return length; }

    /** Item i (0 <= i < length) as a long (small ranges only). */
    public long get(long i) { return start + i * step; }

    /** Item i as a new int reference. */
    PyInt item(long i) {
        if (big == null) return PyInt.of(get(i));
        return PyInt.of(big[0].add(big[2].multiply(BigInteger.valueOf(i))));
    }

    PyInt startObj() { return big == null ? PyInt.of(start) : PyInt.of(big[0]); }

    PyInt stopObj() { return big == null ? PyInt.of(stop) : PyInt.of(big[1]); }

    PyInt stepObj() { return big == null ? PyInt.of(step) : PyInt.of(big[2]); }

    String reprText() {
        String a = big == null ? Long.toString(start) : big[0].toString();
        String b = big == null ? Long.toString(stop) : big[1].toString();
        String c = big == null ? Long.toString(step) : big[2].toString();
        return "1".equals(c) ? "range(" + a + ", " + b + ")" : "range(" + a + ", " + b + ", " + c + ")";
    }

    /** range == range compares the sequences: same length, and same start and step when not empty. */
    boolean sameSequence(PyRange o) {
        if (length != o.length) return false;
        if (length == 0) return true;
        if (!startObjBig().equals(o.startObjBig())) return false;
        return length == 1 || stepBig().equals(o.stepBig());
    }

    private BigInteger startObjBig() { return big == null ? BigInteger.valueOf(start) : big[0]; }

    private BigInteger stepBig() { return big == null ? BigInteger.valueOf(step) : big[2]; }
}
