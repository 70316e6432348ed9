package gilsim.vm;

/** Methods of generators: send, close, __next__ (throw is outside gilsim's subset). */
final class GeneratorMethods {
    private GeneratorMethods() {}

    static void install() {
        PyType t = Types.GENERATOR;
        Builtins.method(t, "send", (vm, a, k) -> {
            ArgParser.method("generator.send", a, k).noKeywords().between(2, 2);
            int mode = vm.callReturnMode;
            PyGenerator g = (PyGenerator) a[0];
            return vm.pushNative(new SendFrame(vm.heap, g, a[1]), mode);
        });
        Builtins.method(t, "__next__", (vm, a, k) -> {
            int mode = vm.callReturnMode;
            return vm.pushNative(new BuiltinFunctions.NextFrame(vm.heap, a[0], null), mode);
        });
        Builtins.method(t, "close", (vm, a, k) -> {
            PyGenerator g = (PyGenerator) a[0];
            if (!g.needsClose()) {
                if (g.frame != null && !g.frame.exited && !g.running) {
                    g.frame.generator = null;
                    g.frame.exit(vm.heap);
                }
                return vm.heap.newRef(PyNone.NONE);
            }
            throw Errors.notImplemented("close() of a generator suspended inside try/with is not supported in gilsim's Python");
        });
        Builtins.method(t, "throw", (vm, a, k) -> {
            throw Errors.notImplemented("generator.throw() is not supported in gilsim's Python");
        });
    }

    /** gen.send(value): resumes with the value; exhaustion raises StopIteration. */
    static final class SendFrame extends NativeFrame {
        private final PyGenerator gen;
        private final PyObject value;

        SendFrame(Heap heap, PyGenerator gen, PyObject value) {
            super("send");
            this.gen = gen;
            this.value = value;
            heap.incref(gen);
            heap.incref(value);
        }

        @Override
        protected PyObject step(Vm vm, PyObject input) {
            if (!started) {
                started = true;
                PyObject r = gen.resume(vm, value, RET_ITER);
                if (r == null) throw Errors.stopIteration();
                return r;
            }
            if (input == Vm.EXHAUSTED) {
                PyObject v = gen.returnValue;
                if (v != null && v != PyNone.NONE) {
                    gen.returnValue = null;
                    PyRaise e = Errors.withArgs(Types.STOP_ITERATION, v);
                    vm.heap.decref(v);
                    throw e;
                }
                throw Errors.stopIteration();
            }
            return vm.heap.newRef(input);
        }

        @Override
        protected void release(Heap heap) {
            heap.decref(gen);
            heap.decref(value);
        }
    }
}
