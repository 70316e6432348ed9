package gilsim.sim;

import gilsim.sim.settings.DeferredMode;
import gilsim.sim.settings.GilMode;
import gilsim.sim.settings.Settings;
import gilsim.vm.PyObject;
import gilsim.vm.RefcountModel;
import java.util.ArrayList;

/**
 * What the five refcount models of the machine share: which objects are counted at all, the fast
 * path for objects only one thread has counted, the true count beside the stored one, and the
 * detection of use-after-free.
 *
 * <p>Notes about the model. Every {@code Py_INCREF} and {@code Py_DECREF} of the VM arrives here
 * (the VM's {@link RefcountModel} seam) while the machine runs one of its threads
 * ({@link #current}). An object's {@link PyObject#machineState} says how it is counted in this run:
 * <ul>
 * <li>{@link #IMMORTAL} — PEP 683 immortal (or, under a per-interpreter GIL, one of the VM's
 *     JVM-wide statics, which CPython keeps per interpreter): no refcount traffic at all;</li>
 * <li>{@link #DEFERRED} — 3.14t's deferred counting of functions, code objects, modules and classes:
 *     the stack's references are not counted, so there is no traffic; the simulator still keeps the
 *     exact count, so the objects' counts stay right;</li>
 * <li>a {@link Newborn} — allocated by that thread in this run and not counted yet (the VM stamps
 *     every new object with {@link PyObject#allocationTag}, which the machine sets to the running
 *     thread's mark);</li>
 * <li>a {@link ThreadTag} — only that thread has counted it in this run: nothing can race, and the
 *     model's private path is one compare and an add;</li>
 * <li>an {@link ObjState} — counted by more than one thread (or watched): the model's shared path,
 *     with the true count, the last access and the per-object state of the model.</li>
 * </ul>
 * Objects the run has not seen (a newborn mark, no mark, or a mark of another run) are classified on
 * first touch. Under biased counting an object allocated in the run belongs to the thread that
 * allocated it (PEP 703's {@code ob_tid}): if another thread counts it first, it goes straight to
 * the shared path with its creator as owner. The other models need no owner, only to know whether
 * a single thread counts the object: there the first thread to count it takes the private path.
 * What the machine allocates while it sets the run up (the cell's code objects and constants, the
 * cell threads) carries the main thread's newborn mark, as the main thread compiled the cell.
 * Objects that existed before the run have no such mark and belong to the first thread that counts
 * them; under biased counting the machine first marks those reachable from the namespace as the
 * main thread's, which created them in earlier cells. A freed object keeps a mark that routes any
 * later count to
 * the shared path, which stops the run with a use-after-free: CPython would touch freed memory.
 * A count the model says cannot happen (negative under a correct model) is our bug and throws,
 * as {@code _Py_NegativeRefcount} does.
 */
abstract class MachineRefcounts implements RefcountModel {
    /** Instructions a thread runs in fine steps after it counted an object other threads count. */
    static final long FINE_SPAN = 400;

    final Object run = new Object();
    final Object IMMORTAL = new Object();
    final Object DEFERRED = new Object();
    final Object FREED = new Object();
    final Costs costs;
    final boolean immortalOn;
    final boolean internedImmortal;
    /** Per-interpreter GILs: the VM's JVM-wide statics are per interpreter in CPython, so uncounted. */
    final boolean skipStatics;
    final DeferredMode deferred;
    final long immortalRefcount;
    /** 3.13t: deferred-kind objects became immortal when the first extra thread started. */
    boolean deferredImmortalized;
    SimThread current;
    final Crashes crashes;
    /** Shared-path objects of this run (for leaks at the end), compacted as they are freed. */
    private ArrayList<ObjState> states = new ArrayList<>();
    private int compactAt = 4096;
    /** Set for one decref: the biased model frees an object after merging its queued decrement. */
    PyObject forcedFree;
    /**
     * The interpreters' namespaces (module dicts). 3.13t immortalizes "modules and their dicts" when
     * the first thread starts (FACTS.md §7), so under that preset they count as deferred-kind.
     */
    final java.util.Set<PyObject> namespaces = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    /** Tags replaced by {@link #threadStarted} (cleared at the end of the run). */
    private final ArrayList<ThreadTag> retired = new ArrayList<>();
    /** Set by a shared op when it lost an update (for the watch series). */
    boolean lostThisOp;
    /**
     * Whether a new object is owned by the thread that allocated it even when another thread counts
     * it first: biased counting's owner (ob_tid). The other models only need to know whether a single
     * thread counts the object, so for them the first thread to count it takes the private path.
     */
    final boolean ownerAllocates;

