package gilsim.vm;

/**
 * A function implemented in Java: a built-in function ({@code len}), a method descriptor in a
 * built-in type's dict ({@code list.append}, called with self first) or such a method bound to
 * its object ({@code [].append}, holding a reference to self).
 */
public final class PyBuiltin extends PyContainer {
    public final String name;
    /** The type whose dict holds this descriptor, or null for a plain built-in function. */
    public final PyType owner;
    public final NativeCode code;
    /** Bound self (a new reference held), or null. */
    public final PyObject self;
    /** The module a built-in function belongs to (for its repr), e.g. "builtins". */
    public final String module;

    private PyBuiltin(String name, PyType owner, NativeCode code, PyObject self, String module) {
        this.name = name;
        this.owner = owner;
        this.code = code;
        this.self = self;
        this.module = module;
    }

    /** A static built-in function (never freed; its count is the simulator's own). */
    public static PyBuiltin function(String module, String name, NativeCode code) {
        PyBuiltin b = new PyBuiltin(name, null, code, null, module);
        b.refcnt = Types.STATIC_REFCNT;
        return b;
    }

    /** A method descriptor of a built-in type. */
    public static PyBuiltin method(PyType owner, String name, NativeCode code) {
        PyBuiltin b = new PyBuiltin(name, owner, code, null, null);
        b.refcnt = Types.STATIC_REFCNT;
        return b;
    }

    /** The descriptor bound to an object (a new object holding a reference to self). */
    public PyBuiltin bind(Heap heap, PyObject self) {
        heap.incref(self);
        PyBuiltin b = new PyBuiltin(name, owner, code, self, module);
        Heap.track(b);
        return b;
    }

    public boolean isDescriptor() { return owner != null && self == null; }

    @Override
    public PyType type() { return isDescriptor() ? Types.METHOD_DESCRIPTOR : Types.BUILTIN_FUNCTION; }

    @Override
    protected void releaseContents(Heap heap) {
        if (self != null) heap.decref(self);
    }

    @Override
    public void traverse(ReferenceVisitor visitor) {
        if (self != null) visitor.visit(self);
    }
}
