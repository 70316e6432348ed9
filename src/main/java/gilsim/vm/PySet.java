package gilsim.vm;

/**
 * set and frozenset: a port of CPython 3.11's table (Objects/setobject.c) — open addressing with
 * {@code LINEAR_PROBES} consecutive slots then perturbed jumps, dummies left by deletions, the
 * resize rule {@code fill*5 >= mask*3 -> used*4} (or *2 past 50,000), {@code set_merge}'s
 * shortcuts — so that iteration order is CPython's for the same operations.
 */
public final class PySet extends PyObject {
    static final int MINSIZE = 8;
    private static final int LINEAR_PROBES = 9;
    private static final int PERTURB_SHIFT = 5;
    /** The dummy key of a deleted slot (hash -1). */
    private static final PyObject DUMMY = new Sentinel("<dummy>");

    public final boolean frozen;
    PyObject[] keys;
    long[] hashes;
    int mask;
    int fill;
    int used;
    private int finger;
    /** Cached hash of a frozenset; -1 = not computed. */
    long hash = -1;

    public PySet(boolean frozen) {
        this.frozen = frozen;
        keys = new PyObject[MINSIZE];
        hashes = new long[MINSIZE];
        mask = MINSIZE - 1;
        Heap.track(this);
    }

    @Override
    public PyType type() { return frozen ? Types.FROZENSET : Types.SET; }

    public int size() { return used; }

    /** set_add_key: takes a new reference when the key is added. */
    public void add(Vm vm, PyObject key) {
        addEntry(vm, key, Hashing.hash(vm, key));
    }

    /** set_add_entry (3.11): probe, compare, insert in the first unused slot; maybe resize. */
    void addEntry(Vm vm, PyObject key, long hash) {
        Heap.current.incref(key);
        restart:
        while (true) {
            int m = mask;
            int i = (int) (hash & m);
            long perturb = hash;
            while (true) {
                int probes = (i + LINEAR_PROBES <= m) ? LINEAR_PROBES : 0;
                int j = i;
                do {
                    PyObject k = keys[j];
                    if (k == null) {
                        fill++;
                        used++;
                        keys[j] = key;
                        hashes[j] = hash;
                        if ((long) fill * 5 < (long) m * 3) return;
                        resize(vm, used > 50000 ? used * 2 : used * 4);
                        return;
                    }
                    if (hashes[j] == hash && k != DUMMY) {
                        if (k == key || (k instanceof PyStr a && key instanceof PyStr b && a.value.equals(b.value))) {
                            Heap.current.decref(key);
                            return;
                        }
                        PyObject[] table = keys;
                        boolean eq = Compare.eqForLookup(vm, k, key);
                        if (eq) {
                            Heap.current.decref(key);
                            return;
                        }
                        if (table != keys || keys[j] != k) continue restart;
                    }
                    j++;
                } while (probes-- > 0);
                perturb >>>= PERTURB_SHIFT;
                i = (int) ((i * 5L + 1 + perturb) & m);
            }
        }
    }

