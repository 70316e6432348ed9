package gilsim.vm;

import gilsim.lang.bytecode.CodeUnit;

/**
 * What a scheduler other than {@link SequentialHost} — the simulated machine of {@code gilsim.sim}
 * — needs from the VM to run a cell: threads whose first frame is the cell's module code (the
 * {@code %threads N} threads T0..T(N-1), or MainThread), the cell's result and uncaught exception,
 * interrupts, unwinding after an aborted run, and the end-of-cell clean-up that
 * {@link Session#runCell} does for its own host. Everything here is what runCell does, cut into
 * the pieces a multi-threaded host calls at its own times.
 *
 * <p>Added by the simulator (issue 4) as a separate facade so as not to edit Session while the VM
 * is being finished; the VM may fold it into Session.
 */
public final class HostSupport {
    private HostSupport() {}

    /** The name of the thread a one-thread cell runs in (threading.main_thread()). */
    public static final String MAIN_THREAD = "MainThread";

    /** Before a cell runs: its source for tracebacks, the objects-limit baseline, no stale interrupt. */
    public static void beginCell(Session session, CodeUnit unit, String source) {
        Vm vm = session.vm();
        makeCurrent(vm);
        if (source != null) vm.sources.register(unit.filename(), source);
        session.limits().objectsBaseline = Heap.liveObjects();
        vm.interruptRequested = false;
    }

    /** The interpreter whose heap new objects join and whose hashing dicts use (between runs). */
    public static void makeCurrent(Vm vm) {
        Heap.current = vm.heap;
        Vm.current = vm;
    }

    /**
     * A thread whose first frame runs {@code unit} as module code in {@code globals} (locals are the
     * globals, as at a module's top level). Named {@link #MAIN_THREAD} it is the main thread
     * ({@code threading.current_thread()} is the main thread object); any other name gets a
     * {@code threading.Thread} object of that name, already started.
     */
    public static ThreadState cellThread(Vm vm, PyDict globals, CodeUnit unit, String name) {
        ThreadState ts = new ThreadState(name);
        if (MAIN_THREAD.equals(name)) {
            ts.threadObject = vm.heap.newRef(vm.mainThreadObject());
            vm.mainThreadObject().state = ts;
        } else {
            PyThread t = new PyThread(vm, ModuleTypes.THREAD);
            t.name = name;
            t.initialized = true;
            t.state = ts;
            t.ident = 140_000_000_000_000L + 0x1000L * (vm.threadCounterStarted++ + 1);
            t.args = vm.heap.newRef(PyTuple.EMPTY);
            ts.threadObject = t;
        }
        PyCode code = PyCode.of(unit);
        PyFrame frame = new PyFrame(vm.heap, code, null, globals, vm.builtins, globals);
        vm.heap.decref(code);
        frame.returnMode = Frame.RET_THREAD;
        ts.top = frame;
        ts.depth = 1;
        return ts;
    }

    /** The repr of the cell's final expression (SET_RESULT), or null; drops the reference. */
    public static String takeCellResult(Session session, ThreadState ts) {
        PyObject r = ts.cellResult;
        ts.cellResult = null;
        if (r == null) return null;
        Vm vm = session.vm();
        String repr = r == PyNone.NONE ? null : session.pythonText(r, true);
        vm.heap.decref(r);
        return repr;
    }

    /** Whether the thread ended with an uncaught KeyboardInterrupt. */
    public static boolean endedByInterrupt(ThreadState ts) {
        return ts.uncaught != null && ts.uncaught.exception.type().isSubtypeOf(Types.KEYBOARD_INTERRUPT);
    }

    /**
     * The exception that ended the thread as a Python traceback (as Session.runCell reports it), or
     * null; drops the reference. {@code textSession} runs a user-defined {@code __str__} of the
     * exception; without one (another interpreter's thread) the built-in message is used.
     */
    public static RunOutcome.PythonError takeUncaught(Vm vm, Session textSession, ThreadState ts) {
        if (ts.uncaught == null) return null;
        PyBaseException e = ts.uncaught.exception;
        ts.uncaught = null;
        RunOutcome.PythonError err = Session.describe(vm, e, textSession != null && textSession.vm() == vm ? textSession : null);
        vm.heap.decref(e);
        return err;
    }

    /** After a thread has finished or was aborted: drop its result and its thread object. */
    public static void endThread(Vm vm, ThreadState ts) {
        if (ts.result != null) {
            vm.heap.decref(ts.result);
            ts.result = null;
        }
        if (ts.cellResult != null) {
            vm.heap.decref(ts.cellResult);
            ts.cellResult = null;
        }
        vm.heap.xdecref(ts.threadObject);
        ts.threadObject = null;
    }

    /** Raise KeyboardInterrupt in the thread at its current instruction (Kernel > Interrupt). */
    public static void interrupt(Vm vm, ThreadState ts) {
        if (ts.top != null) vm.interpreter.inject(ts, Errors.of(Types.KEYBOARD_INTERRUPT, null));
    }

    /** Whether Session.requestInterrupt() asked the running cell to stop (Kernel > Interrupt). */
    public static boolean interruptRequested(Vm vm) {
        return vm.interruptRequested;
    }

    /** Unwind every frame of a thread whose run was stopped, releasing what they hold. */
    public static void abort(Vm vm, ThreadState ts) {
        while (ts.top != null) {
            Frame f = ts.top;
            ts.top = f.back;
            if (f instanceof PyFrame pf) {
                if (pf.generator == null) pf.exit(vm.heap);
            } else {
                ((NativeFrame) f).release(vm.heap);
            }
        }
        ts.blockedOn = null;
    }

    /** Run the {@code __del__}s queued when no thread was running (by the end of a cell). */
    public static void runPendingFinalizers(Vm vm, Limits limits) {
        ThreadHost saved = vm.host;
        SequentialHost host = new SequentialHost();
        host.attach(vm);
        vm.host = host;
        try {
            int guard = 0;
            while (vm.heap.hasPendingFinalizers() && guard++ < 1000) {
                // The finalizer frames are the thread's only frames: when the last returns, it ends.
                // (A native frame below them would wait for a result they never deliver.)
                ThreadState ts = new ThreadState(MAIN_THREAD);
                Finalizers.schedule(vm, ts);
                host.run(ts, () -> false, limits.maxInstructions);
            }
        } finally {
            vm.host = saved;
        }
    }

    /** Whether a thread started with threading.Thread(daemon=True) (the run does not wait for it). */
    public static boolean isDaemon(ThreadState ts) {
        return ts.threadObject instanceof PyThread pt && pt.daemon;
    }

    /** Whether a str is one of the interned (identifier) strings shared JVM-wide. */
    public static boolean isInterned(PyStr s) {
        return s.interned;
    }
}
