package gilsim.vm;

import gilsim.vm.table.SetTable;
import java.util.IdentityHashMap;

/**
 * set and frozenset: CPython 3.11's table ({@link SetTable}, a port of Objects/setobject.c by
 * gilsim.vm.table) holding references. The set owns one reference per key; operations that
 * add keys incref them, removals decref them, in table order where CPython iterates the table.
 */
public final class PySet extends PyContainer {
    public final boolean frozen;
    SetTable<PyObject> table;
    /** Cached hash of a frozenset; -1 = not computed. */
    long hash = -1;

    public PySet(boolean frozen) {
        this(frozen, new SetTable<>(PyKeyOps.INSTANCE));
    }

    /** Wrap a table whose keys the new set does not own yet: each is increfed. */
    static PySet adopt(SetTable<PyObject> table, boolean frozen) {
        PySet s = new PySet(frozen, table);
        Heap heap = Heap.current;
        for (int j = table.nextSlot(0); j >= 0; j = table.nextSlot(j + 1)) heap.incref(table.keyAt(j));
        return s;
    }

    private PySet(boolean frozen, SetTable<PyObject> table) {
        this.frozen = frozen;
        this.table = table;
        Heap.track(this);
    }

    @Override
    public PyType type() { return frozen ? Types.FROZENSET : Types.SET; }

    public int size() { return table.size(); }

    /** set.add: takes a new reference when the key is added. */
    public void add(Vm vm, PyObject key) {
        addEntry(vm, key, Hashing.hash(vm, key));
    }

    void addEntry(Vm vm, PyObject key, long hash) {
        if (table.addWithHash(key, hash)) Heap.current.incref(key);
    }

    public boolean contains(Vm vm, PyObject key) {
        return table.containsWithHash(key, Hashing.hash(vm, key));
    }

    boolean containsEntry(Vm vm, PyObject key, long hash) {
        return table.containsWithHash(key, hash);
    }

    /** set.discard: whether the key was present (the stored key's reference is dropped). */
    public boolean discard(Vm vm, PyObject key) {
        return discardEntry(vm, key, Hashing.hash(vm, key));
    }

    boolean discardEntry(Vm vm, PyObject key, long hash) {
        PyObject stored = storedKey(key, hash);
        if (stored == null) return false;
        table.discardWithHash(stored, hash);
        Heap.current.decref(stored);
        return true;
    }

    private PyObject storedKey(PyObject key, long hash) {
        if (!table.containsWithHash(key, hash)) return null;
        return table.find(key);
    }

    /** set.pop: the caller owns the returned reference; null if empty. */
    public PyObject pop() {
        if (table.size() == 0) return null;
        return table.pop();
    }

    /** set_merge and friends: add the keys of another set (CPython's update rules). */
    public void merge(Vm vm, PySet other) {
        if (size() == 0) {
            table.update(other.table);
            for (int j = table.nextSlot(0); j >= 0; j = table.nextSlot(j + 1)) Heap.current.incref(table.keyAt(j));
            return;
        }
        PyObject[] before = members();
        table.update(other.table);
        settle(before);
    }

    /** The keys now in the table, in table order (a snapshot for {@link #settle}). */
    PyObject[] members() {
        return keysInOrder();
    }

    /**
     * After an in-place table operation: incref the keys that came in, decref those that left
     * (in their old table order, so that finalizers run in a deterministic order).
     */
    void settle(PyObject[] before) {
        Heap heap = Heap.current;
        IdentityHashMap<PyObject, Boolean> was = new IdentityHashMap<>();
        for (PyObject k : before) was.put(k, Boolean.TRUE);
        IdentityHashMap<PyObject, Boolean> now = new IdentityHashMap<>();
        for (int j = table.nextSlot(0); j >= 0; j = table.nextSlot(j + 1)) {
            PyObject k = table.keyAt(j);
            now.put(k, Boolean.TRUE);
            if (!was.containsKey(k)) heap.incref(k);
        }
        for (PyObject gone : before) if (!now.containsKey(gone)) heap.decref(gone);
    }

    /** Replace the table by another (in-place operators), settling the references. */
    void replaceTable(SetTable<PyObject> next) {
        PyObject[] before = members();
        table = next;
        settle(before);
    }

    public int nextSlot(int j) { return table.nextSlot(j); }

    public PyObject keyAt(int j) { return table.keyAt(j); }

    long hashAt(int j) { return table.hashAt(j); }

    /** set.clear: empty the table first, then drop the keys in table order. */
    public void clearItems(Heap heap) {
        PyObject[] old = keysInOrder();
        table.clear();
        for (PyObject k : old) heap.decref(k);
    }

    PyObject[] keysInOrder() {
        PyObject[] a = new PyObject[table.size()];
        int i = 0;
        for (int j = table.nextSlot(0); j >= 0; j = table.nextSlot(j + 1)) a[i++] = table.keyAt(j);
        return a;
    }

    /** set_dealloc: keys in table order. */
    @Override
    protected void releaseContents(Heap heap) {
        clearItems(heap);
    }

    @Override
    public void traverse(ReferenceVisitor visitor) {
        for (int j = table.nextSlot(0); j >= 0; j = table.nextSlot(j + 1)) visitor.visit(table.keyAt(j));
    }

    @Override
    protected void clearReferences(Heap heap) { clearItems(heap); }
}
