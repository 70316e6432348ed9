package gilsim.vm;

/**
 * simio — gilsim's teaching module for blocking I/O. {@code simio.io_wait(ms)} blocks the
 * calling thread for ms milliseconds of simulated time, as a read from a socket or a disk would,
 * releasing the GIL meanwhile (Py_BEGIN_ALLOW_THREADS); {@code simio.read(ms)} does the same and
 * returns the str {@code "data"}. They exist only in gilsim (CPython has no such module).
 */
final class SimioModule {
    private SimioModule() {}

    static PyModule create(Vm vm) {
        PyModule m = new PyModule(vm, "simio", true);
        SysModule.fn(vm, m, "io_wait", (v, a, k) -> {
            block(v, a, k, "io_wait");
            return v.heap.newRef(PyNone.NONE);
        });
        SysModule.fn(vm, m, "read", (v, a, k) -> {
            block(v, a, k, "read");
            return new PyStr("data");
        });
        return m;
    }

    private static void block(Vm vm, PyObject[] a, String[] k, String name) {
        ArgParser p = new ArgParser(name, a, k).keywords("ms");
        PyObject ms = p.get(0, "ms");
        double millis = ms == null ? 1.0 : NumberOps.toDoubleArg(ms, name);
        if (millis < 0) throw Errors.value(name + "() duration must be non-negative");
        vm.thread.blockedOn = new BlockingCall.Io(Math.round(millis * 1e6));
        vm.thread.attention = true;
    }
}
