package gilsim.vm;

/**
 * threading.Thread (Lib/threading.py, reduced): a name ({@code Thread-N (target)} by default,
 * the counter persisting in the session), the target and its arguments — kept until run()
 * ends (FACTS.md §1.11) — and the {@link ThreadState} that runs it once started. Programs may
 * subclass it and override run().
 */
public final class PyThread extends PyInstance {
    String name;
    PyObject target;
    PyTuple args;
    PyDict kwargs;
    boolean daemon;
    boolean initialized;
    ThreadState state;
    long ident;

    PyThread(Vm vm, PyType type) {
        super(vm.heap, type);
    }

    /** The thread object of the main thread. */
    static PyThread mainThread(Vm vm, ThreadState ts) {
        PyThread t = new PyThread(vm, ModuleTypes.MAIN_THREAD);
        t.name = "MainThread";
        t.initialized = true;
        t.state = ts;
        t.ident = 140_000_000_000_000L;
        t.args = vm.heap.newRef(PyTuple.EMPTY);
        return t;
    }

    /** Thread.__init__(group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None). */
    static void init(Vm vm, PyObject[] a, String[] k) {
        PyThread t = (PyThread) a[0];
        ArgParser p = new ArgParser("Thread", a, k).keywords("group", "target", "name", "args", "kwargs", "daemon");
        if (p.npos > 6) throw Errors.type("Thread.__init__() takes from 1 to 6 positional arguments but " + p.npos + " were given");
        PyObject group = p.get(1, "group");
        if (group != null && group != PyNone.NONE) throw Errors.value("group argument must be None for now");
        PyObject target = p.get(2, "target");
        PyObject name = p.get(3, "name");
        PyObject args = p.get(4, "args");
        PyObject kwargs = p.get(5, "kwargs");
        PyObject daemon = p.kw("daemon");
        Heap h = vm.heap;
        if (name != null && name != PyNone.NONE) {
            t.name = Repr.str(vm, name);
        } else {
            t.name = "Thread-" + (++vm.threadCounter);
            if (target != null && target != PyNone.NONE) {
                PyObject tn = Attributes.find(vm, target, Names.NAME);
                if (tn instanceof PyStr s) t.name += " (" + s.value + ")";
                h.xdecref(tn);
            }
        }
        t.target = target != null && target != PyNone.NONE ? h.newRef(target) : null;
        t.args = args == null ? h.newRef(PyTuple.EMPTY) : (PyTuple) Iteration.toTuple(vm, args);
        t.kwargs = kwargs == null || kwargs == PyNone.NONE ? new PyDict() : DictOps.copy(vm, (PyDict) kwargs);
        t.daemon = daemon != null && daemon != PyNone.NONE && Truth.isTrue(vm, daemon);
        t.initialized = true;
    }

    static void install() {
        PyType t = ModuleTypes.THREAD;
        Builtins.method(t, "__init__", (vm, a, k) -> {
            init(vm, a, k);
            return vm.heap.newRef(PyNone.NONE);
        });
        Builtins.method(t, "start", (vm, a, k) -> {
            PyThread th = (PyThread) a[0];
            if (!th.initialized) throw Errors.runtime("thread.__init__() not called");
            if (th.state != null) throw Errors.runtime("threads can only be started once");
            th.start(vm);
            return vm.heap.newRef(PyNone.NONE);
        });
        Builtins.method(t, "run", (vm, a, k) -> {
            PyThread th = (PyThread) a[0];
            if (th.target == null) return vm.heap.newRef(PyNone.NONE);
            int mode = vm.callReturnMode;
            return vm.pushNative(new RunTarget(vm.heap, th), mode);
        });
        Builtins.method(t, "join", (vm, a, k) -> {
            PyThread th = (PyThread) a[0];
            if (a.length > 1 && a[1] != PyNone.NONE) {
                throw Errors.notImplemented("Thread.join(timeout) is not supported in gilsim's Python");
            }
            if (th.state == null) throw Errors.runtime("cannot join thread before it is started");
            if (th.state == vm.thread) throw Errors.runtime("cannot join current thread");
            if (!th.state.finished) {
                vm.thread.blockedOn = new BlockingCall.Join(th.state);
                vm.thread.attention = true;
            }
            return vm.heap.newRef(PyNone.NONE);
        });
        Builtins.method(t, "is_alive", (vm, a, k) -> {
            PyThread th = (PyThread) a[0];
            return PyBool.of(th.state != null && !th.state.finished);
        });
        Builtins.method(t, "getName", (vm, a, k) -> new PyStr(((PyThread) a[0]).name));
        Builtins.method(t, "__repr__", (vm, a, k) -> new PyStr(((PyThread) a[0]).repr()));
    }

