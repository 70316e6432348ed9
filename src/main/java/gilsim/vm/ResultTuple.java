package gilsim.vm;

/**
 * The result tuple that enumerate, zip and dict.items() iterators reuse (enum_next, zip_next,
 * dictiter_iternextitem): when nobody but the iterator holds the last tuple, its items are
 * replaced in place instead of allocating a new one. So during a
 * {@code for i, v in enumerate(seq)} body the cached tuple still holds the current items.
 */
final class ResultTuple {
    private PyTuple cached;

    /** The next result holding the given new references (stolen). */
    PyTuple next(Vm vm, PyObject[] items) {
        Heap heap = vm.heap;
        PyTuple t = cached;
        if (t != null && heap.model().refcount(t) == 1 && t.items.length == items.length) {
            heap.incref(t);
            PyObject[] old = t.items.clone();
            System.arraycopy(items, 0, t.items, 0, items.length);
            for (PyObject o : old) heap.xdecref(o);
            return t;
        }
        PyTuple fresh = new PyTuple(items);
        return fresh;
    }

    /** The iterator's own reference to a first tuple of Nones (created with the iterator). */
    static ResultTuple of(Vm vm, int n) {
        ResultTuple r = new ResultTuple();
        PyObject[] nones = new PyObject[n];
        for (int i = 0; i < n; i++) nones[i] = vm.heap.newRef(PyNone.NONE);
        r.cached = new PyTuple(nones);
        return r;
    }

    void release(Heap heap) {
        PyTuple t = cached;
        cached = null;
        heap.xdecref(t);
    }

    void traverse(PyObject.ReferenceVisitor v) {
        if (cached != null) v.visit(cached);
    }
}
