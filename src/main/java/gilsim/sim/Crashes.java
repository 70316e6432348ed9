package gilsim.sim;

import gilsim.sim.settings.Durations;
import gilsim.vm.PyObject;
import java.util.ArrayList;
import java.util.List;

/**
 * Frees, premature frees and the crashes they lead to, with the explanations the report gives.
 * FACTS.md §4: {@code Py_DECREF} frees when the value the decrementing thread computed itself is
 * 0; after a lost increment that happens while references remain (a premature free), and the next
 * use by a thread that still holds the object touches freed memory (a use-after-free); two racing
 * decrements that both compute 0 free twice (a double free).
 */
final class Crashes {
    static final String CPYTHON_WOULD =
            " Real CPython might crash here, or silently corrupt data: the freed memory is soon reused by"
                    + " another object. gilsim stops the run instead, and the session is left as it was before the cell.";

    private final Namer namer;
    /** The first object freed while references to it remained, and all of them (bounded). */
    ObjState firstEarlyFree;
    final List<ObjState> earlyFrees = new ArrayList<>();

    Crashes(Namer namer) {
        this.namer = namer;
    }

    /** A shared object was freed by {@code t}: remember who, and whether it was premature. */
    void freed(PyObject o, ObjState st, SimThread t) {
        st.freedBy = t;
        st.freedAt = t.clock;
        if (st.trueCount > 0) {
            st.freedEarly = true;
            if (firstEarlyFree == null) firstEarlyFree = st;
            if (earlyFrees.size() < 32) earlyFrees.add(st);
        }
    }

    SimulatedCrash useAfterFree(PyObject o, ObjState st, SimThread t, int delta) {
        String what = namer.describe(o);
        StringBuilder m = new StringBuilder();
        m.append(t.name).append(' ').append(delta > 0 ? "increfed" : "decrefed").append(" the ").append(what)
                .append(" at ").append(time(t.clock)).append(", but it had been freed");
        ObjState cause = st != null && st.freedBy != null ? st : firstEarlyFree;
        if (st != null && st.freedBy != null) {
            m.append(" by ").append(st.freedBy.name).append(" at ").append(time(st.freedAt)).append('.');
            explainEarly(m, st);
        } else if (cause != null) {
            m.append(" when ").append(namer.describe(cause.object)).append(", which ").append(cause.freedBy.name)
                    .append(" freed too early at ").append(time(cause.freedAt))
                    .append(", released what it held.");
            explainEarly(m, cause);
        } else {
            m.append('.');
        }
        m.append(" That is a use-after-free.").append(CPYTHON_WOULD);
        return crash(Crash.USE_AFTER_FREE, what, t, m.toString(), cause);
    }

    SimulatedCrash doubleFree(PyObject o, ObjState st, SimThread t) {
        String what = namer.describe(o);
        String other = st.freedBy != null ? st.freedBy.name : "another thread";
        String m = t.name + " and " + other + " decremented the count of the " + what + " at the same time ("
                + time(t.clock) + "): their load-to-store windows overlapped, both loaded 1 and both computed 0, so"
                + " both called the deallocator, as Py_DECREF does when its own result is 0. That is a double free."
                + CPYTHON_WOULD;
        return crash(Crash.DOUBLE_FREE, what, t, m, st);
    }

    private void explainEarly(StringBuilder m, ObjState st) {
        if (!st.freedEarly) return;
        m.append(" Its count reached 0 in ").append(st.freedBy.name).append("'s own decrement while ")
                .append(st.trueCount).append(st.trueCount == 1 ? " reference was" : " references were")
                .append(" still held: ").append(st.lostUpdates).append(st.lostUpdates == 1 ? " update" : " updates")
                .append(" of its count had been lost (two cores loaded the same old value and the later store"
                        + " overwrote the other), leaving the stored count below the true one.");
    }

    private SimulatedCrash crash(String kind, String what, SimThread t, String message, ObjState cause) {
        List<LostUpdate> lost = cause == null ? List.of() : cause.recentLost(namer.describe(cause.object));
        String freedBy = cause != null && cause.freedBy != null ? cause.freedBy.name : null;
        return new SimulatedCrash(new Crash(kind, what, t.name, Costs.ns(t.clock), message, freedBy, lost));
    }

    static String time(long ps) {
        return Durations.format(ps / (double) Costs.PS_PER_NS);
    }
}
