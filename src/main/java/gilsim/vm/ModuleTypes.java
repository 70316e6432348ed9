package gilsim.vm;

/** The types of gilsim's built-in modules: threading.Lock, threading.Thread, sys.stdout's type. */
final class ModuleTypes {
    static final PyType LOCK = PyType.builtin("lock", Types.OBJECT_TYPE, PyType.Layout.NATIVE);
    static final PyType THREAD = PyType.builtin("Thread", Types.OBJECT_TYPE, PyType.Layout.THREAD);
    static final PyType MAIN_THREAD = PyType.builtin("_MainThread", THREAD, PyType.Layout.THREAD);
    static final PyType TEXT_IO = PyType.builtin("TextIOWrapper", Types.OBJECT_TYPE, PyType.Layout.NATIVE);

    static {
        LOCK.module = "_thread";
        THREAD.module = "threading";
        THREAD.subclassable = true;
        MAIN_THREAD.module = "threading";
        TEXT_IO.module = "_io";
    }

    private ModuleTypes() {}

    static void install() {
        LOCK.constructor = (vm, a, k) -> new PyLock();
        Builtins.method(LOCK, "acquire", (vm, a, k) -> {
            ArgParser p = ArgParser.method("lock.acquire", a, k).keywords("blocking", "timeout");
            PyObject blocking = p.get(1, "blocking");
            PyObject timeout = p.get(2, "timeout");
            if (timeout != null && !(timeout instanceof PyInt i && i.value == -1)) {
                throw Errors.notImplemented("Lock.acquire(timeout=...) is not supported in gilsim's Python");
            }
            return PyBool.of(acquire(vm, (PyLock) a[0], blocking == null || Truth.isTrue(vm, blocking)));
        });
        Builtins.method(LOCK, "release", (vm, a, k) -> {
            release(vm, (PyLock) a[0]);
            return vm.heap.newRef(PyNone.NONE);
        });
        Builtins.method(LOCK, "locked", (vm, a, k) -> PyBool.of(((PyLock) a[0]).locked()));
        Builtins.method(LOCK, "__enter__", (vm, a, k) -> PyBool.of(acquire(vm, (PyLock) a[0], true)));
        Builtins.method(LOCK, "__exit__", (vm, a, k) -> {
            release(vm, (PyLock) a[0]);
            return vm.heap.newRef(PyNone.NONE);
        });
        Builtins.method(TEXT_IO, "write", (vm, a, k) -> {
            ArgParser.method("lock.write", a, k).noKeywords().between(2, 2);
            if (!(a[1] instanceof PyStr s)) throw Errors.type("write() argument must be str, not " + a[1].type().name);
            ((PyStream) a[0]).write(vm, s.value);
            return PyInt.of(s.length());
        });
        Builtins.method(TEXT_IO, "flush", (vm, a, k) -> vm.heap.newRef(PyNone.NONE));
        PyThread.install();
    }

    /** Lock.acquire: take a free lock, or block until the scheduler hands it over. */
    static boolean acquire(Vm vm, PyLock lock, boolean blocking) {
        ThreadState ts = vm.thread;
        if (lock.owner == null) {
            lock.owner = ts;
            vm.host.lockAcquired(lock);
            return true;
        }
        if (!blocking) return false;
        ts.blockedOn = new BlockingCall.Acquire(lock);
        ts.attention = true;
        return true;
    }

    static void release(Vm vm, PyLock lock) {
        if (lock.owner == null) throw Errors.runtime("release unlocked lock");
        lock.owner = null;
        vm.host.lockReleased(lock);
    }
}
