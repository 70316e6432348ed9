package gilsim.vm;

import java.util.ArrayList;
import java.util.List;

/**
 * A type object. Built-in types are JVM-wide singletons ({@link Types}) whose dicts hold
 * {@link PyBuiltin} method descriptors; classes defined by programs are heap types with their
 * own attribute dict, one base and an MRO that is the base chain (single inheritance).
 *
 * <p>{@link #layout} says which Java class represents instances, which decides what a class
 * statement may subclass: {@code object} and the exception types in gilsim's Python.
 */
public final class PyType extends PyContainer {
    /** The Java representation of instances. */
    public enum Layout { OBJECT, EXCEPTION, THREAD, NATIVE }

    public final String name;
    public String qualname;
    /** {@code __module__}: "builtins" for built-in types, "__main__" for classes of programs. */
    public String module;
    public final PyType base;
    public PyType[] mro;
    public final PyDict dict;
    public final boolean heapType;
    public final Layout layout;
    /** For built-in types: {@code tp_new + tp_init} as one native call ({@code int("3")}). */
    public NativeCode constructor;
    /** Whether programs may subclass it (CPython's Py_TPFLAGS_BASETYPE, narrowed to gilsim's subset). */
    public boolean subclassable;
    /** Bumped on every change to this type's or a base's dict (CPython's tp_version_tag). */
    int version;

    private PyType(String name, PyType base, PyDict dict, boolean heapType, Layout layout) {
        this.name = name;
        this.qualname = name;
        this.base = base;
        this.dict = dict;
        this.heapType = heapType;
        this.layout = layout;
        List<PyType> chain = new ArrayList<>();
        for (PyType t = this; t != null; t = t.base) chain.add(t);
        this.mro = chain.toArray(new PyType[0]);
    }

    /** A JVM-wide built-in type; its count is the simulator's own, never reaching zero. */
    static PyType builtin(String name, PyType base, Layout layout) {
        PyType t = new PyType(name, base, new PyDict(), false, layout);
        t.module = "builtins";
        t.refcnt = Types.STATIC_REFCNT;
        return t;
    }

    /** A class statement's type: {@code dict} is its namespace (the new type owns it). */
    public static PyType heap(Heap heap, String name, String qualname, PyType base, PyDict dict, String module) {
        PyType t = new PyType(name, base, dict, true, base.layout);
        t.qualname = qualname;
        t.module = module;
        t.subclassable = true;
        heap.incref(base);
        Heap.track(t);
        return t;
    }

    @Override
    public PyType type() { return Types.TYPE; }

    /** _PyType_Lookup: the attribute along the MRO, borrowed, or null. */
    public PyObject lookup(PyStr name) {
        for (PyType t : mro) {
            PyObject v = t.dict.getStr(name);
            if (v != null) return v;
        }
        return null;
    }

    public PyObject lookup(String name) {
        return lookup(Interned.str(name));
    }

    /** PyType_IsSubtype. */
    public boolean isSubtypeOf(PyType other) {
        for (PyType t : mro) if (t == other) return true;
        return false;
    }

    /** The name error messages use: "'C' object", "type object 'C'". */
    public String displayName() { return name; }

    /** Whether a user class overrides a dunder that built-in code must call (e.g. __eq__). */
    public boolean overrides(PyStr dunder) {
        for (PyType t : mro) {
            if (!t.heapType) return false;
            if (t.dict.getStr(dunder) != null) return true;
        }
        return false;
    }

    /** Every type whose dict changed invalidates cached lookups of itself and subclasses. */
    void modified() {
        version++;
    }

    @Override
    protected void releaseContents(Heap heap) {
        heap.decref(dict);
        heap.decref(base);
    }

    @Override
    public void traverse(ReferenceVisitor visitor) {
        visitor.visit(dict);
        visitor.visit(base);
    }

    @Override
    protected void clearReferences(Heap heap) {
        dict.clearItems(heap);
    }

    @Override
    public String toString() { return "<class '" + name + "'>"; }
}
