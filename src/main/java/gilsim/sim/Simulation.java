package gilsim.sim;

import gilsim.sim.settings.GilMode;
import gilsim.sim.settings.Settings;
import gilsim.vm.HostSupport;
import gilsim.vm.Interpreter;
import gilsim.vm.PyObject;
import gilsim.vm.StopReason;
import gilsim.vm.ThreadState;
import java.util.ArrayList;
import java.util.List;

/**
 * The discrete-event loop of the machine, in simulated picoseconds.
 *
 * <p>Notes about the model. Each thread on a core has its own clock; timed things (wake-ups, I/O,
 * the GIL's timed waits) are events. The loop always advances whatever is earliest: the event at
 * the head of the queue, or the running thread with the smallest clock, which then executes a
 * chunk of bytecode through {@link Interpreter#run}. A chunk never runs past the next event, and,
 * while several threads run at once on one heap (no GIL), never more than {@link #COARSE_LEAD_PS}
 * ahead of the next thread. A thread that has just counted an object other threads count runs in
 * steps of one instruction, charged before it runs, so its refcount operations are stamped exactly
 * and interleave with the other cores' in simulated-time order: lost updates and contention come
 * from that order, not from chance. Instructions cost {@code instruction} on the thread's core
 * (each core's speed is jittered by the seed); native steps of built-ins that call Python cost the
 * same; refcount operations and long built-ins add their own costs as they happen. Deterministic:
 * no real clocks, no real threads, seeded choices.
 */
final class Simulation {
    static final long MAX_CHUNK = 50_000;
    /** Without a GIL, a thread in coarse steps runs at most this far ahead of the others (2 µs). */
    static final long COARSE_LEAD_PS = 2_000_000;

    /** How a run loop ended. */
    enum End { DONE, DEADLOCK, INSTRUCTION_LIMIT, OUTPUT_LIMIT, TIME_LIMIT, INTERRUPTED, CRASHED }

    final Settings settings;
    final Costs costs;
    final Jitter jitter;
    final EventQueue events = new EventQueue();
    final Cores cores;
    final Timeline timeline = new Timeline();
    final MachineRefcounts model;
    final List<Interp> interps;
    final List<SimThread> threads = new ArrayList<>();
    final MachineListener listener;
    final OutputBuffer output;
    final ThreadEvents threadEvents;
    Watcher watcher;
    Namer namer;
    /** One heap shared by threads that may run at the same time (no GIL): fine steps needed. */
    private final boolean concurrentHeap;
    SimThread current;
    /** The time the running chunk should not pass (the next event). */
    long chunkHorizon = Long.MAX_VALUE;
    /** Simulated time up to which everything has happened (the loop's last safe point, ps). */
    long frontierPs;
    long totalInstructions;
    private long nextProgress;
    Crash crash;
    /** A failure of the VM while it ran on freed memory (after a premature free). */
    RuntimeException vmFailure;

    Simulation(Settings settings, List<Interp> interps, MachineRefcounts model, MachineListener listener) {
        this.settings = settings;
        this.costs = new Costs(settings.costs());
        this.jitter = new Jitter(settings.seed());
        this.interps = interps;
        this.model = model;
        this.listener = listener;
        this.cores = new Cores(settings.cores(), costs, jitter, this);
        this.output = new OutputBuffer(listener, settings.limits().outputBytes(), this::nowPs);
        this.threadEvents = new ThreadEvents(this);
        this.concurrentHeap = settings.gil() == GilMode.OFF;
        this.nextProgress = Math.max(1, listener.progressEvery());
        long interval = Costs.ps(settings.switchIntervalNs());
        for (Interp in : interps) in.gil = newGil(settings.gil(), interval);
    }

    private GilModel newGil(GilMode mode, long intervalPs) {
        return switch (mode) {
            case ON, PER_INTERPRETER -> new NewGil(this, costs, intervalPs);
            case LEGACY -> new LegacyGil(this, costs, settings.checkInterval(), intervalPs);
            case OFF -> new NoGil(this, intervalPs);
        };
    }

    /** A new simulated thread for a VM thread, with a row in the timeline when it shows there. */
    SimThread newThread(ThreadState ts, Interp interp, boolean cellThread, boolean onTimeline) {
        SimThread t = new SimThread(threads.size(), ts.name, ts, interp, cellThread, model.run);
        if (onTimeline) t.timelineRow = timeline.addThread(ts.name);
        threads.add(t);
        return t;
    }

    /** The clock of whoever is running (output stamps, time.perf_counter). */
    long nowPs() {
        return current != null ? current.clock : 0;
    }

    // --- the loop ---------------------------------------------------------------------------

    End run(long instructionLimit, long realDeadlineNanos) {
        long iterations = 0;
        while (true) {
            if (crash != null) return End.CRASHED;
            if (listener.cancelled() || (threadEvents.session != null && HostSupport.interruptRequested(threadEvents.session.vm())) || threadEvents.interrupted) {
                return End.INTERRUPTED;
            }
            if (output.overLimit) return End.OUTPUT_LIMIT;
            if ((++iterations & 63) == 0) {
                if (watcher != null) watcher.refresh();
                if ((iterations & 1023) == 0 && System.nanoTime() > realDeadlineNanos) return End.TIME_LIMIT;
            }
            Event e = events.peek();
            SimThread r = cores.earliest();
            long safe = Math.min(e == null ? Long.MAX_VALUE : e.time, r == null ? Long.MAX_VALUE : r.clock);
            if (safe != Long.MAX_VALUE) frontierPs = Math.max(frontierPs, safe);
            output.flushUpTo(safe);
            if (e != null && (r == null || e.time <= r.clock)) {
                events.poll();
                dispatch(e);
                continue;
            }
            if (r == null) return threadEvents.liveNonDaemon() == 0 ? End.DONE : End.DEADLOCK;
            runChunk(r, e == null ? Long.MAX_VALUE : e.time, instructionLimit - totalInstructions);
            if (crash != null) return End.CRASHED;
            if (totalInstructions >= instructionLimit && threadEvents.liveNonDaemon() > 0) return End.INSTRUCTION_LIMIT;
            if (threadEvents.liveNonDaemon() == 0) return End.DONE;
            if (totalInstructions >= nextProgress) {
                listener.progress(totalInstructions, Costs.ns(safe == Long.MAX_VALUE ? nowPs() : safe));
                nextProgress += Math.max(1, listener.progressEvery());
            }
        }
    }

