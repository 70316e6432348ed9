package gilsim.vm;

/**
 * The with statement's two opcodes. BEFORE_WITH replaces the context manager on the stack by
 * its bound {@code __exit__} (so the manager has +1 for the whole body, FACTS.md §1.9) and
 * calls {@code __enter__}; WITH_EXCEPT_START calls {@code __exit__(type, value, tb)} when the
 * body raised. Python methods run as frames; the result is pushed when they return.
 */
final class With {
    private With() {}

    static PyObject beforeWith(Vm vm, PyFrame f) {
        Heap heap = vm.heap;
        PyObject mgr = f.stack[f.sp - 1];
        PyType t = mgr.type();
        PyObject enter = t.lookup(Names.ENTER);
        if (enter == null) {
            throw Errors.type("'" + t.name + "' object does not support the context manager protocol");
        }
        PyObject exit = t.lookup(Names.EXIT);
        if (exit == null) {
            throw Errors.type("'" + t.name + "' object does not support the context manager protocol (missed __exit__ method)");
        }
        PyObject boundExit = Attributes.bind(vm, exit, mgr, t);
        PyObject boundEnter = Attributes.bind(vm, enter, mgr, t);
        f.stack[f.sp - 1] = boundExit;
        heap.decref(mgr);
        if (!Calls.isPythonCallable(boundEnter)) {
            try {
                vm.callReturnMode = Frame.RET_PUSH;
                return Calls.call(vm, boundEnter, new PyObject[0], null);
            } finally {
                heap.decref(boundEnter);
            }
        }
        return vm.pushNative(new CallEnter(boundEnter), Frame.RET_PUSH);
    }

    /** Calls the bound __enter__ (held, like CPython's temporary `enter`) and returns its result. */
    private static final class CallEnter extends NativeFrame {
        private final PyObject enter;

        CallEnter(PyObject enter) {
            super("__enter__");
            this.enter = enter;
        }

        @Override
        protected PyObject step(Vm vm, PyObject input) {
            if (!started) {
                started = true;
                PyObject r = vm.requestCall(enter, new PyObject[0], null);
                if (r == Vm.PENDING) return r;
                return r;
            }
            return vm.heap.newRef(input);
        }

        @Override
        protected void release(Heap heap) {
            heap.decref(enter);
        }
    }

    /** WITH_EXCEPT_START: stack [exit, lasti, prev_exc, exc]; push exit(type(exc), exc, tb). */
    static PyObject exceptStart(Vm vm, PyFrame f) {
        PyObject exc = f.stack[f.sp - 1];
        PyObject exit = f.stack[f.sp - 4];
        PyObject tb = exc instanceof PyBaseException e && e.traceback != null ? e.traceback : PyNone.NONE;
        vm.callReturnMode = Frame.RET_PUSH;
        return Calls.call(vm, exit, new PyObject[] {exc.type(), exc, tb}, null);
    }
}
