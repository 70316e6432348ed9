package gilsim.vm;

import gilsim.lang.bytecode.CodeUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * A session of the kernel (or one run of a file): a namespace ({@code __main__}) and a heap that
 * persist across cells, run single-threaded on the {@link SequentialHost}. The lead's kernel
 * calls {@link #runCell} per cell, {@link #requestInterrupt} from its interrupt handler (any
 * Java thread), and the introspection methods for completion and inspection.
 */
public final class Session {
    private final Limits limits;
    private Vm vm;
    private SequentialHost host;
    private PyModule main;
    private final SwitchableSink sink = new SwitchableSink();

    public Session() {
        this(new Limits());
    }

    public Session(Limits limits) {
        this.limits = limits;
        start();
    }

    private void start() {
        Heap heap = new Heap();
        Heap.current = heap;
        host = new SequentialHost();
        vm = new Vm(heap, limits, sink, host);
        host.attach(vm);
        main = new PyModule(vm, "__main__", false);
        vm.modules.put("__main__", main);
        // The collector's counts as CPython 3.11 has them when a script starts (after its
        // startup imports): gc.get_count() == (262, 0, 2). Approximate, as the numbers of GC
        // allocations of later statements are.
        heap.genCount[0] = 262;
        heap.genCount[1] = 0;
        heap.genCount[2] = 2;
    }

    public Vm vm() { return vm; }

    public Limits limits() { return limits; }

    /** The globals of the session (the __main__ namespace). */
    public PyDict globals() { return main.dict; }

    /** Fresh namespace and heap; thread names start again at Thread-1. */
    public void reset() {
        start();
    }

    /** Ask the running cell to stop with KeyboardInterrupt (safe from any Java thread). */
    public void requestInterrupt() {
        vm.requestInterrupt();
    }

    /** Run compiled code in __main__. {@code source} (may be null) provides traceback lines. */
    public RunOutcome runCell(CodeUnit unit, String source, OutputSink out) {
        Heap.current = vm.heap;
        Vm.current = vm;
        sink.target = out;
        if (source != null) vm.sources.register(unit.filename(), source);
        limits.objectsBaseline = Heap.liveObjects();
        vm.interruptRequested = false;
        ThreadState ts = prepare(unit, "MainThread");
        vm.mainThreadObject().state = ts;
        long before = ts.instructions;
        SequentialHost.Outcome outcome;
        try {
            outcome = host.run(ts, vm::consumeInterrupt, limits.maxInstructions);
        } catch (RuntimeException | StackOverflowError e) {
            // A broken invariant of the simulator (our bug, not the program's): report it
            // plainly and keep the session usable.
            abort(ts);
            String message = "gilsim internal error (please report it): " + e;
            return new RunOutcome(RunOutcome.Status.ERROR, null,
                    new RunOutcome.PythonError("SystemError", message, List.of(), "SystemError: " + message + "\n"),
                    ts.instructions - before);
        }
        RunOutcome result;
        if (outcome == SequentialHost.Outcome.INSTRUCTION_LIMIT) {
            abort(ts);
            result = limitOutcome("the run was stopped after " + limits.maxInstructions
                    + " instructions (gilsim's instruction limit; %limit instructions=N to change it)", ts);
        } else if (outcome == SequentialHost.Outcome.DEADLOCK) {
            abort(ts);
            result = limitOutcome("deadlock: every thread is waiting (for a lock or a join) and none can run", ts);
        } else if (ts.uncaught != null) {
            PyBaseException e = ts.uncaught.exception;
            RunOutcome.Status st = e.type().isSubtypeOf(Types.KEYBOARD_INTERRUPT)
                    ? RunOutcome.Status.INTERRUPTED : RunOutcome.Status.ERROR;
            result = new RunOutcome(st, null, describe(vm, e, this), ts.instructions - before);
            vm.heap.decref(e);
            ts.uncaught = null;
        } else {
            String repr = null;
            PyObject r = ts.cellResult;
            ts.cellResult = null;
            if (r != null) {
                if (r != PyNone.NONE) repr = pythonText(r, true);
                vm.heap.decref(r);
            }
            result = new RunOutcome(RunOutcome.Status.OK, repr, null, ts.instructions - before);
        }
        if (ts.result != null) {
            vm.heap.decref(ts.result);
            ts.result = null;
        }
        runPendingFinalizers();
        vm.heap.xdecref(ts.threadObject);
        ts.threadObject = null;
        return result;
    }

