package gilsim.sim;

/**
 * The figures of one thread, or of the whole run (DESIGN.md §6: "total" and "threads").
 *
 * @param name           the thread's name, or "total"
 * @param instructions   bytecode instructions executed
 * @param wallNs         simulated wall time: the thread's life, or the run's
 * @param cpuNs          time executing on a core
 * @param gilWaitNs      time waiting for the GIL (including a forced switch's wait)
 * @param gilSwitches    times the thread took the GIL from another thread
 * @param refcountOps    refcount operations done (immortal and deferred ones excluded)
 * @param atomicOps      atomic refcount operations (atomic model, biased shared path)
 * @param contendedOps   refcount operations on a cache line another core wrote last
 * @param lostUpdates    refcount updates of this thread that were lost (plain, no GIL)
 * @param throughputIps  instructions per simulated second of wall time
 * @param speedup        own work at single-thread, uncontended cost divided by the run's wall time
 *                       (DESIGN.md §4; summed over threads for the total); null for crashed,
 *                       interrupted or stopped runs
 * @param ioNs           time blocked in sleep or simulated I/O
 * @param lockWaitNs     time blocked on a lock, a join, or a starting thread
 * @param descheduledNs  time runnable but without a core
 * @param ownWorkNs      the thread's own work: instructions, refcount operations at their path's
 *                       uncontended cost, long built-ins; no waiting, no contention
 * @param failedWakeups  legacy GIL: wake-ups that found the GIL taken again
 * @param contextSwitches times the OS put the thread on a core that ran another thread
 * @param refcountLockWaitNs time spent waiting for a refcount mutex (locked, global-lock)
 * @param kinds          refcount operations by kind
 */
public record Figures(String name, long instructions, long wallNs, long cpuNs, long gilWaitNs, long gilSwitches,
                      long refcountOps, long atomicOps, long contendedOps, long lostUpdates, double throughputIps,
                      Double speedup, long ioNs, long lockWaitNs, long descheduledNs, long ownWorkNs,
                      long failedWakeups, long contextSwitches, long refcountLockWaitNs, RefcountKinds kinds) {

    /**
     * Several threads' figures added up under {@code name}: counts and times summed, the wall time
     * the longest, throughputs and speedups summed (null if any is null). A run's total replaces
     * the last three with the run's own ({@link #withRunTimes}).
     */
    public static Figures sum(String name, Iterable<Figures> rows) {
        long instructions = 0, wall = 0, cpu = 0, wait = 0, switches = 0, ops = 0, atomic = 0, contended = 0;
        long lost = 0, io = 0, lockWait = 0, desched = 0, own = 0, failed = 0, cs = 0, rcWait = 0;
        double throughput = 0;
        Double speedup = 0.0;
        RefcountKinds kinds = new RefcountKinds(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        for (Figures f : rows) {
            instructions += f.instructions;
            wall = Math.max(wall, f.wallNs);
            cpu += f.cpuNs;
            wait += f.gilWaitNs;
            switches += f.gilSwitches;
            ops += f.refcountOps;
            atomic += f.atomicOps;
            contended += f.contendedOps;
            lost += f.lostUpdates;
            io += f.ioNs;
            lockWait += f.lockWaitNs;
            desched += f.descheduledNs;
            own += f.ownWorkNs;
            failed += f.failedWakeups;
            cs += f.contextSwitches;
            rcWait += f.refcountLockWaitNs;
            throughput += f.throughputIps;
            speedup = speedup == null || f.speedup == null ? null : speedup + f.speedup;
            kinds = kinds.plus(f.kinds);
        }
        return new Figures(name, instructions, wall, cpu, wait, switches, ops, atomic, contended, lost, throughput,
                speedup, io, lockWait, desched, own, failed, cs, rcWait, kinds);
    }

    /** The same figures with the wall time, throughput and speedup of a whole run. */
    Figures withRunTimes(long wall, double throughput, Double runSpeedup) {
        return new Figures(name, instructions, wall, cpuNs, gilWaitNs, gilSwitches, refcountOps, atomicOps, contendedOps,
                lostUpdates, throughput, runSpeedup, ioNs, lockWaitNs, descheduledNs, ownWorkNs, failedWakeups,
                contextSwitches, refcountLockWaitNs, kinds);
    }
}
