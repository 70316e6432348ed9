package gilsim.vm;

/** zip(*iterables): tuples of the i-th items, until the shortest is exhausted. */
final class ZipIterator extends PyIterator {
    private final PyObject[] inners;
    private boolean done;
    private final ResultTuple result;

    /** Steals the references to the iterators. */
    ZipIterator(Vm vm, PyObject[] inners) {
        this.inners = inners;
        this.result = ResultTuple.of(vm, inners.length);
        Heap.track(this);
    }

    @Override
    public PyType type() { return Types.ZIP; }

    @Override
    boolean isSync() {
        for (PyObject i : inners) if (!Iteration.isSyncIterator(i)) return false;
        return true;
    }

    @Override
    PyObject next(Vm vm) {
        if (done || inners.length == 0) return null;
        if (isSync()) {
            PyObject[] items = new PyObject[inners.length];
            for (int k = 0; k < inners.length; k++) {
                PyObject item = Iteration.next(vm, inners[k]);
                if (item == null) {
                    for (int j = 0; j < k; j++) vm.heap.decref(items[j]);
                    done = true;
                    return null;
                }
                items[k] = item;
            }
            return result.next(vm, items);
        }
        final PyObject[] items = new PyObject[inners.length];
        return new IterNextFrame(vm.heap, "zip", this) {
            int k;

            @Override
            protected PyObject step(Vm vm, PyObject input) {
                if (input != null) {
                    if (input == Vm.EXHAUSTED) return exhausted(vm);
                    items[k++] = vm.heap.newRef(input);
                }
                while (k < inners.length) {
                    PyObject item = Iteration.next(vm, inners[k]);
                    if (item == Vm.PENDING) return Vm.PENDING;
                    if (item == null) return exhausted(vm);
                    items[k++] = item;
                }
                return result.next(vm, items.clone());
            }

            private PyObject exhausted(Vm vm) {
                for (int j = 0; j < k; j++) vm.heap.decref(items[j]);
                k = 0;
                done = true;
                return Vm.EXHAUSTED;
            }
        }.start(vm);
    }

    @Override
    protected void releaseContents(Heap heap) {
        for (PyObject i : inners) heap.decref(i);
        result.release(heap);
    }

    @Override
    public void traverse(ReferenceVisitor visitor) {
        for (PyObject i : inners) visitor.visit(i);
        result.traverse(visitor);
    }
}
