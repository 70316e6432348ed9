package gilsim.vm;

/** gc: collect(), the thresholds and counts of the generational collector ({@link GarbageCollector}). */
final class GcModule {
    private GcModule() {}

    static PyModule create(Vm vm) {
        PyModule m = new PyModule(vm, "gc", true);
        SysModule.fn(vm, m, "collect", (v, a, k) -> {
            ArgParser p = new ArgParser("collect", a, k).keywords("generation");
            PyObject g = p.get(0, "generation");
            long gen = g == null ? 2 : ArgParser.toLong(g, "collect");
            if (gen < 0 || gen > 2) throw Errors.value("invalid generation");
            return GarbageCollector.collect(v, (int) gen);
        });
        SysModule.fn(vm, m, "enable", (v, a, k) -> {
            v.heap.gcEnabled = true;
            return v.heap.newRef(PyNone.NONE);
        });
        SysModule.fn(vm, m, "disable", (v, a, k) -> {
            v.heap.gcEnabled = false;
            return v.heap.newRef(PyNone.NONE);
        });
        SysModule.fn(vm, m, "isenabled", (v, a, k) -> PyBool.of(v.heap.gcEnabled));
        SysModule.fn(vm, m, "get_count", (v, a, k) -> PyTuple.steal(v.heap, new PyObject[] {
            PyInt.of(v.heap.genCount[0]), PyInt.of(v.heap.genCount[1]), PyInt.of(v.heap.genCount[2])}));
        SysModule.fn(vm, m, "get_threshold", (v, a, k) -> PyTuple.steal(v.heap, new PyObject[] {
            PyInt.of(v.heap.threshold[0]), PyInt.of(v.heap.threshold[1]), PyInt.of(v.heap.threshold[2])}));
        SysModule.fn(vm, m, "set_threshold", (v, a, k) -> {
            new ArgParser("set_threshold", a, k).noKeywords().between(1, 3);
            for (int i = 0; i < a.length; i++) v.heap.threshold[i] = ArgParser.toInt(a[i]);
            return v.heap.newRef(PyNone.NONE);
        });
        return m;
    }
}
