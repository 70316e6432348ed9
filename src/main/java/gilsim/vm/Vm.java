package gilsim.vm;

import java.util.IdentityHashMap;

/**
 * One simulated interpreter: its heap, builtins, modules, limits and output, and the services
 * Java code uses to call back into Python without recursing in Java: {@link #pushFrame},
 * {@link #pushNative}, {@link #requestCall} (from a native frame) and {@link #callInline}
 * (from a step that is pure up to its calls, see {@link ReplayMemo}).
 */
public final class Vm {
    /** Returned by a call whose result a pushed frame will deliver later. */
    public static final PyObject PENDING = new Sentinel("PENDING");
    /** Delivered in place of an item when an iterator is exhausted. */
    public static final PyObject EXHAUSTED = new Sentinel("EXHAUSTED");

    /** The VM being run (for key hashing in gilsim.vm.table, which has no VM parameter). */
    static Vm current;

    public final Heap heap;
    public final Limits limits;
    public final Interpreter interpreter;
    final ModuleRegistry modules;
    /** Source text of cells and files, for tracebacks. */
    public final SourceRegistry sources = new SourceRegistry();
    public PyDict builtins;
    public OutputSink out;
    public ThreadHost host;
    /** Told of every STORE_NAME/STORE_GLOBAL binding while set (the machine's %watch), else null. */
    public BindingListener bindings;
    /** The thread being run. */
    ThreadState thread;
    /** How frames pushed by the callee being invoked return (set right before invoking). */
    int callReturnMode = Frame.RET_PUSH;
    /** References C code holds across calls it makes (list.index's item...): see NeedCall.held. */
    final java.util.ArrayList<PyObject> held = new java.util.ArrayList<>();
    /** Containers whose repr is being built (guard against self-reference). */
    final IdentityHashMap<PyObject, Boolean> reprActive = new IdentityHashMap<>();
    private final IdentityHashMap<PyObject, Long> ids = new IdentityHashMap<>();
    private long nextId = 0x7f3a00001000L;
    /** Set from another Java thread to stop the run with KeyboardInterrupt. */
    volatile boolean interruptRequested;
    /** threading's counter for default names "Thread-N (target)"; persists in the session. */
    int threadCounter;
    /** Threads started so far (for their ident numbers). */
    int threadCounterStarted;
    private PyThread mainThreadObject;

    public Vm(Heap heap, Limits limits, OutputSink out, ThreadHost host) {
        this.heap = heap;
        this.limits = limits;
        this.out = out;
        this.host = host;
        Heap.current = heap;
        current = this;
        this.interpreter = new Interpreter(this);
        this.modules = new ModuleRegistry(this);
        this.builtins = Builtins.createDict(this);
    }

    /** The thread being run (the caller of a built-in). */
    public ThreadState thread() { return thread; }

    /** id(o): gilsim's own stable identifier (an address-like number). */
    public long id(PyObject o) {
        Long v = ids.get(o);
        if (v == null) {
            v = nextId;
            nextId += 0x30;
            ids.put(o, v);
        }
        return v;
    }

    /** Forget the id of a freed object (its address may be reused, as in CPython). */
    void forgetId(PyObject o) {
        ids.remove(o);
    }

    /** Push a Python frame that returns in the given mode; returns PENDING. */
    PyObject pushFrame(PyFrame frame, int mode) {
        ThreadState ts = thread;
        if (ts.depth + 1 > limits.recursionLimit) {
            frame.exit(heap);
            throw Errors.recursion("maximum recursion depth exceeded");
        }
        frame.back = ts.top;
        frame.returnMode = mode;
        ts.depth += frame.depthCost;
        ts.top = frame;
        return PENDING;
    }

    /** Push a native continuation that returns in the given mode; returns PENDING. */
    PyObject pushNative(NativeFrame frame, int mode) {
        ThreadState ts = thread;
        if (frame.depthCost > 0 && ts.depth + frame.depthCost > limits.recursionLimit) {
            frame.release(heap);
            throw Errors.recursion("maximum recursion depth exceeded while calling a Python object");
        }
        frame.back = ts.top;
        frame.returnMode = mode;
        frame.ready = true;
        ts.depth += frame.depthCost;
        ts.top = frame;
        return PENDING;
    }

    /**
     * From a native frame's step: call and hand the result to that frame. Returns the result
     * (a new reference) when the callee finished at once (a built-in), else PENDING.
     */
    public PyObject requestCall(PyObject callable, PyObject[] args, String[] kwnames) {
        callReturnMode = Frame.RET_STEP;
        if (Calls.isPythonCallable(callable)) return Calls.call(this, callable, args, kwnames);
        try {
            return Calls.call(this, callable, args, kwnames);
        } catch (NeedCall nc) {
            // The built-in needs Python results: give it its own frame, whose step can re-run.
            return pushNative(new BuiltinCallFrame(heap, callable, args, kwnames), Frame.RET_STEP);
        }
    }

