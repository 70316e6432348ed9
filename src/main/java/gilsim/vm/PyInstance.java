package gilsim.vm;

/**
 * An instance of a class defined by a program. It holds a reference to its class (CPython
 * increfs a heap type for each instance) and its attributes in a dict that stays internal
 * (CPython 3.11 keeps them inline, with no dict object) until {@code __dict__} exposes it.
 */
public class PyInstance extends PyContainer {
    private final PyType type;
    /** Attribute storage; null until the first attribute is set. */
    PyDict dict;
    /** PEP 442: __del__ runs at most once per object. */
    boolean finalized;
    boolean finalizerQueued;

    public PyInstance(Heap heap, PyType type) {
        this.type = type;
        heap.incref(type);
        Heap.track(this);
    }

    @Override
    public PyType type() { return type; }

    /** The attribute dict, created on demand (borrowed). */
    public PyDict dict() {
        if (dict == null) {
            dict = new PyDict();
            dict.inlineValues = true;
            Heap.current.uncount(dict); // CPython 3.11 keeps the values inline: no dict allocated
        }
        return dict;
    }

    boolean needsFinalizer() {
        return !finalized && type.heapType && type.lookup(Names.DEL) != null;
    }

    /** subtype_dealloc: the attribute values (in order), then the reference to the class. */
    @Override
    protected void releaseContents(Heap heap) {
        PyDict d = dict;
        dict = null;
        if (d != null) heap.decref(d);
        heap.decref(type);
    }

    @Override
    public void traverse(ReferenceVisitor visitor) {
        if (dict != null) visitor.visit(dict);
        visitor.visit(type);
    }

    @Override
    protected void clearReferences(Heap heap) {
        PyDict d = dict;
        dict = null;
        if (d != null) heap.decref(d);
    }
}
