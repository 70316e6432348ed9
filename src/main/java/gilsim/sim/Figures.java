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
                      long failedWakeups, long contextSwitches, long refcountLockWaitNs, RefcountKinds kinds) {}
