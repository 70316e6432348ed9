package gilsim.vm;

/**
 * Iterator over a list, tuple or str (listiter_next, tupleiter_next, unicodeiter_next): it
 * holds the sequence until exhausted, then drops it (so a finished loop releases its list).
 * Also the reversed iterator of lists and tuples.
 */
final class SequenceIterator extends PyIterator {
    private PyObject seq;
    private int index;
    private final boolean reversed;
    private final PyType type;

    /** Takes a new reference to seq. */
    SequenceIterator(Heap heap, PyObject seq, boolean reversed) {
        this.seq = seq;
        this.reversed = reversed;
        heap.incref(seq);
        if (reversed) {
            index = seq instanceof PyList l ? l.size - 1 : seq instanceof PyTuple t ? t.items.length - 1 : ((PyStr) seq).length() - 1;
            type = seq instanceof PyList ? Types.LIST_REVERSEITERATOR : Types.REVERSED;
        } else {
            type = seq instanceof PyList ? Types.LIST_ITERATOR : seq instanceof PyTuple ? Types.TUPLE_ITERATOR : Types.STR_ITERATOR;
        }
        Heap.track(this);
    }

    @Override
    public PyType type() { return type; }

    @Override
    PyObject next(Vm vm) {
        PyObject s = seq;
        if (s == null) return null;
        if (reversed) {
            if (index >= 0 && index < size(s)) return item(vm, s, index--);
        } else if (index < size(s)) {
            return item(vm, s, index++);
        }
        seq = null;
        vm.heap.decref(s);
        return null;
    }

    private static int size(PyObject s) {
        if (s instanceof PyList l) return l.size;
        if (s instanceof PyTuple t) return t.items.length;
        return ((PyStr) s).length();
    }

    private static PyObject item(Vm vm, PyObject s, int i) {
        if (s instanceof PyList l) return vm.heap.newRef(l.items[i]);
        if (s instanceof PyTuple t) return vm.heap.newRef(t.items[i]);
        return Strings.charAt(vm, (PyStr) s, i);
    }

    @Override
    long remaining() {
        if (seq == null) return 0;
        return reversed ? index + 1 : Math.max(0, size(seq) - index);
    }

    @Override
    protected void releaseContents(Heap heap) {
        PyObject s = seq;
        seq = null;
        heap.xdecref(s);
    }

    @Override
    public void traverse(ReferenceVisitor visitor) {
        if (seq != null) visitor.visit(seq);
    }

    @Override
    protected void clearReferences(Heap heap) { releaseContents(heap); }
}
