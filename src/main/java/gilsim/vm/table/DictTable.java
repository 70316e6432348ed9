package gilsim.vm.table;

/**
 * CPython 3.11's dict (Objects/dictobject.c, combined tables): a {@link DictKeys} object, a
 * compact array of entries in insertion order plus an open-addressing index into it, and the
 * number of live entries.
 *
 * <p>What programs see: iteration in insertion order; replacing the value of an existing key keeps
 * its place and its first key object ({@code d[1.0] = x} after {@code d[1] = y} keeps the key
 * {@code 1}); a deleted key leaves a hole and goes to the end when added again; {@code popitem()}
 * takes the last entry. The table also follows CPython's sizes: a new dict shares an empty table
 * and gets 8 index slots at its first insertion; entries have room for 2/3 of the slots; when it
 * runs out, an insertion rebuilds the table for {@code used * 3} and squeezes out the holes.
 * These sizes decide the rare cases where a program changes a dict while iterating it
 * ("dictionary keys changed during iteration" or not), so they are modelled too, including the
 * rebuild when a dict of only str keys receives its first other key (3.11's str-only tables, told
 * apart by {@link StrKeyOps}).
 *
 * <p>Values must be non-null (null marks a deleted entry). Lookups allocate nothing.
 *
 * @param <K> the VM's key type
 * @param <V> the VM's value type
 */
public final class DictTable<K, V> {
    private static final int PERTURB_SHIFT = 5;
    /** Presizing is capped at 2**17 slots (_PyDict_NewPresized). */
    private static final int LOG_MAX_PRESIZE = 17;

    private final KeyOps<? super K> ops;
    private DictKeys keys;
    /** ma_used: live entries. */
    private int used;

    /** {@code {}} / {@code dict()}: the shared empty table, no slot allocated yet. */
    public DictTable(KeyOps<? super K> ops) {
        this.ops = ops;
        this.keys = DictKeys.EMPTY;
    }

    /**
     * A dict presized for {@code n} items (dict_new_presized): a dict display or
     * {@code BUILD_CONST_KEY_MAP} of {@code n} items ({@code strKeys}: all its keys are str),
     * or keyword arguments ({@code strKeys} false, as _PyDict_NewPresized).
     */
    public static <K, V> DictTable<K, V> presized(KeyOps<? super K> ops, int n, boolean strKeys) {
        DictTable<K, V> d = new DictTable<>(ops);
        if (n > DictKeys.usableFraction(1 << DictKeys.LOG_MINSIZE)) {
            int log2 = n > DictKeys.usableFraction(1 << LOG_MAX_PRESIZE) ? LOG_MAX_PRESIZE
                    : DictKeys.estimateLog2Keysize(n);
            d.keys = DictKeys.create(log2, strKeys);
        }
        return d;
    }

    /**
     * KeyOps that can tell exact str keys apart: CPython 3.11 keeps str-only dicts in a
     * "unicode" table and rebuilds it when another key arrives. Without it every dict is general,
     * which differs from CPython only in when holes get squeezed out.
     */
    public interface StrKeyOps<K> extends KeyOps<K> {
        boolean isExactStr(K key);
    }

    private boolean isStrKey(K key) {
        return ops instanceof StrKeyOps && ((StrKeyOps<? super K>) ops).isExactStr(key);
    }

    // ------------------------------------------------------------------ size and entries

    /** {@code len(d)}. */
    public int size() {
        return used;
    }

    public boolean isEmpty() {
        return used == 0;
    }

    /**
     * dk_nentries: entry positions in use, holes included. Entry positions run from 0 to
     * {@code entryCount() - 1}; {@link #nextEntry} skips the holes.
     */
    public int entryCount() {
        return keys.nentries;
    }

    /** The first live entry at or after {@code pos}, or -1: iteration in insertion order. */
    public int nextEntry(int pos) {
        return keys.nextEntry(pos);
    }

    /** The last live entry, or -1 (for {@code reversed(d)}). */
    public int lastEntry() {
        return keys.lastEntry();
    }

    @SuppressWarnings("unchecked")
    public K keyAt(int entry) {
        return (K) keys.keys[entry];
    }

    @SuppressWarnings("unchecked")
    public V valueAt(int entry) {
        return (V) keys.values[entry];
    }

    public long hashAt(int entry) {
        return keys.hashes[entry];
    }

    /** Replaces the value of a live entry in place (for {@code d[k] = v} after a lookup). */
    public V setValueAt(int entry, V value) {
        V old = valueAt(entry);
        keys.values[entry] = value;
        return old;
    }

    // ------------------------------------------------------------------ lookup

    /** The entry of the key equal to {@code key}, or -1. */
    public int lookup(K key) {
        return lookup(key, ops.hash(key));
    }

    /** The entry of the key equal to {@code key} whose hash is {@code hash}, or -1. */
    public int lookup(K key, long hash) {
        restart:
        while (true) {
            DictKeys dk = keys;
            int[] idx = dk.indices;
            int mask = idx.length - 1;
            int i = (int) (hash & mask);
            long perturb = hash;
            while (true) {
                int ix = idx[i];
                if (ix == DictKeys.EMPTY_SLOT) {
                    return -1;
                }
                if (ix >= 0) {
                    Object startkey = dk.keys[ix];
                    if (startkey == key) {
                        return ix;
                    }
                    if (dk.hashes[ix] == hash) {
                        boolean eq = keyEquals(startkey, key);
                        if (dk != keys || dk.keys[ix] != startkey) {
                            continue restart; // the comparison changed the dict
                        }
                        if (eq) {
                            return ix;
                        }
                    }
                }
                perturb >>>= PERTURB_SHIFT;
                i = (int) ((i * 5L + perturb + 1) & mask);
            }
        }
    }