    /**
     * A thread ready to run compiled code in __main__ (its first frame pushed, nothing run):
     * what the machine drives with {@link Interpreter#run}. Named "MainThread" it is the main
     * thread; any other name gives it a threading.Thread object of that name (%threads N's
     * T0..T(N-1)).
     */
    public ThreadState prepare(CodeUnit unit, String threadName) {
        Heap.current = vm.heap;
        Vm.current = vm;
        ThreadState ts = new ThreadState(threadName);
        if (threadName.equals("MainThread")) {
            ts.threadObject = vm.heap.newRef(vm.mainThreadObject());
        } else {
            // A thread of %threads N: threading.current_thread().name is its name.
            PyThread t = new PyThread(vm, ModuleTypes.THREAD);
            t.name = threadName;
            t.initialized = true;
            t.args = vm.heap.newRef(PyTuple.EMPTY);
            t.state = ts;
            t.ident = 140_000_000_000_000L + 0x1000L * (++vm.threadCounterStarted);
            ts.threadObject = t;
        }
        PyCode code = PyCode.of(unit);
        PyFrame frame = new PyFrame(vm.heap, code, null, main.dict, vm.builtins, main.dict);
        vm.heap.decref(code);
        frame.returnMode = Frame.RET_THREAD;
        ts.top = frame;
        ts.depth = 1;
        return ts;
    }

    /** Where output goes for threads driven directly (not through runCell). */
    public void setOutput(OutputSink out) {
        sink.target = out;
    }

    private RunOutcome limitOutcome(String message, ThreadState ts) {
        String text = "RuntimeError: " + message + "\n";
        return new RunOutcome(RunOutcome.Status.LIMIT, null,
                new RunOutcome.PythonError("RuntimeError", message, List.of(), text), ts.instructions);
    }

    /** Unwind every frame of an aborted run, releasing what they hold. */
    private void abort(ThreadState ts) {
        while (ts.top != null) {
            Frame f = ts.top;
            ts.top = f.back;
            if (f instanceof PyFrame pf) {
                if (pf.generator == null) pf.exit(vm.heap);
            } else {
                ((NativeFrame) f).release(vm.heap);
            }
        }
        host.reset();
    }

    /**
     * An exception as a Python traceback in both printers' forms. {@code textSession} runs a
     * user-defined {@code __str__} of the exception as Python code; without one (another
     * interpreter's thread) the built-in message is used. Each exception's str() runs once.
     */
    static RunOutcome.PythonError describe(Vm vm, PyBaseException e, Session textSession) {
        java.util.function.Function<PyBaseException, String> message = x -> {
            if (textSession != null && x.type().heapType && Arith.method(x.type(), Names.STR) != null) {
                return textSession.pythonText(x, false);
            }
            return Tracebacks.builtinMessage(vm, x);
        };
        java.util.Map<PyBaseException, String> messages = new java.util.IdentityHashMap<>();
        java.util.function.Function<PyBaseException, String> messageOnce = x -> messages.computeIfAbsent(x, message);
        String text = Tracebacks.format(vm, e, messageOnce);
        String moduleText = Tracebacks.format(vm, e, messageOnce, TracebackStyle.TRACEBACK_MODULE);
        PyType t = e.type();
        String name = "builtins".equals(t.module) || "__main__".equals(t.module) ? t.qualname : t.module + "." + t.qualname;
        return new RunOutcome.PythonError(name, messageOnce.apply(e), Tracebacks.entries(vm, e), text, moduleText);
    }

