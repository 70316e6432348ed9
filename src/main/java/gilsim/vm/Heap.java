package gilsim.vm;

import java.util.ArrayDeque;

/**
 * The simulated heap: the one place where reference counts change, where objects are freed,
 * and where the cyclic collector finds its containers.
 *
 * <p>Notes about the model. {@link #incref} and {@link #decref} are CPython's {@code Py_INCREF}
 * and {@code Py_DECREF}; they ask the installed {@link RefcountModel} and, when the model says a
 * decrement frees the object, run its dealloc: the object is marked freed and drops the
 * references it holds ({@link PyObject#releaseContents}), in the order CPython's dealloc
 * functions do. Two CPython mechanisms shape that:
 * <ul>
 * <li><b>Finalizers</b> ({@code __del__}, PEP 442): an instance of a class with {@code __del__}
 *     is not freed at once; it is queued and the eval loop runs {@code __del__} as an ordinary
 *     Python call before the next instruction, then finishes the dealloc (the object may have
 *     been resurrected). CPython calls it from inside the decref; the order of output is the
 *     same because no other bytecode runs in between.</li>
 * <li><b>The trashcan</b> (Include/cpython/object.h, {@code Py_TRASHCAN_BEGIN}): freeing a long
 *     chain (a list of lists of lists...) would recurse once per level, so past a depth the
 *     dealloc is deferred and run when the outer dealloc returns.</li>
 * </ul>
 * One heap is "current" at a time ({@link #current}): objects register with it for the
 * collector when created, as CPython's objects register with the interpreter's GC state. The
 * VM runs one interpreter at a time on a Java thread; whoever switches interpreters sets it.
 */
public final class Heap {
    /** JVM-wide counters of created and freed objects; limits use their difference. */
    public static long allocations, deallocations;
    /** The heap new containers register with. */
    public static Heap current = new Heap();

    private static final int TRASHCAN_DEPTH = 50;

    private RefcountModel model = new PlainRefcounts();
    /** Sentinel of the circular list of tracked containers. */
    /** Sentinels of the circular lists of tracked containers, one per generation (gcmodule.c). */
    final PyContainer[] generations = {new GcHead(), new GcHead(), new GcHead()};
    /** Generation 0: the list new containers join. */
    final PyContainer gcHead = generations[0];
    /** Generation counts: gen 0 counts GC allocations minus frees; gen 1 and 2 count collections. */
    final int[] genCount = new int[3];
    /** gc.get_threshold(): CPython's defaults. */
    final int[] threshold = {700, 10, 10};
    long longLivedTotal;
    long longLivedPending;
    boolean gcEnabled = true;
    boolean collecting;
    /** Generation 0 passed its threshold: collect at the next instruction boundary. */
    boolean gcRequested;
    private int deallocDepth;
    private final ArrayDeque<PyObject> deferredDeallocs = new ArrayDeque<>();
    /** Instances whose count reached zero and whose {@code __del__} must run first. */
    final ArrayDeque<PyObject> pendingFinalizers = new ArrayDeque<>();
    /** The thread being run (its attention flag is raised when finalizers are queued). */
    ThreadState running;

    public Heap() {
        for (PyContainer g : generations) {
            g.gcPrev = g;
            g.gcNext = g;
        }
    }

    public RefcountModel model() { return model; }

    public void setModel(RefcountModel model) { this.model = model; }

    /** Py_INCREF. */
    public void incref(PyObject o) {
        model.incref(o);
    }

    /** Py_DECREF: frees the object when the model says this decrement brings it to zero. */
    public void decref(PyObject o) {
        if (model.decrefToZero(o)) dealloc(o);
    }

    /** Py_XDECREF. */
    public void xdecref(PyObject o) {
        if (o != null && model.decrefToZero(o)) dealloc(o);
    }

    /** Py_XINCREF. */
    public void xincref(PyObject o) {
        if (o != null) model.incref(o);
    }

    /** Py_NewRef: incref and return the object. */
    public <T extends PyObject> T newRef(T o) {
        model.incref(o);
        return o;
    }

