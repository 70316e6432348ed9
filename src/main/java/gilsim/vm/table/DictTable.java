package gilsim.vm.table;

/**
 * CPython 3.11's dict table (Objects/dictobject.c, combined table): a compact array of entries in
 * insertion order plus an open-addressing index into it.
 *
 * <p>What programs see: iteration in insertion order; replacing the value of an existing key keeps
 * its place and its first key object ({@code d[1.0] = x} after {@code d[1] = y} keeps the key
 * {@code 1}); a deleted key leaves a hole and goes to the end when added again; {@code popitem()}
 * takes the last entry. The table also follows CPython's sizes: a new dict shares an empty table
 * and gets 8 index slots at its first insertion; there is room for {@code 2/3} of the slots in
 * entries ("usable"); when it runs out, an insertion rebuilds the table for {@code used * 3} and
 * squeezes out the holes. These sizes decide the rare cases where a program mutates a dict while
 * iterating it ("dictionary keys changed during iteration" or not), so they are modelled too,
 * including the rebuild when a dict of only str keys receives its first other key (3.11's
 * str-only "unicode" tables, told apart by {@link KeyOps}; see {@link #isStrKey}).
 *
 * <p>Values must be non-null (null marks a deleted entry). Lookups allocate nothing.
 *
 * @param <K> the VM's key type
 * @param <V> the VM's value type
 */
public final class DictTable<K, V> {
    /** PyDict_LOG_MINSIZE: a new table has 2**3 index slots. */
    static final int LOG_MINSIZE = 3;
    private static final int PERTURB_SHIFT = 5;
    private static final int DKIX_EMPTY = -1;
    private static final int DKIX_DUMMY = -2;
    /** Presizing is capped at 2**17 slots (_PyDict_NewPresized). */
    private static final int LOG_MAX_PRESIZE = 17;

    private static final int[] EMPTY_INDICES = {-1, -1, -1, -1, -1, -1, -1, -1};
    private static final Object[] NO_ENTRIES = new Object[0];
    private static final long[] NO_HASHES = new long[0];

    private final KeyOps<? super K> ops;
    /** Index slots: an entry number, DKIX_EMPTY or DKIX_DUMMY. */
    private int[] indices;
    private Object[] entryKeys;
    private Object[] entryValues;
    private long[] entryHashes;
    /** dk_usable: entries that can still be appended before a rebuild. */
    private int usable;
    /** dk_nentries: entries used so far, holes included. */
    private int nentries;
    /** ma_used: live entries. */
    private int used;
    /** The table is a str-keys-only ("unicode") table. */
    private boolean unicode;

    /** {@code {}} / {@code dict()}: the shared empty table, no slot allocated yet. */
    public DictTable(KeyOps<? super K> ops) {
        this.ops = ops;
        setEmptyKeys();
    }

    /**
     * A dict presized for {@code n} items (dict_new_presized): a dict display or
     * {@code BUILD_CONST_KEY_MAP} of {@code n} items ({@code strKeys}: all its keys are str),
     * or keyword arguments ({@code strKeys} false, as _PyDict_NewPresized).
     */
    public static <K, V> DictTable<K, V> presized(KeyOps<? super K> ops, int n, boolean strKeys) {
        DictTable<K, V> d = new DictTable<>(ops);
        if (n <= usableFraction(1 << LOG_MINSIZE)) {
            return d;
        }
        int log2 = n > usableFraction(1 << LOG_MAX_PRESIZE) ? LOG_MAX_PRESIZE : estimateLog2Keysize(n);
        d.newKeys(log2, strKeys);
        return d;
    }

    private void setEmptyKeys() {
        indices = EMPTY_INDICES;
        entryKeys = NO_ENTRIES;
        entryValues = NO_ENTRIES;
        entryHashes = NO_HASHES;
        usable = 0;
        nentries = 0;
        unicode = true;
    }

    private void newKeys(int log2size, boolean unicodeKind) {
        int size = 1 << log2size;
        int n = usableFraction(size);
        indices = new int[size];
        java.util.Arrays.fill(indices, DKIX_EMPTY);
        entryKeys = new Object[n];
        entryValues = new Object[n];
        entryHashes = new long[n];
        usable = n;
        nentries = 0;
        unicode = unicodeKind;
    }

    static int usableFraction(int size) {
        return (size << 1) / 3;
    }

