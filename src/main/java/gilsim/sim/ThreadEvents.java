package gilsim.sim;

import gilsim.vm.BlockingCall;
import gilsim.vm.Errors;
import gilsim.vm.HostSupport;
import gilsim.vm.PyLock;
import gilsim.vm.RunOutcome;
import gilsim.vm.Session;
import gilsim.vm.ThreadState;
import gilsim.vm.Types;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;

/**
 * What happens to threads besides executing: starting (Thread.start waits until the new thread has
 * begun, as threading's {@code self._started.wait()} does), blocking in sleep, simulated I/O,
 * Lock.acquire and join (each releases the GIL, Py_BEGIN_ALLOW_THREADS), waking up after a
 * wake-up latency, and ending. A thread that blocks leaves its core.
 */
final class ThreadEvents {
    private final Simulation sim;
    private final IdentityHashMap<PyLock, ArrayDeque<SimThread>> lockWaiters = new IdentityHashMap<>();
    private int liveNonDaemon;
    private int live;
    /** Uncaught exceptions of cell threads, in the order they ended. */
    final List<ThreadError> errors = new ArrayList<>();
    Session session;
    /** A cell thread ended with KeyboardInterrupt: the whole run stops. */
    boolean interrupted;

    /** A cell thread's uncaught exception. */
    record ThreadError(String thread, RunOutcome.PythonError error, boolean interrupt) {}

    ThreadEvents(Simulation sim) {
        this.sim = sim;
    }

    int liveNonDaemon() { return liveNonDaemon; }

    /** A thread of the cell (MainThread, or Ti) becomes runnable at {@code at}. */
    void startCellThread(SimThread t, long at) {
        t.keepsRunAlive = true;
        liveNonDaemon++;
        live++;
        sim.events.schedule(t, at, EventKind.START);
    }

    /** A program called Thread.start() (the VM's host callback, during the starter's chunk). */
    void started(ThreadState ts) {
        if (live >= sim.settings.limits().threads()) {
            throw Errors.of(Types.RUNTIME_ERROR, "can't start new thread: gilsim's thread limit is "
                    + sim.settings.limits().threads() + " threads at once (%limit threads=N to change it)");
        }
        SimThread s = sim.current;
        Interp in = s != null ? s.interp : sim.interps.get(0);
        SimThread n = sim.newThread(ts, in, false, true);
        live++;
        if (!HostSupport.isDaemon(ts)) {
            n.keepsRunAlive = true;
            liveNonDaemon++;
        }
        long at = s != null ? s.clock : 0;
        if (s != null) {
            s.clock += sim.costs.condSignal;
            s.startPending = n;
            n.starter = s;
            s.ts.setRequestStop(true);
        }
        sim.model.threadStarted(sim.threads);
        sim.events.schedule(n, at + sim.jitter.around(sim.costs.wakeup, Jitter.WAKEUP_SPREAD), EventKind.START);
    }

    /** The thread executes for the first time: a starter waiting for that may go on. */
    void begins(SimThread t) {
        t.begun = true;
        SimThread s = t.starter;
        if (s != null && s.waitingForStart == t) {
            s.waitingForStart = null;
            sim.events.schedule(s, t.clock + sim.jitter.around(sim.costs.wakeup, Jitter.WAKEUP_SPREAD), EventKind.UNBLOCK);
        }
    }

    /** The thread stopped at an eval-breaker check: a start to wait for, or a GIL drop request. */
    void checkpoint(SimThread r) {
        SimThread n = r.startPending;
        if (n != null) {
            r.startPending = null;
            sim.refreshStopFlag(r);
            if (!n.begun) {
                r.waitingForStart = n;
                leave(r, Activity.BLOCKED_LOCK);
                return;
            }
        }
        r.interp.gil.atCheckpoint(r);
    }

    /** The thread made a blocking call (ts.blockedOn). */
    void blocked(SimThread r) {
        BlockingCall b = r.ts.blockedOn;
        if (b instanceof BlockingCall.Sleep s) {
            io(r, s.nanos());
        } else if (b instanceof BlockingCall.Io io) {
            io(r, io.nanos());
        } else if (b instanceof BlockingCall.Acquire a) {
            PyLock lock = a.lock();
            if (lock.owner == null) {
                lock.owner = r.ts;
                r.ts.blockedOn = null;
                chargeLockHalf(r);
                return;
            }
            leave(r, Activity.BLOCKED_LOCK);
            lockWaiters.computeIfAbsent(lock, k -> new ArrayDeque<>()).addLast(r);
        } else if (b instanceof BlockingCall.Join j) {
            SimThread target = j.thread().machineState instanceof SimThread st ? st : null;
            if (target == null || target.finished() || j.thread().finished()) {
                r.ts.blockedOn = null;
                return;
            }
            leave(r, Activity.BLOCKED_LOCK);
            target.joiners.add(r);
        } else {
            throw new IllegalStateException("unknown blocking call " + b);
        }
    }

