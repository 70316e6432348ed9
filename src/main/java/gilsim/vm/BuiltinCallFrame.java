package gilsim.vm;

/**
 * A call of a built-in made from a native frame, when the built-in needs Python results
 * (e.g. {@code str} as a key function on objects with {@code __str__}): the built-in runs as
 * this frame's step, so that the step — not the caller's — is re-run when the results arrive.
 */
final class BuiltinCallFrame extends NativeFrame {
    private final PyObject callable;
    private final PyObject[] args;
    private final String[] kwnames;

    BuiltinCallFrame(Heap heap, PyObject callable, PyObject[] args, String[] kwnames) {
        super("call");
        this.callable = callable;
        this.args = args.clone();
        this.kwnames = kwnames;
        heap.incref(callable);
        for (PyObject a : this.args) heap.incref(a);
    }

    @Override
    protected PyObject step(Vm vm, PyObject input) {
        if (started) return vm.heap.newRef(input);
        vm.callReturnMode = RET_STEP;
        PyObject r = Calls.call(vm, callable, args, kwnames);
        started = true;
        return r;
    }

    @Override
    protected void release(Heap heap) {
        heap.decref(callable);
        for (PyObject a : args) heap.decref(a);
    }
}
