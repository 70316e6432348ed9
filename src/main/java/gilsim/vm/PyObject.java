package gilsim.vm;

/**
 * Every object of the simulated heap. {@code refcnt} is the count the program sees
 * ({@code sys.getrefcount}); it changes only through {@link Heap#incref} and {@link Heap#decref},
 * as CPython's {@code ob_refcnt} changes only through {@code Py_INCREF}/{@code Py_DECREF}.
 * New objects start at 1: the creator holds the first reference (Include/object.h).
 *
 * <p>Subclasses that hold references implement {@link #releaseContents} (the reference part of
 * {@code tp_dealloc}, in CPython's order) and, when they can take part in a cycle,
 * {@link #traverse} and {@link #clearReferences} ({@code tp_traverse}/{@code tp_clear}),
 * extend {@link PyContainer} and register with the collector through {@link Heap#track}.
 */
public abstract class PyObject {
    public long refcnt = 1;
    /** Set when the object is deallocated; any later use is a use-after-free. */
    public boolean freed;
    /** Per-object state owned by the machine's refcount model (owner thread, shared count...). */
    public Object machineState;
    /**
     * The {@link #machineState} new objects start with: while the machine runs one of its threads,
     * its mark of that thread (PEP 703's {@code ob_tid}: the allocating thread owns the object);
     * null in plain VM sessions. JVM-wide, like {@link Heap#current}: the machine sets it whenever
     * it switches the running thread and clears it when the thread stops.
     */
    public static Object allocationTag;

    protected PyObject() {
        Heap.allocations++;
        machineState = allocationTag;
    }

    public abstract PyType type();

    /** Immortal objects (PEP 683) are never counted; CPython 3.11 has none. */
    public boolean immortal() { return false; }

    /**
     * Whether this is one of the interpreter's static objects — None, True, False, Ellipsis,
     * NotImplemented, small ints, built-in types and functions, interned identifiers, the empty
     * tuple — the objects PEP 683 makes immortal in 3.12+ (a machine's %immortal model asks).
     */
    public boolean isStatic() {
        return refcnt >= Types.STATIC_REFCNT / 2 && (this instanceof PyNone || this instanceof PyInt
                || (this instanceof PyType t && !t.heapType) || this instanceof PyBuiltin || this instanceof PyStr
                || this instanceof PyTuple || this instanceof Sentinel);
    }

    /**
     * The reference-dropping part of tp_dealloc: decref what this object holds, in the order
     * CPython's dealloc function does. Called once, when the count reaches zero.
     */
    protected void releaseContents(Heap heap) {}

    /** tp_traverse: report every object this one holds a strong reference to. */
    public void traverse(ReferenceVisitor visitor) {}

    /**
     * tp_clear: drop the references that can form cycles (the collector breaks cycles so).
     * Must leave the object in a state where {@link #releaseContents} does not drop them again.
     */
    protected void clearReferences(Heap heap) {}

    /** Receives the references reported by {@link #traverse}. */
    @FunctionalInterface
    public interface ReferenceVisitor {
        void visit(PyObject referent);
    }
}
