package gilsim.sim;

import java.util.ArrayList;
import java.util.List;

/** Turns the threads' counters into the figures of a run result (DESIGN.md §4 and §6). */
final class Results {
    private Results() {}

    /**
     * @param shown      the threads the report lists
     * @param wallPs     the run's simulated wall time
     * @param withSpeedup false for crashed, interrupted or stopped runs (DESIGN.md §4)
     */
    static List<Figures> perThread(List<SimThread> shown, Costs costs, long wallPs, boolean withSpeedup) {
        List<Figures> list = new ArrayList<>();
        for (SimThread t : shown) list.add(of(t, costs, wallPs, withSpeedup));
        return list;
    }

    static Figures of(SimThread t, Costs costs, long wallPs, boolean withSpeedup) {
        long start = Math.max(0, t.startTime);
        long end = t.endTime >= 0 ? t.endTime : Math.max(t.activitySince, t.clock);
        long life = t.startTime < 0 ? 0 : Math.max(0, end - start);
        long own = ownWorkPs(t, costs);
        RefcountKinds k = RefcountKinds.of(t);
        return new Figures(t.name, t.instructions, Costs.ns(life), Costs.ns(t.timeIn[Activity.RUNNING_GIL.ordinal()]
                + t.timeIn[Activity.RUNNING.ordinal()]), Costs.ns(t.timeIn[Activity.WAITING_GIL.ordinal()]),
                t.gilSwitches, k.total(), k.atomic() + k.biasedShared(), k.contended(), t.lostUpdates,
                perSecond(t.instructions, life), withSpeedup && wallPs > 0 ? (double) own / wallPs : null,
                Costs.ns(t.timeIn[Activity.BLOCKED_IO.ordinal()]), Costs.ns(t.timeIn[Activity.BLOCKED_LOCK.ordinal()]),
                Costs.ns(t.timeIn[Activity.DESCHEDULED.ordinal()]), Costs.ns(own), t.failedWakeups, t.contextSwitches,
                Costs.ns(t.refcountLockWaitPs), k);
    }

    /**
     * The thread's own work (DESIGN.md §4): its instructions and native steps at the nominal
     * instruction cost, each refcount operation at the uncontended cost of the path it took, and
     * its long built-ins and threading.Lock operations; no waiting of any kind, no contention, no GIL.
     */
    static long ownWorkPs(SimThread t, Costs c) {
        long refcounts = 0;
        for (RefcountOp kind : RefcountOp.values()) refcounts += t.ops(kind) * kind.uncontendedPs(c);
        return (t.instructions + t.nativeSteps) * c.instruction + refcounts + t.builtinPs + t.lockPs;
    }

    static Figures total(List<Figures> threads, long wallPs, boolean withSpeedup) {
        Figures sum = Figures.sum("total", threads);
        long wallNs = Costs.ns(wallPs);
        Double speedup = withSpeedup && wallNs > 0 ? (double) sum.ownWorkNs() / wallNs : null;
        return sum.withRunTimes(wallNs, perSecond(sum.instructions(), wallPs), speedup);
    }

    private static double perSecond(long instructions, long ps) {
        return ps <= 0 ? 0 : instructions * 1e12 / ps;
    }
}
