package gilsim.vm;

/**
 * A built-in that consumes an iterable ({@code list(it)}, {@code sum}, {@code min}, {@code "".join},
 * ...), as a native frame: items from a generator or a map arrive as frame results, items from
 * a built-in container are taken in a loop within one step (one long, uninterruptible C call in
 * CPython). {@link #accept} may call Python ({@code __add__}, {@code __lt__}, {@code __hash__})
 * through callInline: the item being accepted is kept so the step can be re-run.
 */
abstract class Consumer extends NativeFrame {
    private PyObject iterator;
    /** The item being accepted (owned), kept across a re-run of the step. */
    private PyObject current;
    private boolean finishing;
    private long count;

    /** Steals the reference to the iterator. */
    Consumer(String name, PyObject iterator) {
        super(name);
        this.iterator = iterator;
    }

    /** Take one item (borrowed); return false to stop early (any/all). */
    protected abstract boolean accept(Vm vm, PyObject item);

    /** The result (a new reference), or PENDING after pushing a frame whose result is the result. */
    protected abstract PyObject finish(Vm vm);

    @Override
    protected final PyObject step(Vm vm, PyObject input) {
        if (finishing) return vm.heap.newRef(input);
        if (input == Vm.EXHAUSTED) return done(vm);
        if (input != null && current == null) current = vm.heap.newRef(input);
        while (true) {
            if (current != null) {
                boolean more = accept(vm, current);
                commit(vm);
                PyObject c = current;
                current = null;
                vm.heap.decref(c);
                if (!more) return done(vm);
                if ((++count & 0xFFFF) == 0) vm.checkInterrupt();
            }
            PyObject item = Iteration.next(vm, iterator);
            if (item == Vm.PENDING) return item;
            if (item == null) return done(vm);
            current = item;
        }
    }

    private PyObject done(Vm vm) {
        vm.workDone(count);
        PyObject it = iterator;
        iterator = null;
        vm.heap.decref(it);
        PyObject r = finish(vm);
        if (r == Vm.PENDING) finishing = true;
        return r;
    }

    @Override
    protected void release(Heap heap) {
        PyObject it = iterator;
        iterator = null;
        heap.xdecref(it);
        PyObject c = current;
        current = null;
        heap.xdecref(c);
    }

    /** Push a consumer of iterable (iter() is taken here) returning in the caller's mode. */
    static PyObject start(Vm vm, java.util.function.Function<PyObject, Consumer> make, PyObject iterable) {
        int mode = vm.callReturnMode;
        PyObject it = Iteration.getIter(vm, iterable);
        return vm.pushNative(make.apply(it), mode);
    }
}
