package gilsim.vm;

/**
 * Running {@code __del__} (PEP 442 tp_finalize) and closing abandoned generators, as frames.
 * The heap queues an object whose count reached zero instead of freeing it; at the next
 * instruction boundary the loop pushes one frame per queued object, in queue order (the last
 * pushed runs first, so objects freed by one finalizer are finalized before the next one, as
 * CPython's nested deallocs do). When the call returns, the dealloc continues — unless
 * {@code __del__} resurrected the object (stored a new reference to it).
 */
final class Finalizers {
    private Finalizers() {}

    static void schedule(Vm vm, ThreadState ts) {
        Heap heap = vm.heap;
        java.util.ArrayList<PyObject> batch = new java.util.ArrayList<>();
        while (heap.hasPendingFinalizers()) batch.add(heap.pendingFinalizers.pollFirst());
        for (int i = batch.size() - 1; i >= 0; i--) {
            PyObject o = batch.get(i);
            NativeFrame f = o instanceof PyGenerator g ? new CloseGenerator(g) : new CallDel((PyInstance) o);
            f.back = ts.top;
            f.returnMode = Frame.RET_DISCARD;
            f.ready = true;
            ts.top = f;
        }
    }

    /** "Exception ignored in: ..." on stderr (PyErr_WriteUnraisable). */
    static void reportIgnored(Vm vm, Frame from, PyRaise e) {
        String where = from instanceof PyFrame pf && pf.func != null
                ? "<function " + pf.func.qualname.value + " at " + ObjectRepr.address(vm, pf.func) + ">"
                : String.valueOf(from);
        vm.out.stderr("Exception ignored in: " + where + "\n" + Tracebacks.format(vm, e.exception));
        vm.heap.decref(e.exception);
    }

    /** slot_tp_finalize: call __del__ with the object temporarily resurrected. */
    static final class CallDel extends NativeFrame {
        private final PyInstance obj;

        CallDel(PyInstance obj) {
            super("__del__");
            this.obj = obj;
        }

        @Override
        protected PyObject step(Vm vm, PyObject input) {
            if (!started) {
                started = true;
                obj.finalized = true;
                obj.refcnt++; // resurrect for the call (PyObject_CallFinalizerFromDealloc)
                PyObject del = obj.type().lookup(Names.DEL);
                PyObject r = vm.requestCall(del, new PyObject[] {obj}, null);
                if (r == Vm.PENDING) return r;
                vm.heap.decref(r);
            }
            finish(vm);
            return vm.heap.newRef(PyNone.NONE);
        }

        @Override
        protected PyObject stepException(Vm vm, PyRaise error) {
            vm.heap.incref(error.exception);
            Finalizers.reportIgnored(vm, this, error);
            finish(vm);
            return vm.heap.newRef(PyNone.NONE);
        }

        private void finish(Vm vm) {
            obj.finalizerQueued = false;
            if (--obj.refcnt == 0) vm.heap.finishFinalizedDealloc(obj);
        }

        @Override
        public String toString() {
            PyObject del = obj.type().lookup(Names.DEL);
            return del instanceof PyFunction f ? "<function " + f.qualname.value + " at " + ObjectRepr.address(Vm.current, f) + ">"
                    : "<function " + obj.type().qualname + ".__del__>";
        }
    }

    /** gen.close() of a generator freed while suspended inside try/finally or with. */
    static final class CloseGenerator extends NativeFrame {
        private final PyGenerator gen;

        CloseGenerator(PyGenerator gen) {
            super("generator close");
            this.gen = gen;
        }

        @Override
        protected PyObject step(Vm vm, PyObject input) {
            if (!started) {
                started = true;
                gen.refcnt++;
                gen.resume(vm, PyNone.NONE, RET_ITER);
                PyFrame f = gen.frame;
                f.stack[--f.sp] = null; // the value sent in is replaced by the thrown GeneratorExit
                vm.heap.decref(PyNone.NONE);
                vm.interpreter.raiseIn(vm.thread, f, Errors.of(Types.GENERATOR_EXIT, null), true);
                return Vm.PENDING;
            }
            // The generator yielded instead of exiting.
            return fail(vm, Errors.runtime("generator ignored GeneratorExit"));
        }

        @Override
        protected PyObject stepException(Vm vm, PyRaise error) {
            if (error.matches(Types.GENERATOR_EXIT) || error.matches(Types.STOP_ITERATION)) {
                finish(vm);
                return vm.heap.newRef(PyNone.NONE);
            }
            vm.heap.incref(error.exception);
            return fail(vm, error);
        }

        private PyObject fail(Vm vm, PyRaise e) {
            Finalizers.reportIgnored(vm, this, e);
            finish(vm);
            return vm.heap.newRef(PyNone.NONE);
        }

        private void finish(Vm vm) {
            if (--gen.refcnt == 0) vm.heap.finishFinalizedDealloc(gen);
        }
    }
}