    /**
     * calculate_log2_keysize as 3.11 computes it on 64-bit Linux, with a bit trick:
     * {@code bit_length(((minsize | 8) - 1) | 7)}. It is not quite "the smallest power of two
     * not below minsize": 1..7 give 16 slots and a power of two from 16 on gives twice itself.
     * Both are visible (a rebuild for 1 or 2 live entries makes a 16-slot table), so the trick
     * is kept.
     */
    static int calculateLog2Keysize(long minsize) {
        long m = ((minsize | (1 << LOG_MINSIZE)) - 1) | ((1 << LOG_MINSIZE) - 1);
        return 64 - Long.numberOfLeadingZeros(m);
    }

    /** estimate_log2_keysize: a table that holds {@code n} entries without a rebuild. */
    static int estimateLog2Keysize(long n) {
        return calculateLog2Keysize((n * 3 + 1) / 2);
    }

    private boolean isStrKey(K key) {
        return ops instanceof StrKeyOps && ((StrKeyOps<? super K>) ops).isExactStr(key);
    }

    /**
     * KeyOps that can tell exact str keys apart: CPython 3.11 keeps str-only dicts in a
     * "unicode" table and rebuilds it when another key arrives. Without it every dict is general,
     * which differs from CPython only in when holes get squeezed out.
     */
    public interface StrKeyOps<K> extends KeyOps<K> {
        boolean isExactStr(K key);
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
        return nentries;
    }

    /** The first live entry at or after {@code pos}, or -1: iteration in insertion order. */
    public int nextEntry(int pos) {
        Object[] vals = entryValues;
        for (int i = pos; i < nentries; i++) {
            if (vals[i] != null) {
                return i;
            }
        }
        return -1;
    }

    /** The last live entry, or -1 (for {@code reversed(d)} and popitem). */
    public int lastEntry() {
        for (int i = nentries - 1; i >= 0; i--) {
            if (entryValues[i] != null) {
                return i;
            }
        }
        return -1;
    }

    @SuppressWarnings("unchecked")
    public K keyAt(int entry) {
        return (K) entryKeys[entry];
    }

    @SuppressWarnings("unchecked")
    public V valueAt(int entry) {
        return (V) entryValues[entry];
    }

    public long hashAt(int entry) {
        return entryHashes[entry];
    }

