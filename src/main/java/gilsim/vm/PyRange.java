package gilsim.vm;

/** range(start, stop, step) over Java longs. */
public final class PyRange extends PyObject {
    public final long start;
    public final long stop;
    public final long step;
    private final long length;

    public PyRange(long start, long stop, long step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
        this.length = computeLength(start, stop, step);
    }

    static long computeLength(long start, long stop, long step) {
        if (step > 0) return start < stop ? (stop - start - 1) / step + 1 : 0;
        return start > stop ? (start - stop - 1) / (-step) + 1 : 0;
    }

    @Override
    public PyType type() { return Types.RANGE; }

    public long length() { return length; }

    public long get(long i) { return start + i * step; }

    /** range == range compares the sequences: same length, and same start and step when not empty. */
    boolean sameSequence(PyRange o) {
        if (length != o.length) return false;
        if (length == 0) return true;
        if (start != o.start) return false;
        return length == 1 || step == o.step;
    }
}
