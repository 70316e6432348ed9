package gilsim.vm;

/**
 * staticmethod, classmethod and property: the wrappers that change what attribute access on a
 * class attribute returns (Objects/funcobject.c, descrobject.c).
 */
public final class PyDescriptor extends PyContainer {
    public enum Kind { STATICMETHOD, CLASSMETHOD, PROPERTY }

    final Kind kind;
    /** The wrapped function, or the property's getter (may be None). */
    PyObject func;
    PyObject setter;
    PyObject deleter;

    /** Takes a new reference to func. */
    PyDescriptor(Heap heap, Kind kind, PyObject func) {
        this.kind = kind;
        this.func = func;
        heap.incref(func);
        this.setter = PyNone.NONE;
        this.deleter = PyNone.NONE;
        Heap.track(this);
    }

    @Override
    public PyType type() {
        return kind == Kind.STATICMETHOD ? Types.STATICMETHOD : kind == Kind.CLASSMETHOD ? Types.CLASSMETHOD : Types.PROPERTY;
    }

    @Override
    protected void releaseContents(Heap heap) {
        heap.decref(func);
        heap.decref(setter);
        heap.decref(deleter);
    }

    @Override
    public void traverse(ReferenceVisitor visitor) {
        visitor.visit(func);
        visitor.visit(setter);
        visitor.visit(deleter);
    }
}
