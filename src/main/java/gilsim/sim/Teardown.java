package gilsim.sim;

import gilsim.sim.settings.Settings;
import gilsim.vm.Heap;
import gilsim.vm.HostSupport;
import gilsim.vm.RunOutcome;
import gilsim.vm.Session;
import java.util.ArrayList;
import java.util.List;

/**
 * The end of a run: owners merge what is still queued, leaks are found, unfinished threads are
 * unwound (or, after a crash, the session is put back as it was before the cell), and the result is
 * assembled.
 */
final class Teardown {
    private Teardown() {}

    static RunResult finish(Session session, Settings settings, Simulation sim, SimThread main, Simulation.End end,
                            SessionSnapshot snapshot, List<String> notes) {
        MachineRefcounts model = sim.model;
        model.current = null;
        Crash crash = sim.crash;
        long endPs = sim.endPs();
        // Close every thread's current activity: running ones at their clock, waiting ones at the end.
        for (SimThread t : sim.threads) {
            if (!t.finished()) sim.setActivity(t, t.activity, t.activity.onCpu() ? Math.max(t.clock, t.activitySince) : endPs);
        }
        if (crash == null && model instanceof BiasedCounts b) {
            // The main thread (and every other owner) resumes and merges its queue.
            for (SimThread t : sim.threads) {
                t.clock = Math.max(t.clock, endPs);
                b.mergeQueued(t);
            }
            model.current = null;
        }
        if (crash == null) crash = freedButStillHeld(sim, endPs);
        // Before the states are dropped below: a watch's true count at the end lives in its state.
        List<WatchData> watches = sim.watcher != null ? sim.watcher.snapshot() : List.of();
        List<Leak> leaks = new ArrayList<>();
        List<Leak> undercounts = new ArrayList<>();
        for (ObjState st : model.liveStates()) {
            long stored = model.stored(st);
            // JVM-wide statics' counts are the simulator's own (DESIGN.md §3): not reported.
            if (stored != st.trueCount && crash == null && !ObjectKinds.jvmStatic(st.object)) {
                Leak l = new Leak(sim.namer.describe(st.object), stored, st.trueCount);
                (stored > st.trueCount ? leaks : undercounts).add(l);
            }
            // JVM-wide statics are never freed; keep the VM's count of them the real one.
            if (ObjectKinds.jvmStatic(st.object)) st.object.refcnt = st.trueCount;
            st.object.machineState = null;
        }

        RunResult.Status status;
        RunOutcome.PythonError error = null;
        String resultRepr = null;
        if (crash != null) {
            status = RunResult.Status.CRASHED;
            error = Machine.stopError("SimulatedCrash", crash.kind() + ": " + crash.message());
        } else {
            switch (end) {
                case INTERRUPTED -> {
                    status = RunResult.Status.INTERRUPTED;
                    ThreadEvents.ThreadError raised = sim.threadEvents.errors.stream()
                            .filter(ThreadEvents.ThreadError::interrupt).findFirst().orElse(null);
                    error = raised != null ? raised.error() : Machine.stopError("KeyboardInterrupt", null);
                }
                case INSTRUCTION_LIMIT -> {
                    status = RunResult.Status.LIMIT;
                    error = Machine.stopError("RuntimeError", "the run was stopped after " + sim.totalInstructions
                            + " instructions (gilsim's instruction limit; %limit instructions=N to change it)");
                }
                case OUTPUT_LIMIT -> {
                    status = RunResult.Status.LIMIT;
                    error = Machine.stopError("RuntimeError", "the cell printed more than " + settings.limits().outputBytes()
                            + " bytes (gilsim's output limit; %limit output=N to change it)");
                }
                case TIME_LIMIT -> {
                    status = RunResult.Status.LIMIT;
                    error = Machine.stopError("RuntimeError", "the run took more than " + settings.limits().seconds()
                            + " real seconds (gilsim's safety net; %limit seconds=N to change it)");
                }
                case DEADLOCK -> {
                    status = RunResult.Status.DEADLOCK;
                    error = Machine.stopError("RuntimeError", deadlockMessage(sim));
                }
                default -> {
                    status = RunResult.Status.OK;
                    if (!sim.threadEvents.errors.isEmpty()) {
                        ThreadEvents.ThreadError first = sim.threadEvents.errors.get(0);
                        status = first.interrupt() ? RunResult.Status.INTERRUPTED : RunResult.Status.ERROR;
                        error = first.error();
                    }
                }
            }
        }

        List<SimThread> shown = new ArrayList<>();
        for (SimThread t : sim.threads) if (t.timelineRow != null) shown.add(t);
        boolean withSpeedup = status == RunResult.Status.OK || status == RunResult.Status.ERROR;
        List<Figures> figures = Results.perThread(shown, sim.costs, endPs, withSpeedup);
        Figures total = Results.total(figures, endPs, withSpeedup);
        TimelineData timeline = sim.timeline.snapshot(endPs);

        if (crash != null) {
            if (snapshot != null) snapshot.restore();
        } else {
            for (SimThread t : sim.threads) {
                if (!t.finished()) HostSupport.abort(t.interp.vm, t.ts);
            }
            if (status == RunResult.Status.OK && settings.threads() == 1) resultRepr = HostSupport.takeCellResult(session, main.ts);
            for (SimThread t : sim.threads) HostSupport.endThread(t.interp.vm, t.ts);
        }
        for (SimThread t : sim.threads) {
            t.ts.machineState = null;
            t.tag.thread = null;
            t.newborn.thread = null;
        }
        model.endRun();
        HostSupport.makeCurrent(session.vm());
        if (crash == null) HostSupport.runPendingFinalizers(session.vm(), session.limits());
        return new RunResult(status, settings, resultRepr, error, total, figures, crash, leaks, undercounts, timeline,
                watches, notes);
    }