    private void io(SimThread r, long nanos) {
        leave(r, Activity.BLOCKED_IO);
        long wake = r.clock + Costs.ps(nanos) + sim.jitter.around(sim.costs.wakeup, Jitter.WAKEUP_SPREAD);
        sim.events.schedule(r, wake, EventKind.IO_DONE);
    }

    /** The thread stops executing: it gives up its GIL (no forced switch) and its core. */
    private void leave(SimThread r, Activity a) {
        r.interp.gil.dropGil(r, r.clock);
        sim.cores.release(r, r.clock);
        sim.setActivity(r, a, r.clock);
    }

    /**
     * Lock.acquire() of a free lock (the VM's host callback): the acquiring half of an uncontended
     * mutex lock+unlock ({@code %cost mutex}), an atomic compare-and-swap on the lock word.
     */
    void lockAcquired() {
        SimThread by = sim.current;
        if (by != null) chargeLockHalf(by);
    }

    /** Half of {@code %cost mutex}: the acquire's or the release's atomic on the lock word. */
    private void chargeLockHalf(SimThread t) {
        long ps = sim.costs.mutex / 2;
        t.clock += ps;
        t.lockPs += ps;
    }

    /**
     * Lock.release() (the VM's host callback): the releasing half of the mutex cost, and, when a
     * thread waits, the lock is handed to the first waiter, who wakes up (the releaser signals it).
     */
    void lockReleased(PyLock lock) {
        SimThread by = sim.current;
        if (by != null) chargeLockHalf(by);
        ArrayDeque<SimThread> q = lockWaiters.get(lock);
        if (q == null || q.isEmpty()) return;
        SimThread w = q.pollFirst();
        lock.owner = w.ts;
        w.ts.blockedOn = null;
        long now = by != null ? by.clock : w.clock;
        if (by != null) by.clock += sim.costs.condSignal;
        sim.events.schedule(w, now + sim.jitter.around(sim.costs.wakeup, Jitter.WAKEUP_SPREAD), EventKind.UNBLOCK);
    }

    /** The thread's code has ended. */
    void finished(SimThread r) {
        r.endTime = r.clock;
        leave(r, Activity.FINISHED);
        live--;
        if (r.keepsRunAlive) liveNonDaemon--;
        if (sim.model instanceof BiasedCounts b) b.mergeQueued(r);
        for (SimThread j : r.joiners) {
            j.ts.blockedOn = null;
            sim.events.schedule(j, r.clock + sim.jitter.around(sim.costs.wakeup, Jitter.WAKEUP_SPREAD), EventKind.UNBLOCK);
        }
        r.joiners.clear();
        if (r.cellThread && r.ts.uncaughtException() != null) {
            boolean interrupt = HostSupport.endedByInterrupt(r.ts);
            RunOutcome.PythonError err = HostSupport.takeUncaught(r.interp.vm, session, r.ts);
            errors.add(new ThreadError(r.name, err, interrupt));
            interrupted |= interrupt;
            if (!HostSupport.MAIN_THREAD.equals(r.name) && !interrupt) {
                sim.output.add("stderr", "Exception in thread " + r.name + ":\n" + err.text(), r.clock);
            }
        }
    }

    /** After a premature free, the VM failed while using freed memory: report it as a use-after-free. */
    Crash vmFailedOnFreedMemory(SimThread r, RuntimeException ex) {
        ObjState cause = sim.model.crashes.firstEarlyFree;
        String what = sim.namer.describe(cause.object);
        String m = r.name + " used freed memory at " + Crashes.time(r.clock) + " (gilsim's VM failed: "
                + ex.getClass().getSimpleName() + "), after " + cause.freedBy.name + " had freed the " + what
                + " at " + Crashes.time(cause.freedAt) + " while " + cause.trueCount + " references to it were still held"
                + " (" + cause.lostUpdates + " lost updates of its count). That is a use-after-free." + Crashes.CPYTHON_WOULD;
        return new Crash(Crash.USE_AFTER_FREE, what, r.name, Costs.ns(r.clock), m, cause.freedBy.name,
                cause.recentLost(what));
    }
}
