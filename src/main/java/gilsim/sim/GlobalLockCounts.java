package gilsim.sim;

import gilsim.sim.settings.Settings;
import gilsim.vm.PyObject;

/**
 * {@code %refcount global-lock}: one lock for all reference counts, as Greg Stein's free-threading
 * patch did on Linux (FACTS.md §4; PEP 703 "Greg Stein's Free-Threading Patch").
 *
 * <p>Notes about the model. Always correct, and every refcount operation of every thread takes the
 * same mutex: {@code mutex} plus the plain update when the lock is free and its line is here; when
 * another core holds it, the thread waits for it and the line moves ({@code refcount_contended}).
 * All refcount traffic is serialised, so with several threads this model scales worst. There is no
 * private path: even an object only one thread counts needs the global lock.
 */
final class GlobalLockCounts extends MachineRefcounts {
    private long lockFreeAt;
    private int lockCore = -1;

    GlobalLockCounts(Settings settings, Costs costs, Crashes crashes) {
        super(settings, costs, crashes);
    }

    @Override
    void privateIncref(PyObject o, SimThread t) {
        locked(t);
        o.refcnt++;
    }

    @Override
    boolean privateDecref(PyObject o, SimThread t) {
        locked(t);
        return decrement(o);
    }

    @Override
    boolean sharedOp(PyObject o, ObjState st, SimThread t, int delta) {
        locked(t);
        st.trueCount += delta;
        st.lastThread = t;
        long c = o.refcnt += delta;
        if (c < 0) throw new IllegalStateException("negative count on a " + o.type().name + " object");
        return delta < 0 && c == 0;
    }

    /** Lock the global refcount mutex, update, unlock. */
    private void locked(SimThread t) {
        t.counted(RefcountOp.GLOBAL_LOCK);
        t.fineUntil = t.chunkStartInstructions + FINE_SPAN;
        int core = t.core != null ? t.core.id : -1;
        long before = t.clock;
        long start = before;
        long transfer = 0;
        if (lockCore >= 0 && lockCore != core) {
            start = Math.max(start, lockFreeAt);
            transfer = costs.contended;
            t.opsContended++;
        }
        t.refcountLockWaitPs += start - before;
        t.clock = start + transfer + costs.mutex + costs.plain;
        lockFreeAt = t.clock;
        lockCore = core;
    }
}
