package gilsim.vm;

/** A slice object (start, stop, step), each an object (None when absent). */
public final class PySlice extends PyContainer {
    public final PyObject start;
    public final PyObject stop;
    public final PyObject step;

    /** Steals the three references. */
    public PySlice(PyObject start, PyObject stop, PyObject step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    @Override
    public PyType type() { return Types.SLICE; }

    /** PySlice_GetIndicesEx for a sequence of the given length: {start, stop, step, slicelength}. */
    public long[] indices(long length) {
        long st;
        if (step == PyNone.NONE) {
            st = 1;
        } else {
            st = asIndex(step);
            if (st == 0) throw Errors.value("slice step cannot be zero");
        }
        long lower = st < 0 ? -1 : 0;
        long upper = st < 0 ? length - 1 : length;
        long b;
        if (start == PyNone.NONE) {
            b = st < 0 ? upper : lower;
        } else {
            b = asIndex(start);
            if (b < 0) {
                b += length;
                if (b < lower) b = lower;
            } else if (b > upper) {
                b = upper;
            }
        }
        long e;
        if (stop == PyNone.NONE) {
            e = st < 0 ? lower : upper;
        } else {
            e = asIndex(stop);
            if (e < 0) {
                e += length;
                if (e < lower) e = lower;
            } else if (e > upper) {
                e = upper;
            }
        }
        long n;
        if (st < 0) n = e < b ? (b - e - 1) / (-st) + 1 : 0;
        else n = b < e ? (e - b - 1) / st + 1 : 0;
        return new long[] {b, e, st, n};
    }

    private static long asIndex(PyObject o) {
        if (o instanceof PyInt i) {
            if (i.big != null) return i.big.signum() < 0 ? Long.MIN_VALUE / 4 : Long.MAX_VALUE / 4;
            return i.value;
        }
        throw Errors.type("slice indices must be integers or None or have an __index__ method");
    }

    @Override
    protected void releaseContents(Heap heap) {
        heap.decref(start);
        heap.decref(stop);
        heap.decref(step);
    }
}
