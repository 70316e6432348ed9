package gilsim.vm;

/** time: sleep (a blocking call that releases the GIL) and clocks that read the simulated time. */
final class TimeModule {
    private TimeModule() {}

    static PyModule create(Vm vm) {
        PyModule m = new PyModule(vm, "time", true);
        SysModule.fn(vm, m, "sleep", (v, a, k) -> {
            new ArgParser("sleep", a, k).one();
            double secs = NumberOps.toDoubleArg(a[0], "sleep");
            if (secs < 0) throw Errors.value("sleep length must be non-negative");
            v.thread.blockedOn = new BlockingCall.Sleep(Math.round(secs * 1e9));
            v.thread.attention = true;
            return v.heap.newRef(PyNone.NONE);
        });
        NativeCode clock = (v, a, k) -> new PyFloat(v.host.nanoTime() / 1e9);
        SysModule.fn(vm, m, "perf_counter", clock);
        SysModule.fn(vm, m, "monotonic", clock);
        SysModule.fn(vm, m, "time", clock);
        SysModule.fn(vm, m, "process_time", clock);
        SysModule.fn(vm, m, "perf_counter_ns", (v, a, k) -> PyInt.of(v.host.nanoTime()));
        SysModule.fn(vm, m, "time_ns", (v, a, k) -> PyInt.of(v.host.nanoTime()));
        return m;
    }
}
