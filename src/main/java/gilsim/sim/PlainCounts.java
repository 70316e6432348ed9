package gilsim.sim;

import gilsim.sim.settings.Settings;
import gilsim.vm.PyObject;

/**
 * {@code %refcount plain}: CPython's own {@code ob_refcnt++} / {@code --ob_refcnt}, non-atomic.
 *
 * <p>Notes about the model. An update is a load, an add and a store; the store lands
 * {@link #LOAD_STORE_WINDOW_PS} after the load. When another core's update of the same count falls
 * into that window, both loaded the same old value and the later store overwrites the earlier one:
 * one update is lost (FACTS.md §4). Nothing here flips a coin: a loss happens exactly when two
 * simulated accesses overlap in simulated time, so more sharing and more cores mean more losses,
 * and under a GIL (one thread counting at a time) there are none. The true count is kept beside
 * the stored one. As in {@code Py_DECREF}, the thread whose own result is 0 frees the object — even
 * if references remain (a premature free, see {@link Crashes}) or if a racing decrement computed
 * 0 as well (a double free). Only the last access of each object is remembered, so three-way
 * overlaps are resolved pairwise (deliberate simplification).
 */
final class PlainCounts extends FixedCostCounts {
    /** Load, add, store: 4-6 cycles of latency (FACTS.md §9, Agner Fog), 2 ns at 3 GHz. */
    static final long LOAD_STORE_WINDOW_PS = 2_000;

    PlainCounts(Settings settings, Costs costs, Crashes crashes) {
        super(settings, costs, crashes, RefcountOp.PLAIN);
    }

    @Override
    boolean sharedOp(PyObject o, ObjState st, SimThread t, int delta) {
        long now = t.clock;
        long end = now + LOAD_STORE_WINDOW_PS;
        t.counted(RefcountOp.PLAIN);
        t.clock += costs.plain;
        st.trueCount += delta;
        SimThread prev = st.lastThread;
        long computed;
        if (prev != null && prev != t && st.lastEnd > now && st.lastStart < end) {
            long loaded = st.lastLoaded;
            computed = loaded + delta;
            lostThisOp = true;
            if (end >= st.lastEnd) {
                // Our store lands last: the other core's update is lost.
                o.refcnt = computed;
                st.addLost(st.lastEnd, prev, t, st.lastDelta);
                remember(st, t, now, end, loaded, delta);
            } else {
                // The other core's store lands last and overwrites ours.
                st.addLost(end, t, prev, delta);
            }
        } else {
            long loaded = o.refcnt;
            computed = loaded + delta;
            o.refcnt = computed;
            remember(st, t, now, end, loaded, delta);
        }
        return delta < 0 && computed == 0;
    }

    private static void remember(ObjState st, SimThread t, long start, long end, long loaded, int delta) {
        st.lastThread = t;
        st.lastStart = start;
        st.lastEnd = end;
        st.lastLoaded = loaded;
        st.lastDelta = delta;
    }

    @Override
    RuntimeException onFreedObject(PyObject o, ObjState st, SimThread t, int delta) {
        long now = t.clock;
        boolean racingDecref = delta < 0 && st.freedBy != null && st.freedBy != t && st.lastThread == st.freedBy
                && st.lastDelta < 0 && st.lastLoaded == 1
                && st.lastEnd > now && st.lastStart < now + LOAD_STORE_WINDOW_PS;
        if (racingDecref) return crashes.doubleFree(o, st, t);
        return crashes.useAfterFree(o, st, t, delta);
    }
}
