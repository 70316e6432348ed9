package gilsim.vm;

/** The old sequence protocol: iterate a class with {@code __getitem__} until IndexError. */
final class GetItemIterator extends PyIterator {
    private PyObject seq;
    private long index;

    GetItemIterator(Heap heap, PyObject seq) {
        this.seq = seq;
        heap.incref(seq);
        Heap.track(this);
    }

    @Override
    public PyType type() { return Types.ITERATOR; }

    @Override
    boolean isSync() { return false; }

    @Override
    PyObject next(Vm vm) {
        if (seq == null) return null;
        PyObject getitem = Arith.method(seq.type(), Names.GETITEM);
        return new IterNextFrame(vm.heap, "iterator", this) {
            @Override
            protected PyObject step(Vm vm, PyObject input) {
                if (!started) {
                    started = true;
                    PyInt i = PyInt.of(index);
                    try {
                        PyObject r = vm.requestCall(getitem, new PyObject[] {seq, i}, null);
                        if (r == Vm.PENDING) return r;
                        index++;
                        return r;
                    } finally {
                        vm.heap.decref(i);
                    }
                }
                index++;
                return vm.heap.newRef(input);
            }

            @Override
            protected PyObject stepException(Vm vm, PyRaise error) {
                if (error.matches(Types.INDEX_ERROR) || error.matches(Types.STOP_ITERATION)) {
                    PyObject s = seq;
                    seq = null;
                    vm.heap.decref(s);
                    return Vm.EXHAUSTED;
                }
                vm.heap.incref(error.exception);
                throw error;
            }
        }.start(vm);
    }

    @Override
    protected void releaseContents(Heap heap) {
        PyObject s = seq;
        seq = null;
        heap.xdecref(s);
    }

    @Override
    public void traverse(ReferenceVisitor visitor) {
        if (seq != null) visitor.visit(seq);
    }
}
