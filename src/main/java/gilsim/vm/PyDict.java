package gilsim.vm;

import java.util.Arrays;

/**
 * A Python dict: CPython 3.6+'s compact layout (Objects/dictobject.c) — a hash index of
 * positions into an entries array kept in insertion order, so iteration order is insertion
 * order, deletions leave holes, and a resize compacts the entries.
 *
 * <p>Keys are compared by identity first, then by hash and {@code ==}; str keys have a fast
 * path ({@link #getStr}) for namespaces, whose keys are interned names.
 */
public final class PyDict extends PyContainer {
    private static final int EMPTY = -1;
    private static final int DUMMY = -2;
    private static final int MINSIZE = 8;

    private int[] indices;
    private long[] hashes;
    PyObject[] keys;
    PyObject[] values;
    /** Entries used so far (including deleted ones): dk_nentries. */
    int nentries;
    /** Live items: ma_used. */
    int used;
    /** Bumped on every change (ma_version_tag); iterators detect changed size with {@link #used}. */
    public int version;
    /**
     * Set while this dict holds an instance's attributes and was never exposed as
     * {@code __dict__}: CPython 3.11 keeps those values inline in the object (no dict object),
     * which matters for what {@code gc.collect()} counts.
     */
    boolean inlineValues;

    public PyDict() {
        allocate(MINSIZE);
        Heap.track(this);
    }

    private void allocate(int size) {
        indices = new int[size];
        Arrays.fill(indices, EMPTY);
        int usable = (size << 1) / 3;
        hashes = new long[usable];
        keys = new PyObject[usable];
        values = new PyObject[usable];
        nentries = 0;
    }

    @Override
    public PyType type() { return Types.DICT; }

    public int size() { return used; }

