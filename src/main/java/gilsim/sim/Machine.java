package gilsim.sim;

import gilsim.lang.bytecode.CodeUnit;
import gilsim.sim.settings.DeferredMode;
import gilsim.sim.settings.GilMode;
import gilsim.sim.settings.RefcountMode;
import gilsim.sim.settings.Settings;
import gilsim.vm.HostSupport;
import gilsim.vm.OutputSink;
import gilsim.vm.PyDict;
import gilsim.vm.PyObject;
import gilsim.vm.RefcountModel;
import gilsim.vm.RunOutcome;
import gilsim.vm.Session;
import gilsim.vm.ThreadHost;
import gilsim.vm.ThreadState;
import gilsim.vm.Vm;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * The simulated machine: runs a cell's compiled code on simulated cores under the settings' GIL and
 * refcount models (DESIGN.md §4) and returns the run's result. The one entry point the kernel calls.
 *
 * <p>{@code %threads 1} runs the code in MainThread, as a script does; {@code %threads N} runs it in
 * N threads T0..T(N-1) that share the session's globals (under a per-interpreter GIL each in its own
 * interpreter, from a copy of the namespace). Code may start more threads with threading.Thread.
 *
 * <p>A simulated crash leaves the session as it was before the cell (DESIGN.md §3): the session is
 * snapshotted before the run ({@link SessionSnapshot}) and put back when the run crashes. An
 * interrupted or failing run keeps what it did, as IPython does.
 */
public final class Machine {
    /** 3.13t: interpreters whose deferred objects were immortalized by a first extra thread. */
    private static final Map<Vm, Boolean> IMMORTALIZED = Collections.synchronizedMap(new WeakHashMap<>());

    private Machine() {}

    /**
     * Runs {@code code} (compiled from {@code source}, used for tracebacks; may be null) in the
     * session under {@code settings}. Output reaches {@code listener} in simulated-time order.
     */
    public static RunResult run(Session session, CodeUnit code, String source, Settings settings,
                                MachineListener listener) {
        Vm vm = session.vm();
        HostSupport.beginCell(session, code, source);
        // Only plain counts without a GIL can crash; only then is the session snapshotted.
        SessionSnapshot snapshot = settings.refcount() == RefcountMode.PLAIN && settings.gil() == GilMode.OFF
                ? SessionSnapshot.take(session) : null;
        Interpreters interpreters = Interpreters.build(session, settings, code, source);
        List<Interp> interps = interpreters.interps;
        Crashes crashes = new Crashes(new ObjectNamer(vm, session.globals()));
        MachineRefcounts model = RefcountModels.create(settings, new Costs(settings.costs()), crashes);
        Simulation sim = new Simulation(settings, interps, model, listener);
        sim.namer = new ObjectNamer(interps.get(0).vm, interps.get(0).globals);
        sim.threadEvents.session = session;
        if (settings.deferred() == DeferredMode.IMMORTALIZE_AT_FIRST_THREAD && IMMORTALIZED.containsKey(vm)) {
            model.deferredImmortalized = true;
        }
        for (Interp in : interps) model.namespaces.add(in.globals);
        MachineHost host = new MachineHost(sim);
        List<Installed> saved = new ArrayList<>();
        for (Interp in : interps) {
            saved.add(new Installed(in.vm, in.vm.host, in.vm.out, in.vm.heap.model()));
            in.vm.host = host;
            in.vm.out = sim.output;
            in.vm.heap.setModel(model);
        }
        List<String> notes = new ArrayList<>(interpreters.notes);
        SimThread main = startThreads(sim, settings, code, interps);
        if (model instanceof BiasedCounts) markPreexisting(model, main, interps.get(0));
        if (!settings.watch().isEmpty()) {
            sim.watcher = new Watcher(sim, settings.watch());
            sim.watcher.refresh();
            // Names bound later in the run are watched from their binding (the first interpreter's namespace).
            interps.get(0).vm.bindings = sim.watcher;
        }
        long deadline = System.nanoTime() + (long) (settings.limits().seconds() * 1e9);
        Simulation.End end;
        try {
            end = sim.run(settings.limits().instructions(), deadline);
        } finally {
            sim.output.flushAll();
            for (Installed s : saved) {
                s.vm.host = s.host;
                s.vm.out = s.out;
                s.vm.bindings = null;
            }
        }
        if (model.deferredImmortalized && settings.deferred() == DeferredMode.IMMORTALIZE_AT_FIRST_THREAD) {
            IMMORTALIZED.put(vm, Boolean.TRUE);
            notes.add("3.13t: top-level functions, code objects, modules and classes became immortal when the"
                    + " first extra thread started (free-threading HOWTO, \"Immortalization\").");
        }
        return Teardown.finish(session, settings, sim, main, end, snapshot, notes);
    }