    /**
     * From Java code in the middle of a step: the result of calling callable (borrowed: valid
     * until the step ends). The first time, a Python callee is not run here: NeedCall makes the
     * loop run it as a frame and re-run the step (see {@link ReplayMemo}).
     */
    public PyObject callInline(PyObject callable, PyObject[] args, String[] kwnames, String depthWhere) {
        ThreadState ts = thread;
        Frame act = ts.top;
        ReplayMemo memo = act.memo;
        if (Calls.isPythonCallable(callable)) {
            if (memo != null && memo.hasNext()) return outcome(memo.next());
            if (ts.depth + 1 > limits.recursionLimit) {
                throw Errors.recursion("maximum recursion depth exceeded" + (depthWhere == null ? "" : depthWhere));
            }
            throw new NeedCall(callable, args, kwnames, depthWhere, heldWith(callable));
        }
        if (memo != null && memo.hasNext() && memo.peek() instanceof ReplayMemo.Slot slot) {
            memo.next();
            return outcome(slot.value);
        }
        callReturnMode = Frame.RET_MEMO;
        PyObject r = Calls.call(this, callable, args, kwnames);
        if (memo == null) {
            memo = new ReplayMemo();
            act.memo = memo;
            ts.attention = true;
        }
        if (r == PENDING) {
            memo.addSlot();
            throw new NeedCall(null, args, kwnames, depthWhere, null);
        }
        memo.keep(r);
        return r;
    }

    /** The references to hold during a call from C: those held now, and the looked-up callable. */
    private PyObject[] heldWith(PyObject callable) {
        PyObject[] h = new PyObject[held.size() + 1];
        for (int i = 0; i < held.size(); i++) h[i] = held.get(i);
        h[held.size()] = callable;
        return h;
    }

    /**
     * Py_INCREF(o) around a piece of C code that may call Python (list_contains holds each item
     * while comparing it): the reference is also held while such a call's frame runs.
     */
    public <T> T holding(PyObject o, java.util.function.Supplier<T> body) {
        heap.incref(o);
        held.add(o);
        try {
            return body.get();
        } finally {
            held.remove(held.size() - 1);
            heap.decref(o);
        }
    }

    /** A recorded outcome: the result (borrowed) or the exception, thrown again. */
    private PyObject outcome(Object o) {
        if (o instanceof PyRaise r) {
            heap.incref(r.exception);
            PyRaise again = new PyRaise(r.exception);
            again.chained = true;
            throw again;
        }
        return (PyObject) o;
    }

    /** RETURN_VALUE: the frame is done; its value goes to whoever called it. */
    void returnFrom(ThreadState ts, PyFrame f, PyObject value) {
        ts.top = f.back;
        ts.depth -= f.depthCost;
        Frame back = f.back;
        int mode = f.returnMode;
        if (f.generator != null) {
            PyObject r = f.generator.returned(this, ts, value);
            f.exit(heap);
            interpreter.deliver(ts, back, mode, r);
            return;
        }
        f.exit(heap);
        interpreter.deliver(ts, back, mode, value);
    }

    /** A new exception raised while another is handled gets it as __context__ (_PyErr_SetObject). */
    PyRaise newlyRaised(ThreadState ts, PyRaise e) {
        if (e.chained) return e;
        e.chained = true;
        setContext(ts, e.exception);
        return e;
    }

    void setContext(ThreadState ts, PyBaseException value) {
        PyBaseException handled = ExcItem.topmost(ts.excInfo);
        if (handled == null || handled == value) return;
        // Avoid a cycle through the context chain (Floyd's algorithm in CPython).
        PyBaseException o = handled;
        while (o.context != null) {
            if (o.context == value) {
                o.setContext(heap, null);
                break;
            }
            o = o.context;
        }
        value.setContext(heap, handled);
    }

    /** A long built-in did size-dependent work (reported to the machine as one step). */
    void workDone(long units) {
        if (host != null && thread != null) host.builtinWork(thread, "builtin", units);
        if (interruptRequested && units > 0) checkInterrupt();
    }

    /** Raise KeyboardInterrupt if an interrupt was requested (long built-ins call this). */
    void checkInterrupt() {
        if (interruptRequested) {
            interruptRequested = false;
            throw Errors.of(Types.KEYBOARD_INTERRUPT, null);
        }
    }

    public void requestInterrupt() { interruptRequested = true; }

    /** Read and clear the interrupt request. */
    boolean consumeInterrupt() {
        if (!interruptRequested) return false;
        interruptRequested = false;
        return true;
    }

    /** The threading object of the main thread. */
    PyThread mainThreadObject() {
        if (mainThreadObject == null) mainThreadObject = PyThread.mainThread(this, null);
        return mainThreadObject;
    }

    /** Thread objects of the threads alive now (threading.enumerate). */
    java.util.List<PyObject> liveThreads() {
        java.util.List<PyObject> r = new java.util.ArrayList<>();
        r.add(mainThreadObject());
        if (host instanceof SequentialHost sh) {
            for (ThreadState t : sh.liveThreads()) {
                if (t.threadObject != null && t.threadObject != mainThreadObject) r.add(t.threadObject);
            }
        }
        return r;
    }

    /** Write to stdout (print). */
    void writeOut(String s) { out.stdout(s); }
}