    MachineRefcounts(Settings settings, Costs costs, Crashes crashes) {
        this.costs = costs;
        this.crashes = crashes;
        this.immortalOn = settings.immortal();
        this.internedImmortal = settings.internedStringsImmortal();
        this.skipStatics = settings.gil() == GilMode.PER_INTERPRETER;
        this.deferred = settings.deferred();
        this.immortalRefcount = settings.immortalRefcount();
        this.ownerAllocates = this instanceof BiasedCounts;
    }

    // --- the paths each model implements -------------------------------------------------

    /** Increment of an object only {@code t} counts. */
    abstract void privateIncref(PyObject o, SimThread t);

    /** Decrement of an object only {@code t} counts; true when it frees the object. */
    abstract boolean privateDecref(PyObject o, SimThread t);

    /** Increment ({@code delta} 1) or decrement (-1) of a shared object; true when it frees it. */
    abstract boolean sharedOp(PyObject o, ObjState st, SimThread t, int delta);

    /** The count {@code sys.getrefcount} sees for a shared object (biased: local + shared). */
    long stored(ObjState st) {
        return st.object.refcnt;
    }

    /**
     * A count on an object already freed. Default: a use-after-free. The plain model first asks
     * whether this is the second of two racing decrements that both computed 0 (a double free).
     */
    RuntimeException onFreedObject(PyObject o, ObjState st, SimThread t, int delta) {
        return crashes.useAfterFree(o, st, t, delta);
    }

    // --- RefcountModel ---------------------------------------------------------------------

    /*
     * FixedCostCounts overrides incref and decrefToZero with its private path written out, so that
     * the hot path is one virtual call (the VM's) with nothing megamorphic inside it when several
     * models have run in one JVM. These are the generic versions (the global-lock model's).
     */
    @Override
    public void incref(PyObject o) {
        SimThread t = current;
        if (t != null && o.machineState == t.tag) {
            privateIncref(o, t);
            return;
        }
        op(o, t, 1);
    }

    @Override
    public boolean decrefToZero(PyObject o) {
        SimThread t = current;
        if (t != null && o.machineState == t.tag) {
            if (!privateDecref(o, t)) return false;
            o.machineState = FREED;
            return true;
        }
        return op(o, t, -1);
    }

    @Override
    public long refcount(PyObject o) {
        Object s = o.machineState;
        if (s == IMMORTAL || countsAsImmortal(o)) return immortalOn ? immortalRefcount : o.refcnt;
        if (s instanceof ObjState st && st.run == run) return stored(st);
        return o.refcnt;
    }

    private boolean countsAsImmortal(PyObject o) {
        return immortalOn && ObjectKinds.immortal(o, internedImmortal)
                || deferredImmortalized && deferredKind(o);
    }

    /** Everything but the private fast path. */
    final boolean op(PyObject o, SimThread t, int delta) {
        if (o == forcedFree) {
            forcedFree = null;
            return true;
        }
        if (t == null) return serial(o, delta);
        Object s = o.machineState;
        if (s == IMMORTAL) {
            t.opsImmortal++;
            return false;
        }
        if (s == DEFERRED) {
            t.opsDeferred++;
            return exact(o, delta);
        }
        if (s instanceof ObjState st && st.run == run) return shared(o, st, t, delta);
        if (o.freed) throw crashes.useAfterFree(o, null, t, delta);
        if (s instanceof ThreadTag tag && tag.run == run && tag.thread != t) {
            if (deferredImmortalized && deferredKind(o)) {
                o.machineState = IMMORTAL;
                t.opsImmortal++;
                return false;
            }
            return shared(o, promote(o, tag.thread), t, delta);
        }
        // Classified once: owned by this first thread to count it, or under biased counting by the
        // thread that allocated it.
        SimThread owner = ownerAllocates && s instanceof Newborn nb && nb.run == run && nb.thread != null ? nb.thread : t;
        Object c = classify(o, owner);
        o.machineState = c;
        if (c == IMMORTAL) {
            t.opsImmortal++;
            return false;
        }
        if (c == DEFERRED) {
            t.opsDeferred++;
            return exact(o, delta);
        }
        if (owner != t) return shared(o, promote(o, owner), t, delta);
        if (delta > 0) {
            privateIncref(o, t);
            return false;
        }
        if (!privateDecref(o, t)) return false;
        o.machineState = FREED;
        return true;
    }