    /**
     * A premature free whose object is still referenced when the threads have ended: the main
     * thread's next use of it (the namespace still holds it) touches freed memory.
     */
    private static Crash freedButStillHeld(Simulation sim, long endPs) {
        for (ObjState st : sim.model.crashes.earlyFrees) {
            if (!st.object.freed || st.trueCount <= 0) continue;
            String what = sim.namer.describe(st.object);
            String m = "When the threads ended, the " + what + " was still referenced (" + st.trueCount
                    + (st.trueCount == 1 ? " reference" : " references") + "), but " + st.freedBy.name + " had freed it at "
                    + Crashes.time(st.freedAt) + ": its count reached 0 in " + st.freedBy.name
                    + "'s own decrement while references were still held, after " + st.lostUpdates
                    + (st.lostUpdates == 1 ? " lost update" : " lost updates")
                    + " of its count. The main thread's next use of it is a use-after-free." + Crashes.CPYTHON_WOULD;
            return new Crash(Crash.USE_AFTER_FREE, what, "MainThread", Costs.ns(endPs), m, st.freedBy.name,
                    st.recentLost(what));
        }
        return null;
    }

    /**
     * What each waiting thread waits for, so that the cycle can be read off: real CPython would hang
     * here for ever; the machine stops instead.
     */
    static String deadlockMessage(Simulation sim) {
        List<String> waits = new ArrayList<>();
        for (SimThread t : sim.threads) {
            if (t.finished()) continue;
            String what = null;
            if (t.ts.blockedOn instanceof gilsim.vm.BlockingCall.Acquire a) {
                what = a.lock().owner == null ? "a lock" : "a lock held by " + nameOf(sim, a.lock().owner);
            } else if (t.ts.blockedOn instanceof gilsim.vm.BlockingCall.Join j) {
                what = "the end of " + nameOf(sim, j.thread());
            }
            if (what != null) waits.add(t.name + " waits for " + what);
        }
        return "deadlock: every thread is waiting and none can run" + (waits.isEmpty() ? "" : " (" + String.join("; ", waits) + ")")
                + ". Real CPython would hang here for ever; gilsim stops the run.";
    }

    private static String nameOf(Simulation sim, gilsim.vm.ThreadState ts) {
        for (SimThread t : sim.threads) if (t.ts == ts) return t.name;
        return "another thread";
    }
}
