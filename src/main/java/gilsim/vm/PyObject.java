package gilsim.vm;

/**
 * Every object of the simulated heap. {@code refcnt} is the count the program sees
 * ({@code sys.getrefcount}); it changes only through {@link Heap#incref} and {@link Heap#decref},
 * as CPython's {@code ob_refcnt} changes only through {@code Py_INCREF}/{@code Py_DECREF}.
 * New objects start at 1: the creator holds the first reference (Include/object.h).
 */
public abstract class PyObject {
    public long refcnt = 1;
    /** Set when the object is deallocated; any later use is a use-after-free. */
    public boolean freed;
    /** Per-object state owned by the machine's refcount model (owner thread, shared count...). */
    public Object machineState;

    public abstract PyType type();

    /** Immortal objects (PEP 683) are never counted; CPython 3.11 has none. */
    public boolean immortal() { return false; }
}