    /**
     * Py_CLEAR on slot i of an array: the slot is emptied <em>before</em> the decref, because
     * freeing the old value "can trigger an arbitrary amount of code" (a {@code __del__}) that
     * must not find the dying object still in the slot (Include/object.h, Py_CLEAR).
     */
    public void clear(PyObject[] slots, int i) {
        PyObject old = slots[i];
        if (old != null) {
            slots[i] = null;
            decref(old);
        }
    }

    /** Run tp_dealloc of an object whose count reached zero. */
    void dealloc(PyObject o) {
        if (!(o instanceof PyContainer)) {
            // int, float, str, None...: no references to drop, no finalizer, never tracked.
            if (o.freed) throw new IllegalStateException("double free of a " + o.type().name + " object");
            o.freed = true;
            deallocations++;
            return;
        }
        if (o.freed) {
            throw new IllegalStateException("double free of a " + o.type().name + " object");
        }
        if (o instanceof PyFrame f && !f.exited) {
            return; // still running: the thread owns it (its count counts only tracebacks)
        }
        if (o instanceof PyGenerator g && g.needsClose()) {
            pendingFinalizers.addLast(o);
            if (running != null) running.attention = true;
            return;
        }
        if (o instanceof PyInstance inst && inst.needsFinalizer()) {
            inst.finalizerQueued = true;
            pendingFinalizers.addLast(o);
            if (running != null) running.attention = true;
            return;
        }
        if (deallocDepth >= TRASHCAN_DEPTH) {
            deferredDeallocs.addLast(o);
            return;
        }
        deallocDepth++;
        try {
            free(o);
        } finally {
            deallocDepth--;
        }
        if (deallocDepth == 0) {
            while (!deferredDeallocs.isEmpty()) {
                deallocDepth++;
                try {
                    free(deferredDeallocs.pollFirst());
                } finally {
                    deallocDepth--;
                }
            }
        }
    }

    boolean hasPendingFinalizers() { return !pendingFinalizers.isEmpty(); }

    /** Continue the dealloc of an instance whose {@code __del__} has run (and not resurrected it). */
    void finishFinalizedDealloc(PyObject o) {
        dealloc(o);
    }

    private void free(PyObject o) {
        o.freed = true;
        deallocations++;
        untrack(o);
        o.releaseContents(this);
    }

    /** Register a container with the cyclic collector (PyObject_GC_Track). */
    public static void track(PyContainer o) {
        Heap h = current;
        h.link(o, 0);
        // _PyObject_GC_Link: a GC allocation; past the threshold, a collection is due.
        o.gcCounted = true;
        if (++h.genCount[0] > h.threshold[0] && h.gcEnabled && h.threshold[0] > 0 && !h.collecting) {
            h.gcRequested = true;
            if (h.running != null) h.running.attention = true;
        }
    }

    /** Register without counting an allocation (an object that is not new: an exited frame). */
    static void trackExisting(PyContainer o) {
        current.link(o, 2);
    }

    /** Put a container at the end of a generation's list. */
    void link(PyContainer o, int generation) {
        PyContainer head = generations[generation];
        PyContainer last = head.gcPrev;
        o.gcPrev = last;
        o.gcNext = head;
        last.gcNext = o;
        head.gcPrev = o;
        o.gen = (byte) generation;
    }

    /** An object CPython does not allocate as such (an instance's inline values): uncount it. */
    void uncount(PyContainer o) {
        if (o.gcCounted) {
            o.gcCounted = false;
            if (genCount[0] > 0) genCount[0]--;
        }
    }

    /** PyObject_GC_UnTrack: no-op for an untracked object. */
    static void untrack(PyObject obj) {
        if (!(obj instanceof PyContainer o) || o.gcNext == null) return;
        if (o.gcCounted && current.genCount[0] > 0) current.genCount[0]--; // PyObject_GC_Del
        o.gcPrev.gcNext = o.gcNext;
        o.gcNext.gcPrev = o.gcPrev;
        o.gcPrev = null;
        o.gcNext = null;
    }

    /** Objects created and not yet freed, JVM-wide. */
    public static long liveObjects() { return allocations - deallocations; }

    /** The list head; never a Python object. */
    private static final class GcHead extends PyContainer {
        GcHead() { Heap.allocations--; }

        @Override public PyType type() { throw new IllegalStateException("gc list head"); }
    }
}
