package gilsim.vm;

/** Iterator over a range: it does not hold the range (CPython's rangeiter copies the numbers). */
final class RangeIterator extends PyIterator {
    private long next;
    private long left;
    private final long step;

    RangeIterator(PyRange r) {
        this.next = r.start;
        this.left = r.length();
        this.step = r.step;
    }

    RangeIterator(long start, long count, long step) {
        this.next = start;
        this.left = count;
        this.step = step;
    }

    @Override
    public PyType type() { return Types.RANGE_ITERATOR; }

    @Override
    PyObject next(Vm vm) {
        if (left <= 0) return null;
        left--;
        long v = next;
        next += step;
        return PyInt.of(v);
    }

    /** The fast path of FOR_ITER: -1 = exhausted... callers check {@link #hasNext} first. */
    boolean hasNext() { return left > 0; }

    long nextLong() {
        left--;
        long v = next;
        next += step;
        return v;
    }

    @Override
    long remaining() { return left; }
}
