package gilsim.sim;

import java.util.ArrayList;

/**
 * The GIL of Python 2 ({@code %gil legacy}, the "old GIL" up to 2.7 and 3.1).
 *
 * <p>Notes about the model. Python 2's eval loop counted "ticks" (about one per bytecode) and every
 * {@code sys.getcheckinterval()} = 100 of them the running thread released the interpreter lock and
 * at once acquired it again ({@code PyThread_release_lock}; "Other threads may run now";
 * {@code PyThread_acquire_lock}). There is no drop request and no switch interval. The release
 * wakes one thread sleeping on the lock — a system call ({@code cond_signal}) — but the woken thread
 * needs a wake-up latency (microseconds, {@code wakeup}) before it runs, while the holder re-acquires
 * within nanoseconds ({@code gil_acquire}). On a multicore machine the woken waiter therefore
 * usually finds the lock taken again and goes back to sleep: a failed wake-up, counted per thread.
 * Only when its wake-up happens to fall into the holder's tiny release gap does it win. This is the
 * "GIL battle" Beazley measured in 2009 (FACTS.md §2-3): two CPU-bound threads on two cores ran
 * slower than the same work done one after the other. A blocking call releases the lock (waking a
 * sleeper) without re-acquiring it.
 *
 * <p>Deliberate simplifications: every instruction is a tick (Python 2 skipped a few); the woken
 * waiter's attempt needs no core; the signal costs a system call only when a waiter is asleep
 * (a woken-but-not-yet-running waiter needs none), as a futex-based lock does.
 */
final class LegacyGil extends HeldGil {
    /** Python 2's {@code sys.getcheckinterval()} default. */
    static final int CHECK_INTERVAL = 100;

    private final int checkInterval;
    private long intervalPs;

    /** Threads asleep on the lock. */
    private final ArrayList<SimThread> sleepers = new ArrayList<>();
    /** Signalled threads on their way to retry, with the time they will (ps). */
    private final ArrayList<SimThread> wakers = new ArrayList<>();
    private final ArrayList<Long> wakeTimes = new ArrayList<>();

    LegacyGil(Simulation sim, Costs costs, int checkInterval, long intervalPs) {
        super(sim, costs);
        this.checkInterval = checkInterval;
        this.intervalPs = intervalPs;
    }

    @Override
    public void takeGil(SimThread t, long now) {
        if (!locked) {
            acquire(t, now);
            return;
        }
        sleepers.add(t);
        sim.waitForGil(t, now);
    }

    private void acquire(SimThread t, long now) {
        locked = true;
        holder = t;
        t.holdsGil = true;
        t.gilAcquisitions++;
        t.ticks = 0;
        if (lastHolder != t) {
            lastHolder = t;
            t.gilSwitches++;
            sim.timeline.handoff(t, now);
        }
        sim.mayRun(t, now + costs.gilAcquire);
    }

    @Override
    public long maxBudget(SimThread t) {
        return holder == t ? Math.max(1, checkInterval - t.ticks) : Long.MAX_VALUE;
    }

    @Override
    public void afterChunk(SimThread t, long n) {
        if (holder != t) return;
        t.ticks += (int) Math.min(n, checkInterval);
        if (t.ticks < checkInterval) return;
        t.ticks = 0;
        long releasedAt = t.clock;
        release(t);
        // PyThread_acquire_lock right after the release: the holder is back after the gap,
        // unless a woken waiter's retry falls inside that gap.
        long gapEnd = releasedAt + costs.gilAcquire;
        int winner = -1;
        for (int i = 0; i < wakers.size(); i++) {
            long w = wakeTimes.get(i);
            if (w >= releasedAt && w <= gapEnd && (winner < 0 || w < wakeTimes.get(winner))) winner = i;
        }
        if (winner < 0) {
            locked = true;
            holder = t;
            t.holdsGil = true;
            t.gilAcquisitions++;
            t.clock += costs.gilAcquire;
            return;
        }
        // The waiter's retry comes first: it takes the lock at its wake-up (its event), and the
        // old holder's acquire blocks.
        t.clock = Math.max(t.clock, gapEnd);
        sleepers.add(t);
        sim.waitForGil(t, t.clock);
    }

    /** PyThread_release_lock: unlock and wake one sleeper (a system call when there is one). */
    private void release(SimThread t) {
        if (!locked || holder != t) throw new IllegalStateException("release of an unheld legacy GIL by " + t);
        locked = false;
        holder = null;
        t.holdsGil = false;
        if (sleepers.isEmpty()) return;
        SimThread w = sleepers.remove(0);
        t.clock += costs.condSignal;
        long at = t.clock + sim.jitter.around(costs.wakeup, Jitter.WAKEUP_SPREAD);
        wakers.add(w);
        wakeTimes.add(at);
        sim.events.schedule(w, at, EventKind.GIL_SIGNAL);
    }

    @Override
    public void onEvent(SimThread t, EventKind kind, long now) {
        if (kind != EventKind.GIL_SIGNAL) throw new IllegalStateException("the legacy GIL got " + kind + " for " + t);
        int i = wakers.indexOf(t);
        if (i >= 0) {
            wakers.remove(i);
            wakeTimes.remove(i);
        }
        if (!locked) {
            acquire(t, now);
        } else {
            t.failedWakeups++;
            sleepers.add(t);
        }
    }

    @Override
    public void dropGil(SimThread t, long now) {
        if (holder != t) return;
        release(t);
    }

    @Override
    public void atCheckpoint(SimThread t) {
        sim.refreshStopFlag(t);
    }

    @Override
    public boolean dropRequested(SimThread t) { return false; }

    @Override
    public long switchIntervalPs() { return intervalPs; }

    @Override
    public void setSwitchIntervalPs(long ps) { intervalPs = ps; }
}
