package gilsim.sim;

import gilsim.sim.settings.CostModel;

/**
 * The cost model ({@code %cost}, defaults and sources in {@link CostModel}) in picoseconds, the
 * machine's internal unit, so that fractional costs such as the 1.5 ns biased fast path add up
 * exactly over millions of operations. Reports convert back to nanoseconds.
 */
final class Costs {
    static final long PS_PER_NS = 1000;

    final long instruction;
    final long plain;
    final long atomic;
    final long contended;
    final long biasedLocal;
    final long biasedShared;
    final long mutex;
    final long gilAcquire;
    final long gilHandoff;
    final long condSignal;
    final long wakeup;
    final long contextSwitch;
    final long timeSlice;
    final long builtinItem;

    Costs(CostModel m) {
        instruction = Math.max(1, ps(m.instruction()));
        plain = ps(m.refcountPlain());
        atomic = ps(m.refcountAtomic());
        contended = ps(m.refcountContended());
        biasedLocal = ps(m.biasedLocal());
        biasedShared = ps(m.biasedShared());
        mutex = ps(m.mutex());
        gilAcquire = ps(m.gilAcquire());
        gilHandoff = ps(m.gilHandoff());
        condSignal = ps(m.condSignal());
        wakeup = ps(m.wakeup());
        contextSwitch = ps(m.contextSwitch());
        timeSlice = Math.max(1, ps(m.timeSlice()));
        builtinItem = ps(m.builtinItem());
    }

    static long ps(double ns) {
        return Math.round(ns * PS_PER_NS);
    }

    static long ps(long ns) {
        return ns * PS_PER_NS;
    }

    /** Picoseconds to whole nanoseconds (rounded down: reports never claim time not spent). */
    static long ns(long ps) {
        return Math.floorDiv(ps, PS_PER_NS);
    }
}