    /** set_lookkey: slot index of key, or -1. */
    int find(Vm vm, PyObject key, long hash) {
        int m = mask;
        int i = (int) (hash & m);
        long perturb = hash;
        while (true) {
            int probes = (i + LINEAR_PROBES <= m) ? LINEAR_PROBES : 0;
            int j = i;
            do {
                PyObject k = keys[j];
                if (k == null) return -1;
                if (hashes[j] == hash && k != DUMMY) {
                    if (k == key || (k instanceof PyStr a && key instanceof PyStr b && a.value.equals(b.value))) return j;
                    if (Compare.eqForLookup(vm, k, key)) return j;
                }
                j++;
            } while (probes-- > 0);
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & m);
        }
    }

    public boolean contains(Vm vm, PyObject key) {
        return find(vm, key, Hashing.hash(vm, key)) >= 0;
    }

    boolean containsEntry(Vm vm, PyObject key, long hash) {
        return find(vm, key, hash) >= 0;
    }

    /** set_discard_key: returns whether the key was present (its reference is dropped). */
    public boolean discard(Vm vm, PyObject key) {
        return discardEntry(vm, key, Hashing.hash(vm, key));
    }

    boolean discardEntry(Vm vm, PyObject key, long hash) {
        int j = find(vm, key, hash);
        if (j < 0) return false;
        PyObject old = keys[j];
        keys[j] = DUMMY;
        hashes[j] = -1;
        used--;
        Heap.current.decref(old);
        return true;
    }

    /** set.pop: the key at or after the finger; the caller owns the reference. Null if empty. */
    public PyObject pop() {
        if (used == 0) return null;
        int j = finger & mask;
        while (keys[j] == null || keys[j] == DUMMY) {
            j++;
            if (j > mask) j = 0;
        }
        PyObject key = keys[j];
        keys[j] = DUMMY;
        hashes[j] = -1;
        used--;
        finger = j + 1;
        return key;
    }

    /** set_table_resize: the smallest power of two above minused; reinsert in table order. */
    private void resize(Vm vm, int minused) {
        int newsize = MINSIZE;
        while (newsize <= minused) newsize <<= 1;
        if (vm != null) vm.limits.checkCollectionSize(used, "set");
        PyObject[] oldKeys = keys;
        long[] oldHashes = hashes;
        keys = new PyObject[newsize];
        hashes = new long[newsize];
        mask = newsize - 1;
        fill = used;
        for (int j = 0; j < oldKeys.length; j++) {
            PyObject k = oldKeys[j];
            if (k != null && k != DUMMY) insertClean(k, oldHashes[j]);
        }
    }

    /** set_insert_clean: no comparisons, no dummies (fresh table). */
    private void insertClean(PyObject key, long hash) {
        int m = mask;
        int i = (int) (hash & m);
        long perturb = hash;
        while (true) {
            if (keys[i] == null) {
                keys[i] = key;
                hashes[i] = hash;
                return;
            }
            if (i + LINEAR_PROBES <= m) {
                for (int j = 1; j <= LINEAR_PROBES; j++) {
                    if (keys[i + j] == null) {
                        keys[i + j] = key;
                        hashes[i + j] = hash;
                        return;
                    }
                }
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & m);
        }
    }

    /** set_merge: add every key of another set, with CPython's shortcuts for an empty target. */
    public void merge(Vm vm, PySet other) {
        if (other == this || other.used == 0) return;
        if ((long) (fill + other.used) * 5 >= (long) mask * 3) resize(vm, (used + other.used) * 2);
        if (fill == 0 && mask == other.mask && other.fill == other.used) {
            for (int j = 0; j <= other.mask; j++) {
                PyObject k = other.keys[j];
                if (k != null) {
                    Heap.current.incref(k);
                    keys[j] = k;
                    hashes[j] = other.hashes[j];
                }
            }
            fill = other.fill;
            used = other.used;
            return;
        }
        if (fill == 0) {
            fill = other.used;
            used = other.used;
            for (int j = 0; j <= other.mask; j++) {
                PyObject k = other.keys[j];
                if (k != null && k != DUMMY) {
                    Heap.current.incref(k);
                    insertClean(k, other.hashes[j]);
                }
            }
            return;
        }
        for (int j = 0; j <= other.mask; j++) {
            PyObject k = other.keys[j];
            if (k != null && k != DUMMY) addEntry(vm, k, other.hashes[j]);
        }
    }

    /** Next live slot at or after j, or -1 (set_next). */
    public int nextSlot(int j) {
        for (; j <= mask; j++) {
            PyObject k = keys[j];
            if (k != null && k != DUMMY) return j;
        }
        return -1;
    }

    public PyObject keyAt(int j) { return keys[j]; }

    long hashAt(int j) { return hashes[j]; }

    /** set.clear: detach the table, then drop the keys in table order. */
    public void clearItems(Heap heap) {
        PyObject[] old = keys;
        keys = new PyObject[MINSIZE];
        hashes = new long[MINSIZE];
        mask = MINSIZE - 1;
        fill = 0;
        used = 0;
        for (PyObject k : old) if (k != null && k != DUMMY) heap.decref(k);
    }

    /** set_dealloc: keys in table order. */
    @Override
    protected void releaseContents(Heap heap) {
        for (int j = 0; j < keys.length; j++) {
            PyObject k = keys[j];
            if (k != null && k != DUMMY) {
                keys[j] = null;
                heap.decref(k);
            }
        }
        used = 0;
    }

    @Override
    public void traverse(ReferenceVisitor visitor) {
        for (PyObject k : keys) if (k != null && k != DUMMY) visitor.visit(k);
    }

    @Override
    protected void clearReferences(Heap heap) { clearItems(heap); }
}