    /** Replaces the value of a live entry in place (for {@code d[k] = v} after a lookup). */
    public V setValueAt(int entry, V value) {
        V old = valueAt(entry);
        entryValues[entry] = value;
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
            int[] idx = indices;
            int mask = idx.length - 1;
            int i = (int) (hash & mask);
            long perturb = hash;
            while (true) {
                int ix = idx[i];
                if (ix == DKIX_EMPTY) {
                    return -1;
                }
                if (ix >= 0) {
                    Object startkey = entryKeys[ix];
                    if (startkey == key) {
                        return ix;
                    }
                    if (entryHashes[ix] == hash) {
                        boolean eq = keyEquals(startkey, key);
                        if (idx != indices || entryKeys[ix] != startkey) {
                            continue restart; // the comparison mutated the dict
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
        if (indices == EMPTY_INDICES) {
            // insert_to_emptydict: the first table, str-only if this key is a str.
            newKeys(LOG_MINSIZE, isStrKey(key));
            appendEntry(key, hash, value);
            return null;
        }
        int e = lookup(key, hash);
        if (e >= 0) {
            return setValueAt(e, value);
        }
        if (usable <= 0) {
            insertionResize(true);
        }
        if (unicode && !isStrKey(key)) {
            insertionResize(false);
        }
        appendEntry(key, hash, value);
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

    private void appendEntry(Object key, long hash, Object value) {
        int[] idx = indices;
        int mask = idx.length - 1;
        int i = (int) (hash & mask);
        long perturb = hash;
        while (idx[i] >= 0) {
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
        int n = nentries;
        idx[i] = n;
        entryKeys[n] = key;
        entryValues[n] = value;
        entryHashes[n] = hash;
        used++;
        usable--;
        nentries = n + 1;
    }

    /** insertion_resize: a table for {@code used * 3} (GROWTH_RATE), keeping a str-only kind if asked. */
    private void insertionResize(boolean keepUnicode) {
        resize(calculateLog2Keysize((long) used * 3), keepUnicode);
    }

    /** dictresize: a new table of 2**log2 slots holding the live entries in order, without holes. */
    private void resize(int log2size, boolean keepUnicode) {
        Object[] oldKeys = entryKeys;
        Object[] oldValues = entryValues;
        long[] oldHashes = entryHashes;
        int oldN = nentries;
        newKeys(log2size, keepUnicode && unicode);
        int[] idx = indices;
        int mask = idx.length - 1;
        int n = 0;
        for (int j = 0; j < oldN; j++) {
            if (oldValues[j] == null) {
                continue;
            }
            entryKeys[n] = oldKeys[j];
            entryValues[n] = oldValues[j];
            long hash = oldHashes[j];
            entryHashes[n] = hash;
            int i = (int) (hash & mask);
            long perturb = hash;
            while (idx[i] != DKIX_EMPTY) {
                perturb >>>= PERTURB_SHIFT;
                i = (int) ((i * 5L + perturb + 1) & mask);
            }
            idx[i] = n;
            n++;
        }
        usable -= n;
        nentries = n;
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
        deleteEntry(e, hash);
        return old;
    }

    /** delitem_common: the index slot becomes a dummy, the entry a hole; nothing moves. */
    private void deleteEntry(int e, long hash) {
        int slot = indexSlotOf(e, hash);
        indices[slot] = DKIX_DUMMY;
        entryKeys[e] = null;
        entryValues[e] = null;
        used--;
    }

    /** lookdict_index: the index slot that points to entry {@code e}. */
    private int indexSlotOf(int e, long hash) {
        int mask = indices.length - 1;
        int i = (int) (hash & mask);
        long perturb = hash;
        while (indices[i] != e) {
            if (indices[i] == DKIX_EMPTY) {
                throw new IllegalStateException("dict entry " + e + " missing from its index");
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
        return i;
    }

    /**
     * {@code d.popitem()}: removes the last entry, storing its key in {@code out[0]} and its value
     * in {@code out[1]} (no allocation). Returns false for an empty dict (the VM raises
     * KeyError('popitem(): dictionary is empty')). As in CPython, the entry count shrinks to the
     * popped position but the usable room does not grow back.
     */
    public boolean popLast(Object[] out) {
        if (used == 0) {
            return false;
        }
        int e = lastEntry();
        out[0] = entryKeys[e];
        out[1] = entryValues[e];
        deleteEntry(e, entryHashes[e]);
        nentries = e;
        return true;
    }

    /** {@code d.clear()}: back to the shared empty table. */
    public void clear() {
        used = 0;
        setEmptyKeys();
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
        if (used >= (nentries * 2) / 3) {
            c.cloneFrom(this);
            return c;
        }
        c.update(this);
        return c;
    }

    private void cloneFrom(DictTable<? extends K, ? extends V> o) {
        indices = o.indices.clone();
        entryKeys = o.entryKeys.clone();
        entryValues = o.entryValues.clone();
        entryHashes = o.entryHashes.clone();
        usable = o.usable;
        nentries = o.nentries;
        used = o.used;
        unicode = o.unicode;
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
        if (used == 0 && other.used == other.nentries
                && (other.indices.length == 1 << LOG_MINSIZE
                    || usableFraction(other.indices.length / 2) < other.used)) {
            cloneFrom(other);
            return;
        }
        if (usableFraction(keysSize()) < other.used) {
            resize(estimateLog2Keysize((long) used + other.used), other.unicode);
        }
        for (int e = other.nextEntry(0); e >= 0; e = other.nextEntry(e + 1)) {
            K k = other.keyAt(e);
            V v = other.valueAt(e);
            insertFromMerge(k, other.hashAt(e), v);
        }
    }

    /** insertdict as dict_merge calls it: on the shared empty table it goes through a resize. */
    private void insertFromMerge(K key, long hash, V value) {
        if (indices == EMPTY_INDICES) {
            newKeys(LOG_MINSIZE, isStrKey(key));
            appendEntry(key, hash, value);
            return;
        }
        putWithHash(key, hash, value);
    }

    /** DK_SIZE: index slots; CPython's shared empty table (Py_EMPTY_KEYS) has size 1. */
    private int keysSize() {
        return indices == EMPTY_INDICES ? 1 : indices.length;
    }

    /** Index slots/kind/usable/entries, as CPython's PyDictKeysObject has them (for tests). */
    String layout() {
        return keysSize() + "/" + (unicode ? "u" : "g") + "/" + usable + "/" + nentries;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("DictTable{");
        for (int e = nextEntry(0); e >= 0; e = nextEntry(e + 1)) {
            sb.append(sb.length() > 10 ? ", " : "").append(entryKeys[e]).append(": ").append(entryValues[e]);
        }
        return sb.append('}').toString();
    }
}