    /** repr() or str() of an object, running its Python method as frames on a helper thread. */
    public String pythonText(PyObject o, boolean repr) {
        ThreadState ts = new ThreadState("MainThread");
        NativeFrame f = new NativeFrame(repr ? "repr" : "str") {
            @Override
            protected PyObject step(Vm vm, PyObject input) {
                return new PyStr(repr ? Repr.repr(vm, o) : Repr.str(vm, o));
            }
        };
        f.returnMode = Frame.RET_THREAD;
        ts.top = f;
        host.run(ts, vm::consumeInterrupt, limits.maxInstructions);
        if (ts.result instanceof PyStr s) {
            vm.heap.decref(s);
            return s.value;
        }
        if (ts.uncaught != null) {
            String msg = "<exception in " + (repr ? "__repr__" : "__str__") + ": "
                    + Tracebacks.headline(vm, ts.uncaught.exception, Tracebacks.builtinMessage(vm, ts.uncaught.exception)) + ">";
            vm.heap.decref(ts.uncaught.exception);
            return msg;
        }
        return ObjectRepr.repr(vm, o);
    }

    /** Finalizers queued when nothing was running (e.g. by the end of a cell). */
    private void runPendingFinalizers() {
        int guard = 0;
        while (vm.heap.hasPendingFinalizers() && guard++ < 1000) {
            ThreadState ts = new ThreadState("MainThread");
            NativeFrame f = new NativeFrame("finalizers") {
                @Override
                protected PyObject step(Vm vm, PyObject input) {
                    if (!started) {
                        started = true;
                        Finalizers.schedule(vm, vm.thread);
                        return Vm.PENDING;
                    }
                    return vm.heap.newRef(PyNone.NONE);
                }
            };
            f.returnMode = Frame.RET_THREAD;
            ts.top = f;
            host.run(ts, vm::consumeInterrupt, limits.maxInstructions);
            if (ts.result != null) vm.heap.decref(ts.result);
        }
    }

    // --- introspection for completion and inspect -------------------------------------------

    /** Names bound in the namespace, sorted. */
    public List<String> globalNames() {
        List<String> names = new ArrayList<>();
        Introspection.addKeys(main.dict, names);
        names.sort(null);
        return names;
    }

    /** Names of builtins (for completion). */
    public List<String> builtinNames() {
        List<String> names = new ArrayList<>();
        Introspection.addKeys(vm.builtins, names);
        names.removeIf(n -> n.startsWith("__"));
        names.sort(null);
        return names;
    }

    /** The object a dotted name refers to ("shared", "shared.append"), without running code; null if none. */
    public PyObject lookup(String dotted) {
        String[] parts = dotted.split("\\.");
        PyObject o = main.dict.getStr(Interned.str(parts[0]));
        if (o == null) o = vm.builtins.getStr(Interned.str(parts[0]));
        for (int i = 1; o != null && i < parts.length; i++) {
            PyObject next = staticAttribute(o, parts[i]);
            o = next;
        }
        return o;
    }

    private PyObject staticAttribute(PyObject o, String name) {
        PyStr n = Interned.str(name);
        if (o instanceof PyModule m) return m.dict.getStr(n);
        if (o instanceof PyInstance inst && inst.dict != null) {
            PyObject v = inst.dict.getStr(n);
            if (v != null) return v;
        }
        PyType t = o instanceof PyType pt ? pt : o.type();
        return t.lookup(n);
    }

    /** Attribute names of the object a dotted name refers to (for "shared.ap" -> append). */
    public List<String> attributeNames(String dotted) {
        PyObject o = lookup(dotted);
        if (o == null) return List.of();
        return Introspection.attributeNames(vm, o);
    }

    /** Type, repr and reference count of a named object, for inspect (name?); null if unbound. */
    public ObjectInfo inspect(String dotted) {
        PyObject o = lookup(dotted);
        if (o == null) return null;
        long refcnt = vm.heap.model().refcount(o);
        return new ObjectInfo(dotted, o.type().name, pythonText(o, true), refcnt);
    }

    /** What inspect shows about an object. refcount is the stored count (sys.getrefcount(x) - 1). */
    public record ObjectInfo(String name, String typeName, String repr, long refcount) {}

    /** Output goes to the sink of the cell being run. */
    private static final class SwitchableSink implements OutputSink {
        OutputSink target;

        @Override
        public void stdout(String text) {
            if (target != null) target.stdout(text);
        }

        @Override
        public void stderr(String text) {
            if (target != null) target.stderr(text);
        }
    }
}
