package gilsim.vm;

/** gc: collect() finds and frees unreachable cycles ({@link GarbageCollector}). */
final class GcModule {
    private GcModule() {}

    static PyModule create(Vm vm) {
        PyModule m = new PyModule(vm, "gc", true);
        SysModule.fn(vm, m, "collect", (v, a, k) -> {
            new ArgParser("collect", a, k).keywords("generation").between(0, 1);
            return GarbageCollector.collect(v);
        });
        SysModule.fn(vm, m, "enable", (v, a, k) -> v.heap.newRef(PyNone.NONE));
        SysModule.fn(vm, m, "disable", (v, a, k) -> v.heap.newRef(PyNone.NONE));
        SysModule.fn(vm, m, "isenabled", (v, a, k) -> PyBool.of(true));
        return m;
    }
}
