package gilsim.sim;

import gilsim.vm.PyLock;
import gilsim.vm.ThreadHost;
import gilsim.vm.ThreadState;

/** The VM's view of the machine ({@link ThreadHost}), installed in every interpreter of a run. */
final class MachineHost implements ThreadHost {
    private final Simulation sim;

    MachineHost(Simulation sim) {
        this.sim = sim;
    }

    @Override
    public void started(ThreadState thread) {
        sim.threadEvents.started(thread);
    }

    @Override
    public void lockReleased(PyLock lock) {
        sim.threadEvents.lockReleased(lock);
    }

    @Override
    public void lockAcquired(PyLock lock) {
        sim.threadEvents.lockAcquired();
    }

    /** time.perf_counter(): the running thread's clock. */
    @Override
    public long nanoTime() {
        return Costs.ns(sim.nowPs());
    }

    @Override
    public long switchIntervalNanos() {
        return Costs.ns(gil().switchIntervalPs());
    }

    /** sys.setswitchinterval(): this run only; %switchinterval is the setting. */
    @Override
    public void setSwitchIntervalNanos(long nanos) {
        gil().setSwitchIntervalPs(Costs.ps(nanos));
    }

    /** A long built-in call: one uninterruptible step whose cost grows with its input. */
    @Override
    public void builtinWork(ThreadState thread, String what, long units) {
        SimThread t = sim.current;
        if (t == null || units <= 0) return;
        long ps = units * sim.costs.builtinItem;
        t.clock += ps;
        t.builtinPs += ps;
        if (t.clock > sim.chunkHorizon) {
            // Cut the chunk right after this call, so that the events it ran past (a waiter's drop
            // request) happen before the eval-breaker check that ends the CALL; the VM makes that
            // check when the thread resumes.
            t.ts.requestYield();
        }
    }

    private GilModel gil() {
        SimThread t = sim.current;
        return (t != null ? t.interp : sim.interps.get(0)).gil;
    }
}
