package gilsim.vm;

/**
 * A call made by C code that keeps references of its own while the callee runs: the argument
 * array that _PyStack_UnpackDict builds when keywords come from a dict (each argument +1), or
 * the method that slot_tp_init looked up. It holds them, runs the call, then drops them.
 */
final class HeldCallFrame extends NativeFrame {
    private final PyObject callable;
    private final PyObject[] args;
    private final String[] kwnames;
    private final PyObject[] held;

    /** held: the references to keep during the call (increfed here). */
    HeldCallFrame(Heap heap, PyObject callable, PyObject[] args, String[] kwnames, PyObject[] held) {
        super("call");
        this.callable = callable;
        this.args = args.clone();
        this.kwnames = kwnames;
        this.held = held.clone();
        heap.incref(callable);
        for (PyObject o : this.held) heap.incref(o);
    }

    @Override
    protected PyObject step(Vm vm, PyObject input) {
        if (!started) {
            started = true;
            PyObject r = vm.requestCall(callable, args, kwnames);
            if (r == Vm.PENDING) return r;
            return r;
        }
        return vm.heap.newRef(input);
    }

    @Override
    protected void release(Heap heap) {
        for (PyObject o : held) heap.decref(o);
        heap.decref(callable);
    }
}
