package gilsim.vm;

/** sys: getrefcount, getswitchinterval/setswitchinterval, recursion limit, stdout/stderr. */
final class SysModule {
    private SysModule() {}

    static PyModule create(Vm vm) {
        PyModule m = new PyModule(vm, "sys", true);
        fn(vm, m, "getrefcount", (v, a, k) -> {
            new ArgParser("getrefcount", a, k).one();
            // The argument is borrowed from the caller's stack: its slot is part of the count.
            return PyInt.of(v.heap.model().refcount(a[0]));
        });
        fn(vm, m, "getswitchinterval", (v, a, k) -> {
            new ArgParser("getswitchinterval", a, k).none();
            return new PyFloat(v.host.switchIntervalNanos() / 1e9);
        });
        fn(vm, m, "setswitchinterval", (v, a, k) -> {
            new ArgParser("setswitchinterval", a, k).one();
            double secs = NumberOps.toDoubleArg(a[0], "setswitchinterval");
            if (secs <= 0) throw Errors.value("switch interval must be strictly positive");
            v.host.setSwitchIntervalNanos(Math.max(1, Math.round(secs * 1e9)));
            return v.heap.newRef(PyNone.NONE);
        });
        fn(vm, m, "getrecursionlimit", (v, a, k) -> PyInt.of(v.limits.recursionLimit));
        fn(vm, m, "setrecursionlimit", (v, a, k) -> {
            new ArgParser("setrecursionlimit", a, k).one();
            long n = ArgParser.toLong(a[0], "setrecursionlimit");
            if (n < 1) throw Errors.value("recursion limit must be greater or equal than 1");
            if (n > 100_000) throw Errors.value("gilsim's recursion limit is at most 100000");
            v.limits.recursionLimit = (int) n;
            return v.heap.newRef(PyNone.NONE);
        });
        fn(vm, m, "intern", (v, a, k) -> {
            new ArgParser("intern", a, k).one();
            if (!(a[0] instanceof PyStr s)) throw Errors.type("intern() argument must be str, not " + a[0].type().name);
            return Interned.strRef(v, s.value);
        });
        fn(vm, m, "exit", (v, a, k) -> {
            throw Errors.withArgs(Types.SYSTEM_EXIT, a.length > 0 ? a[0] : PyNone.NONE);
        });
        fn(vm, m, "getsizeof", (v, a, k) -> {
            throw Errors.notImplemented("sys.getsizeof is not available in gilsim's Python");
        });
        set(vm, m, "stdout", new PyStream(false));
        set(vm, m, "stderr", new PyStream(true));
        set(vm, m, "version", new PyStr("3.11.7 (gilsim)"));
        set(vm, m, "maxsize", PyInt.of(Long.MAX_VALUE));
        set(vm, m, "platform", new PyStr("gilsim"));
        PyList argv = new PyList();
        PyStr empty = new PyStr("");
        argv.append(vm, empty);
        vm.heap.decref(empty);
        set(vm, m, "argv", argv);
        set(vm, m, "version_info", PyTuple.steal(vm.heap, new PyObject[] {PyInt.of(3), PyInt.of(11), PyInt.of(7),
            new PyStr("final"), PyInt.of(0)}));
        return m;
    }

    static void fn(Vm vm, PyModule m, String name, NativeCode code) {
        m.set(vm, name, PyBuiltin.function(m.name, name, code));
    }

    /** Bind a value created for the module (the module keeps the only reference). */
    static void set(Vm vm, PyModule m, String name, PyObject v) {
        m.set(vm, name, v);
        vm.heap.decref(v);
    }
}
