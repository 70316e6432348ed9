package gilsim.vm;

/** enumerate(iterable, start): (index, item) tuples. */
final class EnumerateIterator extends PyIterator {
    private final PyObject inner;
    private long count;
    private final ResultTuple result;

    /** Steals the reference to inner (an iterator). */
    EnumerateIterator(Vm vm, PyObject inner, long start) {
        this.inner = inner;
        this.count = start;
        this.result = ResultTuple.of(vm, 2);
        Heap.track(this);
    }

    @Override
    public PyType type() { return Types.ENUMERATE; }

    @Override
    boolean isSync() { return Iteration.isSyncIterator(inner); }

    @Override
    PyObject next(Vm vm) {
        if (Iteration.isSyncIterator(inner)) {
            PyObject item = Iteration.next(vm, inner);
            if (item == null) return null;
            return wrap(vm, item);
        }
        return new IterNextFrame(vm.heap, "enumerate", this) {
            @Override
            protected PyObject step(Vm vm, PyObject input) {
                if (input == null) {
                    PyObject item = Iteration.next(vm, inner);
                    if (item == Vm.PENDING) return Vm.PENDING;
                    if (item == null) return Vm.EXHAUSTED;
                    return wrap(vm, item);
                }
                if (input == Vm.EXHAUSTED) return Vm.EXHAUSTED;
                return wrap(vm, vm.heap.newRef(input));
            }
        }.start(vm);
    }

    /** (count, item), stealing the item reference. */
    private PyObject wrap(Vm vm, PyObject item) {
        return result.next(vm, new PyObject[] {PyInt.of(count++), item});
    }

    @Override
    protected void releaseContents(Heap heap) {
        heap.decref(inner);
        result.release(heap);
    }

    @Override
    public void traverse(ReferenceVisitor visitor) {
        visitor.visit(inner);
        result.traverse(visitor);
    }
}
