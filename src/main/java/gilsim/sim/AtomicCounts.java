package gilsim.sim;

import gilsim.sim.settings.Settings;
import gilsim.vm.PyObject;

/**
 * {@code %refcount atomic}: every incref and decref is an atomic read-modify-write
 * ({@code LOCK XADD}), as Greg Stein's patch did on Windows and the Gilectomy did.
 *
 * <p>Notes about the model. Always correct: no update is lost. An operation costs
 * {@code refcount_atomic} (≈ 6 ns) when the object's cache line is already in this core's cache,
 * and {@code refcount_contended} (≈ 60 ns, a cache-line transfer) when another core wrote it last
 * (FACTS.md §9). A line can be owned by one core at a time, so contended operations on one object
 * also queue behind each other: the line is busy until the transfer that holds it completes. This
 * is why "private" work contends once the GIL is gone: a call increfs the function and its code
 * object, a global load increfs the value, and those lines bounce between cores (FACTS.md §4).
 */
final class AtomicCounts extends FixedCostCounts {
    AtomicCounts(Settings settings, Costs costs, Crashes crashes) {
        super(settings, costs, crashes, RefcountOp.ATOMIC);
    }

    @Override
    boolean sharedOp(PyObject o, ObjState st, SimThread t, int delta) {
        t.counted(RefcountOp.ATOMIC);
        lineAccess(st, t, costs.atomic, costs);
        st.trueCount += delta;
        long c = o.refcnt += delta;
        if (c < 0) throw new IllegalStateException("negative atomic count on a " + o.type().name + " object");
        return delta < 0 && c == 0;
    }

    /**
     * One access to the object's cache line by {@code t}'s core, costing {@code cost} when the line
     * is local: a transfer (and a wait for the line) when another core wrote it last.
     */
    static void lineAccess(ObjState st, SimThread t, long cost, Costs costs) {
        int core = t.core != null ? t.core.id : -1;
        long start = t.clock;
        if (st.lastCore >= 0 && st.lastCore != core) {
            t.opsContended++;
            start = Math.max(start, st.busyUntil);
            cost = Math.max(cost, costs.contended);
        }
        t.clock = start + cost;
        st.busyUntil = t.clock;
        st.lastCore = core;
        st.lastThread = t;
    }
}