    /** Lookup of a str key (borrowed value, or null). */
    public PyObject getStr(PyStr key) {
        long h = key.hash();
        int[] idx = indices;
        int mask = idx.length - 1;
        int i = (int) (h & mask);
        long perturb = h;
        while (true) {
            int ix = idx[i];
            if (ix == EMPTY) return null;
            if (ix >= 0) {
                PyObject k = keys[ix];
                if (k == key) return values[ix];
                if (hashes[ix] == h && k instanceof PyStr s && s.value.equals(key.value)) return values[ix];
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
    }

    /** Entry index of key, or -1. May call Python {@code __eq__} (via the VM). */
    int find(Vm vm, PyObject key, long h) {
        int[] idx = indices;
        int mask = idx.length - 1;
        int i = (int) (h & mask);
        long perturb = h;
        while (true) {
            int ix = idx[i];
            if (ix == EMPTY) return -1;
            if (ix >= 0) {
                PyObject k = keys[ix];
                if (k == key) return ix;
                if (hashes[ix] == h && Compare.eqHeld(vm, k, key)) return ix;
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
    }

    /** Borrowed value for key, or null. */
    public PyObject get(Vm vm, PyObject key) {
        if (key instanceof PyStr s && s.interned) {
            PyObject v = getStr(s);
            if (v != null) return v;
        }
        int ix = find(vm, key, Hashing.hash(vm, key));
        return ix < 0 ? null : values[ix];
    }

    public boolean containsKey(Vm vm, PyObject key) {
        return find(vm, key, Hashing.hash(vm, key)) >= 0;
    }

    /** d[key] = value: the dict takes new references to both; the old value is dropped. */
    public void put(Vm vm, PyObject key, PyObject value) {
        putWithHash(vm, key, Hashing.hash(vm, key), value);
    }

    public void putWithHash(Vm vm, PyObject key, long h, PyObject value) {
        Heap heap = Heap.current;
        int ix = find(vm, key, h);
        heap.incref(value);
        if (ix >= 0) {
            PyObject old = values[ix];
            values[ix] = value;
            version++;
            heap.decref(old);
            return;
        }
        heap.incref(key);
        insertNew(vm, key, h, value);
    }

    /** Store under a str key (namespaces): new references, old value dropped. */
    public void putStr(Vm vm, PyStr key, PyObject value) {
        putWithHash(vm, key, key.hash(), value);
    }

    /** Append a new entry (key absent), stealing both references. */
    private void insertNew(Vm vm, PyObject key, long h, PyObject value) {
        if (nentries == keys.length) grow(vm);
        int[] idx = indices;
        int mask = idx.length - 1;
        int i = (int) (h & mask);
        long perturb = h;
        while (idx[i] >= 0) {
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
        int e = nentries++;
        idx[i] = e;
        hashes[e] = h;
        keys[e] = key;
        values[e] = value;
        used++;
        version++;
    }

    /** dictresize to GROWTH_RATE (used*3), compacting the entries. */
    private void grow(Vm vm) {
        int minsize = Math.max(used * 3, MINSIZE);
        int size = MINSIZE;
        while (size < minsize) size <<= 1;
        if (vm != null) vm.limits.checkCollectionSize(used + 1, "dict");
        long[] oh = hashes;
        PyObject[] ok = keys;
        PyObject[] ov = values;
        int on = nentries;
        allocate(size);
        int mask = size - 1;
        for (int j = 0; j < on; j++) {
            if (ok[j] == null) continue;
            long h = oh[j];
            int i = (int) (h & mask);
            long perturb = h;
            while (indices[i] != EMPTY) {
                perturb >>>= 5;
                i = (int) ((i * 5L + perturb + 1) & mask);
            }
            int e = nentries++;
            indices[i] = e;
            hashes[e] = h;
            keys[e] = ok[j];
            values[e] = ov[j];
        }
    }

    /** Remove key; returns the removed value (the caller owns it) or null when absent. */
    public PyObject pop(Vm vm, PyObject key) {
        long h = Hashing.hash(vm, key);
        int ix = find(vm, key, h);
        if (ix < 0) return null;
        return removeEntry(Heap.current, ix, h);
    }

    /** Delete entry ix: the value is returned to the caller, the key is dropped. */
    private PyObject removeEntry(Heap heap, int ix, long h) {
        int mask = indices.length - 1;
        int i = (int) (h & mask);
        long perturb = h;
        while (indices[i] != ix) {
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
        indices[i] = DUMMY;
        PyObject k = keys[ix];
        PyObject v = values[ix];
        keys[ix] = null;
        values[ix] = null;
        used--;
        version++;
        heap.decref(k);
        return v;
    }

    /** del d[key] (delitem_common: the value is dropped before the key). Returns false if absent. */
    public boolean delete(Vm vm, PyObject key) {
        long h = Hashing.hash(vm, key);
        int ix = find(vm, key, h);
        if (ix < 0) return false;
        int mask = indices.length - 1;
        int i = (int) (h & mask);
        long perturb = h;
        while (indices[i] != ix) {
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
        indices[i] = DUMMY;
        PyObject k = keys[ix];
        PyObject v = values[ix];
        keys[ix] = null;
        values[ix] = null;
        used--;
        version++;
        Heap.current.decref(v);
        Heap.current.decref(k);
        return true;
    }

    /** popitem: the last entry, as (key, value) references owned by the caller, or null. */
    public PyObject[] popLast() {
        for (int e = nentries - 1; e >= 0; e--) {
            if (keys[e] != null) {
                PyObject k = keys[e];
                PyObject v = values[e];
                int mask = indices.length - 1;
                long h = hashes[e];
                int i = (int) (h & mask);
                long perturb = h;
                while (indices[i] != e) {
                    perturb >>>= 5;
                    i = (int) ((i * 5L + perturb + 1) & mask);
                }
                indices[i] = DUMMY;
                keys[e] = null;
                values[e] = null;
                nentries = e;
                used--;
                version++;
                return new PyObject[] {k, v};
            }
        }
        return null;
    }

    /** Position of the first live entry at or after e, or -1: the iteration cursor. */
    public int nextEntry(int e) {
        for (; e < nentries; e++) if (keys[e] != null) return e;
        return -1;
    }

    public PyObject keyAt(int e) { return keys[e]; }

    public PyObject valueAt(int e) { return values[e]; }

    long hashAt(int e) { return hashes[e]; }

    /** dict.clear: detach the table first, then drop the references in entry order. */
    public void clearItems(Heap heap) {
        PyObject[] ok = keys;
        PyObject[] ov = values;
        int on = nentries;
        allocate(MINSIZE);
        used = 0;
        version++;
        for (int j = 0; j < on; j++) {
            if (ok[j] != null) {
                heap.decref(ok[j]);
                heap.decref(ov[j]);
            }
        }
    }

    /** free_keys_object: key then value, entry by entry, first to last. */
    @Override
    protected void releaseContents(Heap heap) {
        for (int j = 0; j < nentries; j++) {
            if (keys[j] != null) {
                heap.clear(keys, j);
                heap.clear(values, j);
            }
        }
        used = 0;
    }

    @Override
    public void traverse(ReferenceVisitor visitor) {
        for (int j = 0; j < nentries; j++) {
            if (keys[j] != null) {
                visitor.visit(keys[j]);
                visitor.visit(values[j]);
            }
        }
    }

    @Override
    protected void clearReferences(Heap heap) { clearItems(heap); }
}