    /** Start: a new thread of execution whose first frame runs self.run(). */
    void start(Vm vm) {
        ThreadState ts = new ThreadState(name);
        ts.threadObject = vm.heap.newRef(this);
        state = ts;
        ident = 140_000_000_000_000L + 0x1000L * (vm.threadCounterStarted++ + 1);
        Bootstrap boot = new Bootstrap(vm.heap, this);
        boot.returnMode = Frame.RET_THREAD;
        boot.ready = true;
        ts.top = boot;
        vm.host.started(ts);
    }

    PyObject attribute(Vm vm, String attr) {
        Heap h = vm.heap;
        switch (attr) {
            case "name": return new PyStr(name == null ? "" : name);
            case "ident": case "native_id": return state == null ? h.newRef(PyNone.NONE) : PyInt.of(ident);
            case "daemon": return PyBool.of(daemon);
            case "_target": return h.newRef(target == null ? PyNone.NONE : target);
            case "_args": return h.newRef(args == null ? PyTuple.EMPTY : args);
            case "_kwargs": return h.newRef(kwargs == null ? PyNone.NONE : kwargs);
            default: return null;
        }
    }

    String repr() {
        String status = state == null ? "initial" : state.finished ? "stopped " + ident : "started " + ident;
        if (daemon && state != null && !state.finished) status = "started daemon " + ident;
        return "<" + type().name + "(" + name + ", " + status + ")>";
    }

    /** What run() holds until it ends: `del self._target, self._args, self._kwargs`. */
    void dropTarget(Heap heap) {
        PyObject t = target;
        target = null;
        heap.xdecref(t);
        PyTuple a = args;
        args = null;
        heap.xdecref(a);
        PyDict k = kwargs;
        kwargs = null;
        heap.xdecref(k);
    }

    @Override
    protected void releaseContents(Heap heap) {
        dropTarget(heap);
        super.releaseContents(heap);
    }

    @Override
    public void traverse(ReferenceVisitor visitor) {
        super.traverse(visitor);
        if (target != null) visitor.visit(target);
        if (args != null) visitor.visit(args);
        if (kwargs != null) visitor.visit(kwargs);
    }

    /** Thread.run: self._target(*self._args, **self._kwargs), then drop them. */
    static final class RunTarget extends NativeFrame {
        private final PyThread thread;

        RunTarget(Heap heap, PyThread thread) {
            super("Thread.run");
            this.thread = thread;
            heap.incref(thread);
        }

        @Override
        protected PyObject step(Vm vm, PyObject input) {
            if (!started) {
                started = true;
                PyObject[] pos = thread.args.items;
                PyObject[] args = pos;
                String[] kw = null;
                if (thread.kwargs != null && thread.kwargs.size() > 0) {
                    PyDict d = thread.kwargs;
                    args = new PyObject[pos.length + d.size()];
                    System.arraycopy(pos, 0, args, 0, pos.length);
                    kw = new String[d.size()];
                    int i = 0;
                    for (int e = d.nextEntry(0); e >= 0; e = d.nextEntry(e + 1)) {
                        kw[i] = ((PyStr) d.keyAt(e)).value.intern();
                        args[pos.length + i++] = d.valueAt(e);
                    }
                }
                // run() is Python code: self._target is on its stack while the target runs.
                return vm.pushNative(new HeldCallFrame(vm.heap, thread.target, args, kw, new PyObject[0]), RET_STEP);
            }
            thread.dropTarget(vm.heap);
            return vm.heap.newRef(PyNone.NONE);
        }

        @Override
        protected PyObject stepException(Vm vm, PyRaise error) {
            thread.dropTarget(vm.heap);
            return super.stepException(vm, error);
        }

        @Override
        protected void release(Heap heap) {
            heap.decref(thread);
        }
    }

    /** _bootstrap_inner: run(), then report an uncaught exception as threading.excepthook does. */
    static final class Bootstrap extends NativeFrame {
        private final PyThread thread;

        Bootstrap(Heap heap, PyThread thread) {
            super("Thread._bootstrap");
            this.thread = thread;
            heap.incref(thread);
        }

        @Override
        protected PyObject step(Vm vm, PyObject input) {
            if (!started) {
                started = true;
                PyObject run = Attributes.get(vm, thread, Interned.str("run"));
                try {
                    PyObject r = vm.requestCall(run, new PyObject[0], null);
                    if (r == Vm.PENDING) return r;
                    vm.heap.decref(r);
                } finally {
                    vm.heap.decref(run);
                }
            }
            return vm.heap.newRef(PyNone.NONE);
        }

        @Override
        protected PyObject stepException(Vm vm, PyRaise error) {
            if (!error.matches(Types.SYSTEM_EXIT)) {
                vm.out.stderr("Exception in thread " + thread.name + ":\n" + Tracebacks.format(vm, error.exception));
            }
            return vm.heap.newRef(PyNone.NONE);
        }

        @Override
        protected void release(Heap heap) {
            heap.decref(thread);
        }
    }
}