    /**
     * The cell's threads: MainThread alone, or T0..T(N-1) with a main thread that waits for them.
     * The main thread compiled the cell and sets its threads up, so what that allocates (the code
     * objects and their constants, the thread objects) carries its newborn mark: under biased
     * counting it owns them (PEP 703's ob_tid), whichever thread counts them first.
     */
    private static SimThread startThreads(Simulation sim, Settings settings, CodeUnit code, List<Interp> interps) {
        Newborn setup = new Newborn(null, sim.model.run);
        PyObject.allocationTag = setup;
        try {
            SimThread main = cellThreads(sim, settings, code, interps);
            setup.thread = main;
            main.newborn = setup;
            return main;
        } finally {
            PyObject.allocationTag = null;
        }
    }

    private static SimThread cellThreads(Simulation sim, Settings settings, CodeUnit code, List<Interp> interps) {
        Interp first = interps.get(0);
        if (settings.threads() == 1) {
            ThreadState ts = HostSupport.cellThread(first.vm, first.globals, code, HostSupport.MAIN_THREAD);
            SimThread main = sim.newThread(ts, first, true, true);
            main.startsHoldingGil = true;
            sim.threadEvents.startCellThread(main, 0);
            return main;
        }
        SimThread main = sim.newThread(new ThreadState(HostSupport.MAIN_THREAD), first, false, false);
        main.activity = Activity.BLOCKED_LOCK;
        for (int i = 0; i < settings.threads(); i++) {
            Interp in = interps.get(settings.gil() == GilMode.PER_INTERPRETER ? i : 0);
            ThreadState ts = HostSupport.cellThread(in.vm, in.globals, code, "T" + i);
            SimThread t = sim.newThread(ts, in, true, true);
            sim.threadEvents.startCellThread(t, sim.jitter.around(sim.costs.wakeup, Jitter.WAKEUP_SPREAD));
        }
        sim.model.threadStarted(sim.threads);
        return main;
    }

    /**
     * Objects that exist when the run starts were created by the main thread (in earlier cells):
     * under biased counting it owns them (PEP 703: the owner is the allocating thread).
     */
    private static void markPreexisting(MachineRefcounts model, SimThread main, Interp in) {
        ArrayDeque<PyObject> todo = new ArrayDeque<>();
        todo.add(in.globals);
        todo.add(in.vm.builtins);
        PyDict globals = in.globals;
        while (!todo.isEmpty()) {
            PyObject o = todo.pollLast();
            Object s = o.machineState;
            if (s == main.tag || s == model.IMMORTAL || s == model.DEFERRED) continue;
            model.markOwned(o, main);
            o.traverse(x -> {
                if (x != null) todo.add(x);
            });
        }
        if (globals.machineState != main.tag) model.markOwned(globals, main);
    }

    /** What a run replaced in an interpreter, put back afterwards. */
    record Installed(Vm vm, ThreadHost host, OutputSink out, RefcountModel model) {}

    /** The Python error of a run stopped by the machine (limit, deadlock, interrupt). */
    static RunOutcome.PythonError stopError(String ename, String message) {
        String text = message == null ? ename + "\n" : ename + ": " + message + "\n";
        return new RunOutcome.PythonError(ename, message == null ? "" : message, List.of(), text);
    }
}