    private void dispatch(Event e) {
        SimThread t = e.thread;
        long now = e.time;
        switch (e.kind) {
            case START -> {
                t.startTime = now;
                if (t.startsHoldingGil) {
                    t.clock = Math.max(t.clock, now);
                    t.interp.gil.startHolding(t, now);
                } else {
                    wantRun(t, now);
                }
            }
            case IO_DONE -> {
                t.ts.blockedOn = null;
                wantRun(t, now);
            }
            case UNBLOCK -> wantRun(t, now);
            default -> t.interp.gil.onEvent(t, e.kind, now);
        }
    }

    /** A thread that was waiting wants to execute again from {@code now}. */
    void wantRun(SimThread t, long now) {
        t.clock = Math.max(t.clock, now);
        t.interp.gil.takeGil(t, now);
    }

    private long budget(SimThread r, long horizon, long instructionsLeft) {
        // A watched run steps one instruction at a time: its refcount points are stamped with the
        // thread's clock, which a coarse chunk advances only at its end.
        if (watcher != null) return 1;
        long cost = cores.instructionCost(r);
        long limitTime = horizon;
        if (concurrentHeap && cores.runningCount > 1) {
            if (r.fineUntil > r.ts.instructions) return 1;
            limitTime = Math.min(limitTime, cores.earliestOther(r) + COARSE_LEAD_PS);
        }
        if (cores.queueWaiting()) limitTime = Math.min(limitTime, r.sliceStart + costs.timeSlice);
        long b = limitTime == Long.MAX_VALUE ? MAX_CHUNK : Math.max(1, (limitTime - r.clock) / cost + 1);
        b = Math.min(b, MAX_CHUNK);
        b = Math.min(b, r.interp.gil.maxBudget(r));
        return Math.max(1, Math.min(b, instructionsLeft));
    }

    private void runChunk(SimThread r, long horizon, long instructionsLeft) {
        long budget = budget(r, horizon, instructionsLeft);
        long cost = cores.instructionCost(r);
        boolean fine = budget == 1;
        if (!r.begun) threadEvents.begins(r);
        ThreadState ts = r.ts;
        long i0 = ts.instructions;
        long n0 = ts.nativeSteps;
        r.chunkStartInstructions = i0;
        chunkHorizon = horizon;
        if (fine) r.clock += cost;
        current = r;
        model.current = r;
        PyObject.allocationTag = r.newborn;
        StopReason stop;
        try {
            stop = r.interp.vm.interpreter.run(ts, budget);
        } catch (SimulatedCrash c) {
            crash = c.crash;
            return;
        } catch (RuntimeException ex) {
            if (model.crashes.firstEarlyFree == null) throw ex;
            crash = threadEvents.vmFailedOnFreedMemory(r, ex);
            vmFailure = ex;
            return;
        } finally {
            model.current = null;
            PyObject.allocationTag = null;
            current = null;
        }
        long n = ts.instructions - i0;
        long natives = ts.nativeSteps - n0;
        r.clock += cost * (n + natives) - (fine ? cost : 0);
        r.instructions += n;
        r.nativeSteps += natives;
        totalInstructions += n;
        if (model instanceof BiasedCounts b) b.mergeQueued(r);
        switch (stop) {
            case BLOCKED -> threadEvents.blocked(r);
            case FINISHED -> threadEvents.finished(r);
            case CHECKPOINT -> {
                r.interp.gil.afterChunk(r, n);
                threadEvents.checkpoint(r);
            }
            case BUDGET, YIELD -> r.interp.gil.afterChunk(r, n);
        }
        if (r.core != null) cores.preemptIfDue(r);
    }

    // --- what the GIL models and thread events call ----------------------------------------

    /** The thread may execute bytecode from {@code at} (it holds its GIL, or there is none). */
    void mayRun(SimThread t, long at) {
        t.clock = Math.max(t.clock, at);
        cores.request(t, at);
    }

    /** The thread waits for the GIL from {@code now}, off the CPU. */
    void waitForGil(SimThread t, long now) {
        cores.release(t, now);
        setActivity(t, Activity.WAITING_GIL, now);
    }

    /** The stop flag (the eval breaker) stays set while a drop request or a start-wait is pending. */
    void refreshStopFlag(SimThread t) {
        t.ts.setRequestStop(t.startPending != null || t.interp.gil.dropRequested(t));
    }

    void setActivity(SimThread t, Activity a, long at) {
        if (at < t.activitySince) at = t.activitySince;
        t.timeIn[t.activity.ordinal()] += at - t.activitySince;
        if (t.timelineRow != null) timeline.add(t.timelineRow, t.activity, t.activitySince, at);
        t.activity = a;
        t.activitySince = at;
    }

    /** The run's end: the latest time any thread reached. */
    long endPs() {
        long end = 0;
        for (SimThread t : threads) {
            end = Math.max(end, Math.max(t.activitySince, t.finished() ? t.endTime : t.clock));
        }
        return end;
    }
}
