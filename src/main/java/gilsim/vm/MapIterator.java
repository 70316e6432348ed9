package gilsim.vm;

/** map(function, *iterables): each item is a call of the function, run as a frame. */
final class MapIterator extends PyIterator {
    private final PyObject func;
    private final PyObject[] inners;

    /** Takes a new reference to func; steals the iterators. */
    MapIterator(Heap heap, PyObject func, PyObject[] inners) {
        this.func = func;
        this.inners = inners;
        heap.incref(func);
        Heap.track(this);
    }

    @Override
    public PyType type() { return Types.MAP; }

    @Override
    boolean isSync() { return false; }

    @Override
    PyObject next(Vm vm) {
        final PyObject[] args = new PyObject[inners.length];
        return new IterNextFrame(vm.heap, "map", this) {
            int k;
            boolean calling;

            @Override
            protected PyObject step(Vm vm, PyObject input) {
                if (calling) return vm.heap.newRef(input);
                if (input != null) {
                    if (input == Vm.EXHAUSTED) return exhausted(vm);
                    args[k++] = vm.heap.newRef(input);
                }
                while (k < inners.length) {
                    PyObject item = Iteration.next(vm, inners[k]);
                    if (item == Vm.PENDING) return Vm.PENDING;
                    if (item == null) return exhausted(vm);
                    args[k++] = item;
                }
                calling = true;
                return vm.requestCall(func, args, null);
            }

            private PyObject exhausted(Vm vm) {
                for (int j = 0; j < k; j++) vm.heap.decref(args[j]);
                k = 0;
                return Vm.EXHAUSTED;
            }

            @Override
            protected void release(Heap heap) {
                for (int j = 0; j < k; j++) heap.xdecref(args[j]);
                k = 0;
                super.release(heap);
            }
        }.start(vm);
    }

    @Override
    protected void releaseContents(Heap heap) {
        heap.decref(func);
        for (PyObject i : inners) heap.decref(i);
    }

    @Override
    public void traverse(ReferenceVisitor visitor) {
        visitor.visit(func);
        for (PyObject i : inners) visitor.visit(i);
    }
}
