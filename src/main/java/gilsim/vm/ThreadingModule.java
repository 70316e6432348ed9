package gilsim.vm;

/** threading: Thread, Lock, current_thread, main_thread, active_count, enumerate, get_ident. */
final class ThreadingModule {
    private ThreadingModule() {}

    static PyModule create(Vm vm) {
        PyModule m = new PyModule(vm, "threading", true);
        m.set(vm, "Thread", ModuleTypes.THREAD);
        m.set(vm, "Lock", ModuleTypes.LOCK);
        m.set(vm, "RLock", PyBuiltin.function("threading", "RLock", (v, a, k) -> {
            throw Errors.notImplemented("threading.RLock is not available in gilsim's Python; use threading.Lock");
        }));
        SysModule.fn(vm, m, "current_thread", (v, a, k) -> v.heap.newRef(current(v)));
        SysModule.fn(vm, m, "main_thread", (v, a, k) -> v.heap.newRef(v.mainThreadObject()));
        SysModule.fn(vm, m, "get_ident", (v, a, k) -> PyInt.of(((PyThread) current(v)).ident));
        SysModule.fn(vm, m, "active_count", (v, a, k) -> PyInt.of(v.liveThreads().size()));
        SysModule.fn(vm, m, "enumerate", (v, a, k) -> {
            java.util.List<PyObject> ts = v.liveThreads();
            PyObject[] items = new PyObject[ts.size()];
            for (int i = 0; i < items.length; i++) items[i] = v.heap.newRef(ts.get(i));
            return new PyList(items, items.length);
        });
        return m;
    }

    static PyObject current(Vm vm) {
        PyObject t = vm.thread.threadObject;
        return t != null ? t : vm.mainThreadObject();
    }
}
