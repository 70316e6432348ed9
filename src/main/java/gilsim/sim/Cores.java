package gilsim.sim;

import java.util.ArrayDeque;

/**
 * The OS scheduler of the simulated machine: which thread runs on which core. A thread that can
 * execute bytecode (it holds its GIL, or there is none) asks for a core; when all are busy it
 * waits in a FIFO run queue, descheduled. While the queue is not empty, a thread that has run for
 * a whole time slice ({@code %cost time_slice}, ≈ 3 ms as Linux CFS gives CPU-bound threads) is
 * preempted to the queue's tail. Putting a thread on a core that last ran another costs a context
 * switch ({@code %cost context_switch}). Threads waiting for the GIL, a lock or I/O are off the
 * CPU, as a thread in a condition-variable wait is.
 *
 * <p>Deliberate simplification: the short bursts of CPU a waiting thread needs to handle its
 * wake-up (take_gil's loop, setting the drop request) need no core here.
 */
final class Cores {
    private final Core[] cores;
    private final ArrayDeque<SimThread> runQueue = new ArrayDeque<>();
    /** The threads on cores, in no particular order. */
    final SimThread[] running;
    int runningCount;
    private final Simulation sim;
    private final Costs costs;

    Cores(int count, Costs costs, Jitter jitter, Simulation sim) {
        this.sim = sim;
        this.costs = costs;
        cores = new Core[count];
        running = new SimThread[count];
        for (int i = 0; i < count; i++) {
            cores[i] = new Core(i, Math.max(1, Math.round(costs.instruction * jitter.coreSpeed())));
        }
    }

    int count() { return cores.length; }

    boolean queueWaiting() { return !runQueue.isEmpty(); }

    /** The thread may execute from {@code now}: give it a core, or queue it. */
    void request(SimThread t, long now) {
        if (t.core != null) return;
        Core free = null;
        if (t.lastCore != null && t.lastCore.current == null) free = t.lastCore;
        // An idle core that ran nothing yet, or this thread last: no context switch.
        for (int i = 0; free == null && i < cores.length; i++) {
            if (cores[i].current == null && (cores[i].last == null || cores[i].last == t)) free = cores[i];
        }
        for (int i = 0; free == null && i < cores.length; i++) {
            if (cores[i].current == null) free = cores[i];
        }
        if (free == null) {
            runQueue.addLast(t);
            sim.setActivity(t, Activity.DESCHEDULED, now);
            return;
        }
        assign(t, free, now);
    }

    private void assign(SimThread t, Core c, long now) {
        long start = Math.max(now, c.freeAt);
        if (c.last != null && c.last != t) {
            start += costs.contextSwitch;
            t.contextSwitches++;
        }
        c.current = t;
        t.core = c;
        t.clock = Math.max(t.clock, start);
        t.sliceStart = t.clock;
        running[runningCount++] = t;
        sim.setActivity(t, t.holdsGil ? Activity.RUNNING_GIL : Activity.RUNNING, t.clock);
    }

    /** The thread leaves its core at {@code now} (it waits, blocks or ends); the queue's head gets it. */
    void release(SimThread t, long now) {
        Core c = t.core;
        if (c == null) {
            runQueue.remove(t);
            return;
        }
        c.current = null;
        c.last = t;
        c.freeAt = now;
        t.core = null;
        t.lastCore = c;
        for (int i = 0; i < runningCount; i++) {
            if (running[i] == t) {
                running[i] = running[--runningCount];
                running[runningCount] = null;
                break;
            }
        }
        SimThread next = runQueue.pollFirst();
        if (next != null) assign(next, c, now);
    }

    /** Preempts the thread if its time slice is over and another thread waits for a core. */
    void preemptIfDue(SimThread t) {
        if (runQueue.isEmpty() || t.core == null || t.clock - t.sliceStart < costs.timeSlice) return;
        release(t, t.clock);
        runQueue.addLast(t);
        sim.setActivity(t, Activity.DESCHEDULED, t.clock);
    }

    /** Instruction cost in ps on the thread's core (the nominal cost when it has none). */
    long instructionCost(SimThread t) {
        return t.core != null ? t.core.instructionCost : costs.instruction;
    }

    /** The running thread with the earliest clock (ties: the first in the array), or null. */
    SimThread earliest() {
        SimThread best = null;
        for (int i = 0; i < runningCount; i++) {
            SimThread t = running[i];
            if (best == null || t.clock < best.clock) best = t;
        }
        return best;
    }

    /** The earliest clock among running threads other than {@code t}, or Long.MAX_VALUE. */
    long earliestOther(SimThread t) {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < runningCount; i++) {
            SimThread o = running[i];
            if (o != t && o.clock < best) best = o.clock;
        }
        return best;
    }
}
