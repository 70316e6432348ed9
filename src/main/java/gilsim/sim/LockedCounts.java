package gilsim.sim;

import gilsim.sim.settings.Settings;
import gilsim.vm.PyObject;

/**
 * {@code %refcount locked}: what the lecture says removing the GIL would take, a mutex around
 * every reference count (one lock per object).
 *
 * <p>Notes about the model. Always correct. Each operation locks the object's mutex, updates the
 * count and unlocks: {@code mutex} (an uncontended lock+unlock, ≈ 25 ns, Dean's table) plus the
 * plain update. When another core holds the mutex, the thread waits until it is released (it spins
 * or sleeps, like any contended mutex: the wait is counted as refcount lock wait), and the lock's
 * cache line moves to this core ({@code refcount_contended}). On one thread: plain < atomic <
 * locked, the "super slow" of the lecture, quantified.
 */
final class LockedCounts extends FixedCostCounts {
    LockedCounts(Settings settings, Costs costs, Crashes crashes) {
        super(settings, costs, crashes, RefcountOp.LOCKED);
    }

    @Override
    boolean sharedOp(PyObject o, ObjState st, SimThread t, int delta) {
        t.counted(RefcountOp.LOCKED);
        long before = t.clock;
        int core = t.core != null ? t.core.id : -1;
        long start = before;
        long transfer = 0;
        if (st.lastCore >= 0 && st.lastCore != core) {
            start = Math.max(start, st.busyUntil);
            transfer = costs.contended;
            t.opsContended++;
        }
        t.refcountLockWaitPs += start - before;
        t.clock = start + transfer + costs.mutex + costs.plain;
        st.busyUntil = t.clock;
        st.lastCore = core;
        st.lastThread = t;
        st.trueCount += delta;
        long c = o.refcnt += delta;
        if (c < 0) throw new IllegalStateException("negative locked count on a " + o.type().name + " object");
        return delta < 0 && c == 0;
    }
}