    private boolean shared(PyObject o, ObjState st, SimThread t, int delta) {
        if (st.deferredKind && deferredImmortalized) {
            t.opsImmortal++;
            return false;
        }
        if (o.freed) throw onFreedObject(o, st, t, delta);
        t.fineUntil = t.chunkStartInstructions + FINE_SPAN;
        lostThisOp = false;
        boolean freed = sharedOp(o, st, t, delta);
        if (st.watch != null) st.watch.record(t.clock, stored(st), st.trueCount, lostThisOp, freed);
        if (freed) crashes.freed(o, st, t);
        return freed;
    }

    /** How an object the run has not seen is counted. */
    private Object classify(PyObject o, SimThread t) {
        if (immortalOn && ObjectKinds.immortal(o, internedImmortal)) return IMMORTAL;
        if (skipStatics && ObjectKinds.jvmStatic(o)) return IMMORTAL;
        if (deferredKind(o)) {
            if (deferred == DeferredMode.DEFERRED) return DEFERRED;
            if (deferredImmortalized) return IMMORTAL;
        }
        return t.tag;
    }

    /** The object was counted by {@code owner} alone so far; now another thread counts it too. */
    ObjState promote(PyObject o, SimThread owner) {
        ObjState st = new ObjState(o, run, owner, deferredKind(o));
        o.machineState = st;
        states.add(st);
        if (states.size() >= compactAt) {
            states.removeIf(x -> x.object.freed);
            compactAt = Math.max(4096, states.size() * 2);
        }
        return st;
    }

    /**
     * A thread other than the main one starts. Under 3.13t the first one makes every deferred-kind
     * object immortal (gh-117783): the threads get new tags so that objects they counted privately
     * are classified again.
     */
    void threadStarted(java.util.List<SimThread> threads) {
        if (deferred != DeferredMode.IMMORTALIZE_AT_FIRST_THREAD || deferredImmortalized) return;
        deferredImmortalized = true;
        for (SimThread t : threads) {
            retired.add(t.tag);
            t.tag = new ThreadTag(t, run);
        }
    }

    /** Mark pre-existing objects as owned by the thread that created them (the main thread). */
    void markOwned(PyObject o, SimThread owner) {
        Object c = classify(o, owner);
        o.machineState = c == owner.tag ? owner.tag : c;
    }

    /** Give a watched object a shared state now, so that every count of it is recorded. */
    ObjState watch(PyObject o, SimThread owner, WatchSeries series) {
        Object s = o.machineState;
        ObjState st;
        if (s instanceof ObjState os && os.run == run) {
            st = os;
        } else {
            SimThread by = s instanceof ThreadTag tag && tag.run == run ? tag.thread
                    : s instanceof Newborn nb && nb.run == run && nb.thread != null ? nb.thread : owner;
            st = promote(o, by);
        }
        st.watch = series;
        return st;
    }

    /** An exactly kept count with no traffic (deferred objects, and counts outside the run). */
    private static boolean exact(PyObject o, int delta) {
        long c = o.refcnt += delta;
        if (c < 0) {
            throw new IllegalStateException("negative reference count " + c + " on a " + o.type().name
                    + " object: the VM dropped a reference it did not own");
        }
        return c == 0;
    }

    /** Counts made outside the run's threads (setup, clean-up, between cells): serial and exact. */
    private boolean serial(PyObject o, int delta) {
        if (countsAsImmortal(o)) return false;
        if (skipStatics && ObjectKinds.jvmStatic(o)) return false;
        return exact(o, delta);
    }

    /** Shared objects of this run that are still alive. */
    java.util.List<ObjState> liveStates() {
        ArrayList<ObjState> live = new ArrayList<>();
        for (ObjState st : states) {
            if (!st.object.freed) live.add(st);
        }
        return live;
    }

    boolean deferredKind(PyObject o) {
        return ObjectKinds.deferred(o) || deferred == DeferredMode.IMMORTALIZE_AT_FIRST_THREAD
                && o instanceof gilsim.vm.PyDict && namespaces.contains(o);
    }

    /** After the run: forget per-run data so that the heap does not keep it alive. */
    void endRun() {
        current = null;
        for (ThreadTag tag : retired) tag.thread = null;
        states = new ArrayList<>();
    }

    /** Plain decrement of an object's count for the private paths; true when it reaches 0. */
    static boolean decrement(PyObject o) {
        long c = --o.refcnt;
        if (c > 0) return false;
        if (c < 0) {
            throw new IllegalStateException("negative reference count " + c + " on a " + o.type().name
                    + " object: the VM dropped a reference it did not own");
        }
        return true;
    }
}
