package gilsim.vm;

/** filter(function or None, iterable): the items for which the function's result is true. */
final class FilterIterator extends PyIterator {
    private final PyObject func;
    private final PyObject inner;

    /** Takes a new reference to func; steals the iterator. */
    FilterIterator(Heap heap, PyObject func, PyObject inner) {
        this.func = func;
        this.inner = inner;
        heap.incref(func);
        Heap.track(this);
    }

    @Override
    public PyType type() { return Types.FILTER; }

    @Override
    boolean isSync() { return false; }

    @Override
    PyObject next(Vm vm) {
        return new IterNextFrame(vm.heap, "filter", this) {
            /** The candidate item (owned) while its test runs. */
            PyObject item;

            @Override
            protected PyObject step(Vm vm, PyObject input) {
                if (item != null) {
                    // input is the result of func(item)
                    boolean keep = Truth.isTrue(vm, input);
                    commit(vm);
                    PyObject it = item;
                    item = null;
                    if (keep) return it;
                    vm.heap.decref(it);
                } else if (input != null) {
                    if (input == Vm.EXHAUSTED) return Vm.EXHAUSTED;
                    PyObject r = test(vm, vm.heap.newRef(input));
                    if (r != null) return r;
                }
                while (true) {
                    PyObject next = Iteration.next(vm, inner);
                    if (next == Vm.PENDING) return Vm.PENDING;
                    if (next == null) return Vm.EXHAUSTED;
                    PyObject r = test(vm, next);
                    if (r != null) return r;
                }
            }

            /** Test an owned item: the item to return, PENDING while the test runs, or null to go on. */
            private PyObject test(Vm vm, PyObject candidate) {
                if (func == PyNone.NONE) {
                    boolean keep;
                    try {
                        keep = Truth.isTrue(vm, candidate);
                    } catch (RuntimeException e) {
                        vm.heap.decref(candidate);
                        throw e;
                    }
                    if (keep) return candidate;
                    vm.heap.decref(candidate);
                    return null;
                }
                item = candidate;
                PyObject r = vm.requestCall(func, new PyObject[] {candidate}, null);
                if (r == Vm.PENDING) return Vm.PENDING;
                boolean keep;
                try {
                    keep = Truth.isTrue(vm, r);
                } finally {
                    vm.heap.decref(r);
                }
                item = null;
                if (keep) return candidate;
                vm.heap.decref(candidate);
                return null;
            }

            @Override
            protected void release(Heap heap) {
                PyObject it = item;
                item = null;
                heap.xdecref(it);
                super.release(heap);
            }
        }.start(vm);
    }

    @Override
    protected void releaseContents(Heap heap) {
        heap.decref(func);
        heap.decref(inner);
    }

    @Override
    public void traverse(ReferenceVisitor visitor) {
        visitor.visit(func);
        visitor.visit(inner);
    }
}
