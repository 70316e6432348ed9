package gilsim.vm;

/** A cell: the shared box of a variable captured by a closure. */
public final class PyCell extends PyContainer {
    /** The value (an owned reference), or null when unbound. */
    public PyObject contents;

    /** Steals the reference to contents (may be null). */
    public PyCell(PyObject contents) {
        this.contents = contents;
        Heap.track(this);
    }

    @Override
    public PyType type() { return Types.CELL; }

    /** Replace the contents, stealing the new reference and dropping the old one. */
    public void set(Heap heap, PyObject value) {
        PyObject old = contents;
        contents = value;
        heap.xdecref(old);
    }

    @Override
    protected void releaseContents(Heap heap) {
        PyObject c = contents;
        contents = null;
        heap.xdecref(c);
    }

    @Override
    public void traverse(ReferenceVisitor visitor) {
        if (contents != null) visitor.visit(contents);
    }

    @Override
    protected void clearReferences(Heap heap) { releaseContents(heap); }
}
