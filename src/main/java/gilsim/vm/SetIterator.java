package gilsim.vm;

/** Iterator over a set in table order (setiter_iternext). */
final class SetIterator extends PyIterator {
    private PySet set;
    private int pos;
    private final int initialUsed;

    SetIterator(Heap heap, PySet set) {
        this.set = set;
        this.initialUsed = set.size();
        heap.incref(set);
        Heap.track(this);
    }

    @Override
    public PyType type() { return Types.SET_ITERATOR; }

    @Override
    PyObject next(Vm vm) {
        PySet s = set;
        if (s == null) return null;
        if (s.size() != initialUsed) {
            set = null;
            vm.heap.decref(s);
            throw Errors.runtime("Set changed size during iteration");
        }
        int j = s.nextSlot(pos);
        if (j < 0) {
            set = null;
            vm.heap.decref(s);
            return null;
        }
        pos = j + 1;
        return vm.heap.newRef(s.keyAt(j));
    }

    @Override
    protected void releaseContents(Heap heap) {
        PySet s = set;
        set = null;
        heap.xdecref(s);
    }

    @Override
    public void traverse(ReferenceVisitor visitor) {
        if (set != null) visitor.visit(set);
    }

    @Override
    protected void clearReferences(Heap heap) { releaseContents(heap); }
}
