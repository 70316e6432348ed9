package gilsim.vm.table;

import java.util.Arrays;

/**
 * A dict's keys object, as CPython 3.11's PyDictKeysObject: {@code 2**k} index slots, each an
 * entry number, empty or a dummy left by a deletion, and the entries themselves (key, hash,
 * value) in insertion order, with room for two thirds of the slots. A deletion leaves a hole
 * (null key and value); only a rebuild ({@link #rebuilt}) squeezes the holes out.
 *
 * <p>{@link #EMPTY} is Py_EMPTY_KEYS, shared by all empty dicts: one index slot, no room. It is
 * never written to, since inserting needs room first.
 */
final class DictKeys {
    /** PyDict_LOG_MINSIZE: the first real table has 2**3 index slots. */
    static final int LOG_MINSIZE = 3;
    static final int EMPTY_SLOT = -1;
    static final int DUMMY_SLOT = -2;
    private static final int PERTURB_SHIFT = 5;

    static final DictKeys EMPTY = new DictKeys(new int[] {EMPTY_SLOT}, 0, true);

    /** Index slots: an entry number, EMPTY_SLOT or DUMMY_SLOT. */
    final int[] indices;
    final Object[] keys;
    final Object[] values;
    final long[] hashes;
    /** dk_usable: entries that can still be appended. */
    int usable;
    /** dk_nentries: entry positions used, holes included. */
    int nentries;
    /** A str-keys-only ("unicode") table, DICT_KEYS_UNICODE. */
    final boolean unicode;

    private DictKeys(int[] indices, int capacity, boolean unicode) {
        this.indices = indices;
        this.keys = new Object[capacity];
        this.values = new Object[capacity];
        this.hashes = new long[capacity];
        this.usable = capacity;
        this.unicode = unicode;
    }

    private DictKeys(DictKeys o) {
        indices = o.indices.clone();
        keys = o.keys.clone();
        values = o.values.clone();
        hashes = o.hashes.clone();
        usable = o.usable;
        nentries = o.nentries;
        unicode = o.unicode;
    }

    /** new_keys_object: an empty table of 2**log2size slots. */
    static DictKeys create(int log2size, boolean unicode) {
        int[] indices = new int[1 << log2size];
        Arrays.fill(indices, EMPTY_SLOT);
        return new DictKeys(indices, usableFraction(indices.length), unicode);
    }

    /** clone_combined_dict_keys: the same table, holes and room included. */
    DictKeys copy() {
        return this == EMPTY ? EMPTY : new DictKeys(this);
    }

    /** DK_SIZE: the number of index slots. */
    int size() {
        return indices.length;
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

    /** Appends an entry for a key known to be absent, given room (usable > 0). */
    void append(Object key, long hash, Object value) {
        int mask = indices.length - 1;
        int i = (int) (hash & mask);
        long perturb = hash;
        while (indices[i] >= 0) {
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
        int n = nentries;
        indices[i] = n;
        keys[n] = key;
        values[n] = value;
        hashes[n] = hash;
        usable--;
        nentries = n + 1;
    }

    /** delitem_common: the index slot of entry {@code e} becomes a dummy, the entry a hole. */
    void delete(int e) {
        int mask = indices.length - 1;
        long hash = hashes[e];
        int i = (int) (hash & mask);
        long perturb = hash;
        while (indices[i] != e) {
            if (indices[i] == EMPTY_SLOT) {
                throw new IllegalStateException("dict entry " + e + " missing from its index");
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
        indices[i] = DUMMY_SLOT;
        keys[e] = null;
        values[e] = null;
    }

    /** dictresize: a new table of 2**log2size slots with the live entries, in order, no holes. */
    DictKeys rebuilt(int log2size, boolean keepUnicode) {
        DictKeys k = create(log2size, keepUnicode && unicode);
        for (int j = 0; j < nentries; j++) {
            if (values[j] != null) {
                k.append(keys[j], hashes[j], values[j]);
            }
        }
        return k;
    }

    /** The first live entry at or after {@code pos}, or -1. */
    int nextEntry(int pos) {
        for (int i = pos; i < nentries; i++) {
            if (values[i] != null) {
                return i;
            }
        }
        return -1;
    }

    /** The last live entry, or -1. */
    int lastEntry() {
        for (int i = nentries - 1; i >= 0; i--) {
            if (values[i] != null) {
                return i;
            }
        }
        return -1;
    }

    /** Slots/kind/usable/entries, as CPython's PyDictKeysObject has them (for tests). */
    String layout() {
        return size() + "/" + (unicode ? "u" : "g") + "/" + usable + "/" + nentries;
    }
}
