package gilsim.vm;

import java.util.HashMap;
import java.util.Map;

/**
 * The modules a program can import: gilsim's own sys, threading, time, gc and simio, created
 * on first import and kept for the session. Any other module is outside gilsim's Python.
 */
final class ModuleRegistry {
    private final Vm vm;
    private final Map<String, PyModule> loaded = new HashMap<>();

    ModuleRegistry(Vm vm) {
        this.vm = vm;
    }

    /** IMPORT_NAME: a new reference to the module. */
    PyObject importModule(String name, int line) {
        PyModule m = loaded.get(name);
        if (m == null) {
            m = create(name, line);
            loaded.put(name, m);
        }
        vm.heap.incref(m);
        return m;
    }

    PyModule get(String name) {
        return loaded.get(name);
    }

    private PyModule create(String name, int line) {
        switch (name) {
            case "sys": return SysModule.create(vm);
            case "threading": return ThreadingModule.create(vm);
            case "time": return TimeModule.create(vm);
            case "gc": return GcModule.create(vm);
            case "simio": return SimioModule.create(vm);
            default:
                throw Errors.notImplemented("module '" + name + "' is not available in gilsim's Python (line " + line
                        + "); it offers sys, threading, time, gc and simio");
        }
    }

    /** Register a module under a name (the kernel's __main__). */
    void put(String name, PyModule m) {
        loaded.put(name, m);
    }
}