    /** The one place where keys are compared (PyObject_RichCompareBool(startkey, key, Py_EQ)). */
    @SuppressWarnings("unchecked")
    private boolean keyEquals(Object stored, K probe) {
        return ops.eq((K) stored, probe);
    }

    /** {@code d.get(key)}: the value, or null if absent. */
    public V get(K key) {
        int e = lookup(key);
        return e < 0 ? null : valueAt(e);
    }

    /** {@code key in d}. */
    public boolean containsKey(K key) {
        return lookup(key) >= 0;
    }

    /** {@code key in d} for a key whose hash is known (_PyDict_Contains_KnownHash). */
    public boolean containsKeyWithHash(K key, long hash) {
        return lookup(key, hash) >= 0;
    }

    // ------------------------------------------------------------------ insertion

    /** {@code d[key] = value}; returns the previous value or null. An existing key keeps its place. */
    public V put(K key, V value) {
        return putWithHash(key, ops.hash(key), value);
    }

    /** insertdict for a key whose hash is known. */
    public V putWithHash(K key, long hash, V value) {
        if (value == null) {
            throw new IllegalArgumentException("dict values must be non-null");
        }
        if (keys == DictKeys.EMPTY) {
            // insert_to_emptydict: the first table, str-only if this key is a str.
            keys = DictKeys.create(DictKeys.LOG_MINSIZE, isStrKey(key));
            keys.append(key, hash, value);
            used++;
            return null;
        }
        int e = lookup(key, hash);
        if (e >= 0) {
            return setValueAt(e, value);
        }
        if (keys.usable <= 0) {
            insertionResize(true);
        }
        if (keys.unicode && !isStrKey(key)) {
            insertionResize(false);
        }
        keys.append(key, hash, value);
        used++;
        return null;
    }

    /** {@code d.setdefault(key, value)}: the existing value, or {@code value} after adding it. */
    public V putIfAbsent(K key, V value) {
        long hash = ops.hash(key);
        int e = lookup(key, hash);
        if (e >= 0) {
            return valueAt(e);
        }
        putWithHash(key, hash, value);
        return value;
    }

    /** insertion_resize: a table for {@code used * 3} (GROWTH_RATE), keeping a str-only kind if asked. */
    private void insertionResize(boolean keepUnicode) {
        keys = keys.rebuilt(DictKeys.calculateLog2Keysize((long) used * 3), keepUnicode);
    }

    // ------------------------------------------------------------------ removal

    /** {@code del d[key]} / {@code d.pop(key)}: the removed value, or null if absent (KeyError is the VM's). */
    public V remove(K key) {
        return removeWithHash(key, ops.hash(key));
    }

    public V removeWithHash(K key, long hash) {
        int e = lookup(key, hash);
        if (e < 0) {
            return null;
        }
        V old = valueAt(e);
        keys.delete(e);
        used--;
        return old;
    }

    /**
     * {@code d.popitem()}: removes the last entry, storing its key in {@code out[0]} and its value
     * in {@code out[1]} (no allocation). Returns false for an empty dict (the VM raises
     * KeyError('popitem(): dictionary is empty')). As in CPython, the entry count shrinks to the
     * popped position but the room does not grow back.
     */
    public boolean popLast(Object[] out) {
        if (used == 0) {
            return false;
        }
        int e = keys.lastEntry();
        out[0] = keys.keys[e];
        out[1] = keys.values[e];
        keys.delete(e);
        keys.nentries = e;
        used--;
        return true;
    }

    /** {@code d.clear()}: back to the shared empty table. */
    public void clear() {
        used = 0;
        keys = DictKeys.EMPTY;
    }

    // ------------------------------------------------------------------ copies and merges

    /**
     * {@code d.copy()} (PyDict_Copy): a dict with at most a third of holes is cloned as it is,
     * holes and room included; otherwise the copy is built by merging.
     */
    public DictTable<K, V> copy() {
        DictTable<K, V> c = new DictTable<>(ops);
        if (used == 0) {
            return c;
        }
        if (used >= (keys.nentries * 2) / 3) {
            c.keys = keys.copy();
            c.used = used;
            return c;
        }
        c.update(this);
        return c;
    }

    /**
     * {@code d.update(other)}, {@code dict(other)}, {@code {**other}} for a dict other (dict_merge
     * with override): an empty target clones a fresh hole-free table; otherwise one resize up
     * front if the table could not hold the other's entries even empty (always for the shared
     * empty table, whose size is 1), then each entry is inserted in order.
     */
    public void update(DictTable<? extends K, ? extends V> other) {
        if (other == this || other.used == 0) {
            return;
        }
        DictKeys okeys = other.keys;
        if (used == 0 && other.used == okeys.nentries
                && (okeys.size() == 1 << DictKeys.LOG_MINSIZE
                    || DictKeys.usableFraction(okeys.size() / 2) < other.used)) {
            keys = okeys.copy();
            used = other.used;
            return;
        }
        if (DictKeys.usableFraction(keys.size()) < other.used) {
            keys = keys.rebuilt(DictKeys.estimateLog2Keysize((long) used + other.used), okeys.unicode);
        }
        for (int e = other.nextEntry(0); e >= 0; e = other.nextEntry(e + 1)) {
            putWithHash(other.keyAt(e), other.hashAt(e), other.valueAt(e));
        }
    }

    /** Index slots/kind/usable/entries, as CPython's PyDictKeysObject has them (for tests). */
    String layout() {
        return keys.layout();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("DictTable{");
        for (int e = nextEntry(0); e >= 0; e = nextEntry(e + 1)) {
            sb.append(sb.length() > 10 ? ", " : "").append(keyAt(e)).append(": ").append(valueAt(e));
        }
        return sb.append('}').toString();
    }
}
