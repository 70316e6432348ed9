package gilsim.sim;

import java.util.ArrayList;

/**
 * The GIL of CPython 3.2 and later ({@code %gil on}), after Python/ceval_gil.c.
 *
 * <p>Notes about the model. As in ceval_gil.c, the GIL is a boolean ({@link #locked}) guarded by a
 * mutex, with a condition variable waiters sleep on. A thread that finds it locked waits on the
 * condition variable for one switch interval ({@code COND_TIMED_WAIT}, 5 ms by default,
 * {@code DEFAULT_INTERVAL}); if the wait timed out, the GIL is still locked and no switch occurred
 * meanwhile ({@code switch_number} unchanged), it sets the drop request
 * ({@code SET_GIL_DROP_REQUEST}), which raises the holder's eval breaker, and waits again. The
 * holder notices the request only at its next eval-breaker check — RESUME, JUMP_BACKWARD, after a
 * call — so one long built-in call keeps the GIL for all its duration ("doesn't enforce it since
 * opcodes can take an arbitrary time"). There it calls {@code drop_gil}: the GIL is unlocked and
 * {@code COND_SIGNAL(gil->cond)} wakes one waiter, any of them. Because the drop was requested,
 * FORCE_SWITCHING makes the old holder wait on {@code switch_cond} until {@code last_holder} is no
 * longer itself — until some other thread has taken the GIL — so that it cannot grab the GIL
 * straight back. The taker signals {@code switch_cond}. Every switch bumps {@code switch_number}, so
 * the other waiters' timed waits end without a new request and start a fresh interval.
 *
 * <p>A blocking call (time.sleep, simulated I/O, a contended lock; Py_BEGIN_ALLOW_THREADS) drops the
 * GIL without waiting on switch_cond. A thread coming back from one next to a CPU-bound holder
 * finds the GIL taken and, since the holder never gives it up on its own, waits a full interval
 * before it can ask: the convoy effect (FACTS.md §2, bpo-7946).
 *
 * <p>Costs: the drop's {@code COND_SIGNAL} is a system call ({@code cond_signal}) when it wakes a
 * waiter; a woken waiter runs after a wake-up latency ({@code wakeup}, jittered); the old holder of
 * a forced switch wakes from switch_cond after the rest of {@code gil_handoff}; taking a free GIL
 * costs {@code gil_acquire}. Deliberate simplification: a waiter's short bursts of CPU (the loop in
 * take_gil) need no core.
 */
final class NewGil extends HeldGil {
    private long intervalPs;

    private long switchNumber;
    private boolean dropRequest;
    /** Threads in take_gil's loop: timed-waiting on the condition variable, or just signalled. */
    private final ArrayList<SimThread> waiters = new ArrayList<>();
    /** Waiters whose COND_SIGNAL wake-up is on its way (a signal wakes a sleeper, not them). */
    private final ArrayList<SimThread> signalled = new ArrayList<>();
    /** FORCE_SWITCHING: the old holder, waiting on switch_cond until another thread takes the GIL. */
    private SimThread switchWaiter;

    NewGil(Simulation sim, Costs costs, long intervalPs) {
        super(sim, costs);
        this.intervalPs = intervalPs;
    }

    @Override
    public void takeGil(SimThread t, long now) {
        if (!locked) {
            acquire(t, now);
            return;
        }
        if (!waiters.contains(t)) waiters.add(t);
        sim.waitForGil(t, now);
        startTimedWait(t, now);
    }

    /** COND_TIMED_WAIT(gil->cond, gil->mutex, interval), remembering switch_number. */
    private void startTimedWait(SimThread t, long now) {
        t.savedSwitchNumber = switchNumber;
        sim.events.schedule(t, now + intervalPs, EventKind.GIL_TIMEOUT);
    }

    private void acquire(SimThread t, long now) {
        locked = true;
        holder = t;
        t.holdsGil = true;
        t.gilAcquisitions++;
        waiters.remove(t);
        signalled.remove(t);
        if (lastHolder != t) {
            lastHolder = t;
            switchNumber++;
            t.gilSwitches++;
            sim.timeline.handoff(t, now);
        }
        // FORCE_SWITCHING: COND_SIGNAL(gil->switch_cond) releases the old holder.
        if (switchWaiter != null && switchWaiter != t) {
            SimThread old = switchWaiter;
            switchWaiter = null;
            long rest = Math.max(0, costs.gilHandoff - costs.wakeup);
            sim.events.schedule(old, now + sim.jitter.around(rest, Jitter.WAKEUP_SPREAD), EventKind.GIL_SWITCH_WAKE);
        }
        if (dropRequest) resetDropRequest();
        sim.mayRun(t, now + costs.gilAcquire);
    }

    @Override
    public void onEvent(SimThread t, EventKind kind, long now) {
        switch (kind) {
            case GIL_TIMEOUT -> {
                if (!locked) {
                    acquire(t, now);
                    return;
                }
                // "If we timed out and no switch occurred in the meantime, it is time to ask the
                // GIL-holding thread to drop it."
                if (switchNumber == t.savedSwitchNumber) setDropRequest();
                startTimedWait(t, now);
            }
            case GIL_SIGNAL -> {
                signalled.remove(t);
                if (!locked) acquire(t, now);
                else startTimedWait(t, now);
            }
            case GIL_SWITCH_WAKE -> takeGil(t, now);
            default -> throw new IllegalStateException("the new GIL got " + kind + " for " + t);
        }
    }

    private void setDropRequest() {
        dropRequest = true;
        if (holder != null) holder.ts.setRequestStop(true);
    }

    private void resetDropRequest() {
        dropRequest = false;
        if (holder != null) sim.refreshStopFlag(holder);
    }

    @Override
    public boolean dropRequested(SimThread t) {
        return dropRequest && holder == t;
    }

    @Override
    public void atCheckpoint(SimThread t) {
        if (!dropRequested(t)) {
            sim.refreshStopFlag(t);
            return;
        }
        release(t, t.clock);
        // FORCE_SWITCHING: the drop was requested, so RESET_GIL_DROP_REQUEST and wait on
        // switch_cond until another thread has taken the GIL (last_holder is no longer t).
        dropRequest = false;
        sim.refreshStopFlag(t);
        switchWaiter = t;
        sim.waitForGil(t, t.clock);
    }

    @Override
    public void dropGil(SimThread t, long now) {
        if (holder != t) return;
        release(t, now);
        sim.refreshStopFlag(t);
    }

    /** drop_gil: unlock, and COND_SIGNAL one waiter that is still asleep. */
    private void release(SimThread t, long now) {
        if (!locked || holder != t) {
            throw new IllegalStateException("drop_gil: GIL is not locked by " + t);
        }
        locked = false;
        holder = null;
        t.holdsGil = false;
        lastHolder = t;
        ArrayList<SimThread> asleep = new ArrayList<>(waiters);
        asleep.removeAll(signalled);
        if (!asleep.isEmpty()) {
            SimThread w = asleep.get(sim.jitter.pick(asleep.size()));
            signalled.add(w);
            t.clock += costs.condSignal;
            sim.events.schedule(w, t.clock + sim.jitter.around(costs.wakeup, Jitter.WAKEUP_SPREAD), EventKind.GIL_SIGNAL);
        }
    }

    @Override
    public long switchIntervalPs() { return intervalPs; }

    @Override
    public void setSwitchIntervalPs(long ps) { intervalPs = ps; }
}
