package gilsim.vm;

/** An immutable sequence. The constructor steals the references in {@code items}. */
public final class PyTuple extends PyContainer {
    /** The shared empty tuple, as CPython 3.11's (a static singleton). */
    public static final PyTuple EMPTY = new PyTuple(new PyObject[0], true);

    public final PyObject[] items;

    public PyTuple(PyObject[] items) {
        this.items = items;
        Heap.track(this);
    }

    private PyTuple(PyObject[] items, boolean isStatic) {
        this.items = items;
        this.refcnt = Types.STATIC_REFCNT;
    }

    /** A tuple of new references to the given objects (PyTuple_Pack). */
    public static PyTuple pack(Heap heap, PyObject... objects) {
        if (objects.length == 0) return heap.newRef(EMPTY);
        PyObject[] items = objects.clone();
        for (PyObject o : items) heap.incref(o);
        return new PyTuple(items);
    }

    /** A tuple that steals the references in items (the empty tuple is shared). */
    public static PyTuple steal(Heap heap, PyObject[] items) {
        if (items.length == 0) return heap.newRef(EMPTY);
        return new PyTuple(items);
    }

    @Override
    public PyType type() { return Types.TUPLE; }

    public int size() { return items.length; }

    /** tupledealloc: items from the last to the first. */
    @Override
    protected void releaseContents(Heap heap) {
        for (int i = items.length - 1; i >= 0; i--) heap.clear(items, i);
    }

    @Override
    public void traverse(ReferenceVisitor visitor) {
        for (PyObject o : items) if (o != null) visitor.visit(o);
    }

    @Override
    protected void clearReferences(Heap heap) { releaseContents(heap); }
}
