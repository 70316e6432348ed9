package gilsim.vm;

/** dict.keys(), dict.values(), dict.items(): live views of a dict. */
public final class DictView extends PyContainer {
    static final int KEYS = 0;
    static final int VALUES = 1;
    static final int ITEMS = 2;

    final PyDict dict;
    final int kind;

    /** Takes a new reference to the dict. */
    DictView(Heap heap, PyDict dict, int kind) {
        this.dict = dict;
        this.kind = kind;
        heap.incref(dict);
        Heap.track(this);
    }

    @Override
    public PyType type() {
        return kind == KEYS ? Types.DICT_KEYS : kind == VALUES ? Types.DICT_VALUES : Types.DICT_ITEMS;
    }

    @Override
    protected void releaseContents(Heap heap) {
        heap.decref(dict);
    }

    @Override
    public void traverse(ReferenceVisitor visitor) {
        visitor.visit(dict);
    }
}
