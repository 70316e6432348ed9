package gilsim.vm;

/** Iterator over a dict's keys, values or items, in insertion order (dictiter_iternext*). */
final class DictIterator extends PyIterator {
    private PyDict dict;
    private final int kind;
    private int pos;
    private final int initialUsed;
    private int yielded;
    private final ResultTuple result;

    /** Takes a new reference to the dict. */
    DictIterator(Vm vm, PyDict dict, int kind) {
        this.dict = dict;
        this.kind = kind;
        this.initialUsed = dict.size();
        vm.heap.incref(dict);
        this.result = kind == DictView.ITEMS ? ResultTuple.of(vm, 2) : null;
        Heap.track(this);
    }

    @Override
    public PyType type() {
        return kind == DictView.KEYS ? Types.DICT_KEYITERATOR : kind == DictView.VALUES ? Types.DICT_VALUEITERATOR : Types.DICT_ITEMITERATOR;
    }

    @Override
    PyObject next(Vm vm) {
        PyDict d = dict;
        if (d == null) return null;
        if (d.size() != initialUsed) {
            throw Errors.runtime("dictionary changed size during iteration");
        }
        int e = d.nextEntry(pos);
        if (e < 0 || yielded >= initialUsed) {
            dict = null;
            vm.heap.decref(d);
            return null;
        }
        pos = e + 1;
        yielded++;
        if (kind == DictView.KEYS) return vm.heap.newRef(d.keyAt(e));
        if (kind == DictView.VALUES) return vm.heap.newRef(d.valueAt(e));
        return result.next(vm, new PyObject[] {vm.heap.newRef(d.keyAt(e)), vm.heap.newRef(d.valueAt(e))});
    }

    @Override
    long remaining() { return dict == null ? 0 : initialUsed - yielded; }

    @Override
    protected void releaseContents(Heap heap) {
        PyDict d = dict;
        dict = null;
        heap.xdecref(d);
        if (result != null) result.release(heap);
    }

    @Override
    public void traverse(ReferenceVisitor visitor) {
        if (dict != null) visitor.visit(dict);
    }

    @Override
    protected void clearReferences(Heap heap) { releaseContents(heap); }
}
