package gilsim.vm.table;

import java.util.function.Consumer;

/**
 * The hash table of CPython 3.11's set and frozenset (Objects/setobject.c), ported so that a set
 * iterates in CPython's order: the order of the table's slots, which depends on the hashes, on
 * the history of additions and removals and on every resize.
 *
 * <p>Notes on the model, following setobject.c:
 * <ul>
 * <li>Open addressing. A key's first slot is {@code hash & mask}; a probe then looks at up to
 *     {@link #LINEAR_PROBES} following slots (if they fit before the end of the table) before
 *     jumping to {@code i * 5 + 1 + perturb}, where {@code perturb} starts as the hash and is
 *     shifted right by {@link #PERTURB_SHIFT} at each jump.</li>
 * <li>A slot is unused (no key, hash 0), active, or a dummy left by a removal (hash -1, never
 *     a real hash). {@code fill} counts active and dummy slots, {@code used} active ones.
 *     An addition reuses the last dummy met on its probe path when the key is absent.</li>
 * <li>The table starts at {@link #MINSIZE} slots and is rebuilt when {@code fill * 5 >= mask * 3}
 *     after an addition into an unused slot: the new size is the smallest power of two above
 *     {@code used * 4} ({@code used * 2} past 50000 keys). Rebuilding drops the dummies and
 *     reinserts the keys in slot order.</li>
 * <li>{@link #update(SetTable)} (set_merge) copies another set's slots verbatim when this set is
 *     empty and both tables have the same size: that is why {@code {0, 16, 32, 1, 2}}, compiled to
 *     an update from a constant frozenset, can iterate differently from adding the same values
 *     one by one.</li>
 * </ul>
 * The caller's {@link KeyOps} supplies hashes and equality; hashes are stored with the keys and
 * never recomputed, as in CPython. Not thread-safe: the VM serialises access as the GIL does.
 *
 * @param <K> the VM's key type
 */
public final class SetTable<K> {
    /** PySet_MINSIZE: slots of a new table. */
    public static final int MINSIZE = 8;
    static final int LINEAR_PROBES = 9;
    static final int PERTURB_SHIFT = 5;

    /** Marks a slot whose key was removed; its hash is -1. */
    private static final Object DUMMY = new Object() {
        @Override
        public String toString() {
            return "<dummy key>";
        }
    };

    private final KeyOps<? super K> ops;
    private Object[] keys;
    private long[] hashes;
    private int mask;
    private int fill;
    private int used;
    /** Search finger of pop(): where the next pop starts looking. */
    private int finger;

    public SetTable(KeyOps<? super K> ops) {
        this.ops = ops;
        this.keys = new Object[MINSIZE];
        this.hashes = new long[MINSIZE];
        this.mask = MINSIZE - 1;
    }

    public KeyOps<? super K> ops() {
        return ops;
    }

    /** {@code len(s)}. */
    public int size() {
        return used;
    }

    public boolean isEmpty() {
        return used == 0;
    }

    /** Number of slots in the table (a power of two); slot indices run from 0 to {@code capacity() - 1}. */
    public int capacity() {
        return mask + 1;
    }

    // ------------------------------------------------------------------ lookup and insertion

    /** {@code key in s}. */
    public boolean contains(K key) {
        return containsWithHash(key, ops.hash(key));
    }

    /** {@code key in s} for a key whose hash is already known (set_contains_entry). */
    public boolean containsWithHash(K key, long hash) {
        return keys[lookup(key, hash)] != null;
    }

    /**
     * The stored key equal to {@code key}, or null. With {@code 1.0} in the set, looking up
     * {@code 1} gives {@code 1.0}: the first key added is the one kept.
     */
    @SuppressWarnings("unchecked")
    public K find(K key) {
        Object k = keys[lookup(key, ops.hash(key))];
        return (K) k;
    }

    /** {@code s.add(key)}; true if the key was not there before. */
    public boolean add(K key) {
        return addWithHash(key, ops.hash(key));
    }

    /**
     * set_add_entry: adds a key whose hash is known (from another set or a dict). True if added,
     * false if an equal key was already present (the stored key is kept).
     */
    public boolean addWithHash(K key, long hash) {
        restart:
        while (true) {
            Object[] table = keys;
            int m = mask;
            int i = (int) (hash & m);
            long perturb = hash;
            int freeslot = -1;
            while (true) {
                int probes = (i + LINEAR_PROBES <= m) ? LINEAR_PROBES : 0;
                int j = i;
                while (true) {
                    Object startkey = table[j];
                    long h = hashes[j];
                    if (startkey == null) {
                        // Unused slot: the key is absent.
                        if (freeslot >= 0) {
                            table[freeslot] = key;
                            hashes[freeslot] = hash;
                            used++;
                            return true;
                        }
                        fill++;
                        used++;
                        table[j] = key;
                        hashes[j] = hash;
                        if ((long) fill * 5 >= (long) m * 3) {
                            resize(used > 50000 ? used * 2 : used * 4);
                        }
                        return true;
                    }
                    if (h == hash && startkey != DUMMY) {
                        if (startkey == key) {
                            return false;
                        }
                        boolean eq = keyEquals(startkey, key);
                        if (eq) {
                            return false;
                        }
                        if (table != keys || table[j] != startkey) {
                            // The comparison changed the set: start again, as CPython does.
                            continue restart;
                        }
                        m = mask;
                    } else if (h == -1 && startkey == DUMMY) {
                        freeslot = j;
                    }
                    if (probes-- == 0) {
                        break;
                    }
                    j++;
                }
                perturb >>>= PERTURB_SHIFT;
                i = (int) ((i * 5L + 1 + perturb) & m);
            }
        }
    }

    /** set_lookkey: the slot holding a key equal to {@code key}, or the unused slot ending its probe. */
    private int lookup(K key, long hash) {
        restart:
        while (true) {
            Object[] table = keys;
            int m = mask;
            int i = (int) (hash & m);
            long perturb = hash;
            while (true) {
                int probes = (i + LINEAR_PROBES <= m) ? LINEAR_PROBES : 0;
                int j = i;
                while (true) {
                    Object startkey = table[j];
                    if (startkey == null) {
                        return j;
                    }
                    if (hashes[j] == hash && startkey != DUMMY) {
                        if (startkey == key) {
                            return j;
                        }
                        boolean eq = keyEquals(startkey, key);
                        if (table != keys || table[j] != startkey) {
                            continue restart;
                        }
                        if (eq) {
                            return j;
                        }
                        m = mask;
                    }
                    if (probes-- == 0) {
                        break;
                    }
                    j++;
                }
                perturb >>>= PERTURB_SHIFT;
                i = (int) ((i * 5L + 1 + perturb) & m);
            }
        }
    }

    /** The one place where keys are compared (PyObject_RichCompareBool(startkey, key, Py_EQ)). */
    @SuppressWarnings("unchecked")
    private boolean keyEquals(Object stored, K probe) {
        return ops.eq((K) stored, probe);
    }

    /** set_insert_clean: puts a key known to be absent into a table without dummies. */
    private static void insertClean(Object[] table, long[] hashTable, int m, Object key, long hash) {
        int i = (int) (hash & m);
        long perturb = hash;
        while (true) {
            if (table[i] == null) {
                table[i] = key;
                hashTable[i] = hash;
                return;
            }
            if (i + LINEAR_PROBES <= m) {
                for (int j = 1; j <= LINEAR_PROBES; j++) {
                    if (table[i + j] == null) {
                        table[i + j] = key;
                        hashTable[i + j] = hash;
                        return;
                    }
                }
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & m);
        }
    }

    /** set_table_resize: rebuilds the table with the smallest power-of-two size above {@code minused}. */
    private void resize(long minused) {
        int newsize = MINSIZE;
        while (newsize <= minused) {
            newsize <<= 1;
        }
        if (newsize == MINSIZE && mask == MINSIZE - 1 && fill == used) {
            // A small table without dummies: nothing to rebuild.
            return;
        }
        Object[] oldKeys = keys;
        long[] oldHashes = hashes;
        Object[] newKeys = new Object[newsize];
        long[] newHashes = new long[newsize];
        int newmask = newsize - 1;
        boolean dummies = fill != used;
        for (int i = 0; i < oldKeys.length; i++) {
            Object k = oldKeys[i];
            if (k != null && !(dummies && k == DUMMY)) {
                insertClean(newKeys, newHashes, newmask, k, oldHashes[i]);
            }
        }
        keys = newKeys;
        hashes = newHashes;
        mask = newmask;
        fill = used;
    }

    // ------------------------------------------------------------------ removal

    /** {@code s.discard(key)}; true if the key was present. */
    public boolean discard(K key) {
        return discardWithHash(key, ops.hash(key));
    }

    /** set_discard_entry for a key whose hash is known. */
    public boolean discardWithHash(K key, long hash) {
        int j = lookup(key, hash);
        if (keys[j] == null) {
            return false;
        }
        keys[j] = DUMMY;
        hashes[j] = -1;
        used--;
        return true;
    }

    /**
     * {@code s.pop()}: removes and returns the key in the first active slot from the search
     * finger on, and moves the finger past it. Returns null for an empty set (the VM raises
     * KeyError('pop from an empty set')).
     */
    @SuppressWarnings("unchecked")
    public K pop() {
        if (used == 0) {
            return null;
        }
        int i = finger & mask;
        while (keys[i] == null || keys[i] == DUMMY) {
            i++;
            if (i > mask) {
                i = 0;
            }
        }
        Object key = keys[i];
        keys[i] = DUMMY;
        hashes[i] = -1;
        used--;
        finger = i + 1;
        return (K) key;
    }

    /** {@code s.clear()}: back to an empty table of {@link #MINSIZE} slots (the finger stays). */
    public void clear() {
        keys = new Object[MINSIZE];
        hashes = new long[MINSIZE];
        mask = MINSIZE - 1;
        fill = 0;
        used = 0;
    }

    /**
     * The end of set_difference_update_internal: after a batch of removals, rebuild the table if
     * more than a quarter of it is dummies.
     */
    void purgeDummiesAfterBatchRemoval() {
        if ((fill - used) <= mask / 4) {
            return;
        }
        resize(used > 50000 ? used * 2L : used * 4L);
    }

    // ------------------------------------------------------------------ iteration

    /**
     * Iteration in table order (set_next): the first slot at or after {@code slot} that holds a
     * key, or -1 past the end. A VM iterator keeps the next slot to look at and, as
     * setiter_iternext, raises "Set changed size during iteration" when {@link #size()} changed.
     */
    public int nextSlot(int slot) {
        Object[] table = keys;
        for (int i = slot; i <= mask; i++) {
            Object k = table[i];
            if (k != null && k != DUMMY) {
                return i;
            }
        }
        return -1;
    }

    /** The key in an active slot found by {@link #nextSlot}. */
    @SuppressWarnings("unchecked")
    public K keyAt(int slot) {
        return (K) keys[slot];
    }

    /** The stored hash of the key in an active slot. */
    public long hashAt(int slot) {
        return hashes[slot];
    }

    /** Calls {@code action} on each key in iteration order. The action must not change the set. */
    public void forEach(Consumer<? super K> action) {
        for (int i = nextSlot(0); i >= 0; i = nextSlot(i + 1)) {
            action.accept(keyAt(i));
        }
    }

    /** {@code hash(frozenset(s))} computed from the stored hashes (frozenset_hash). */
    public long frozensetHash() {
        long xor = 0;
        for (int i = nextSlot(0); i >= 0; i = nextSlot(i + 1)) {
            xor ^= gilsim.vm.hashing.PyHash.shuffleBits(hashes[i]);
        }
        return gilsim.vm.hashing.PyHash.frozensetFinish(xor, used);
    }

    // ------------------------------------------------------------------ bulk operations

    /**
     * set_merge ({@code s.update(other)} and {@code s |= other} for a set or frozenset other).
     * One resize up front; if this set is empty, the other's slots are copied as they are (same
     * size, no dummies) or reinserted cleanly in slot order; otherwise keys are added in the
     * other's slot order.
     */
    public void update(SetTable<? extends K> other) {
        if (other == this || other.used == 0) {
            return;
        }
        if ((long) (fill + other.used) * 5 >= (long) mask * 3) {
            resize((long) (used + other.used) * 2);
        }
        if (fill == 0 && mask == other.mask && other.fill == other.used) {
            System.arraycopy(other.keys, 0, keys, 0, other.keys.length);
            System.arraycopy(other.hashes, 0, hashes, 0, other.hashes.length);
            fill = other.fill;
            used = other.used;
            return;
        }
        if (fill == 0) {
            fill = other.used;
            used = other.used;
            for (int i = 0; i <= other.mask; i++) {
                Object k = other.keys[i];
                if (k != null && k != DUMMY) {
                    insertClean(keys, hashes, mask, k, other.hashes[i]);
                }
            }
            return;
        }
        for (int i = 0; i <= other.mask; i++) {
            Object k = other.keys[i];
            if (k != null && k != DUMMY) {
                @SuppressWarnings("unchecked")
                K key = (K) k;
                addWithHash(key, other.hashes[i]);
            }
        }
    }

    /**
     * The start of set_update_internal for a dict of {@code dictSize} keys: one resize up front
     * if the keys would fill the table past three fifths.
     */
    public void reserve(int dictSize) {
        if ((long) (fill + dictSize) * 5 >= (long) mask * 3) {
            resize((long) (used + dictSize) * 2);
        }
    }

    /** {@code s.copy()}, {@code set(s)}, {@code frozenset(s)}: a new table merged from this one. */
    public SetTable<K> copy() {
        SetTable<K> result = new SetTable<>(ops);
        result.update(this);
        return result;
    }

    /**
     * set_swap_bodies: exchanges the contents of two tables (used by the in-place operators);
     * each keeps its own pop finger, as in CPython.
     */
    void swapBodies(SetTable<K> other) {
        Object[] k = keys;
        keys = other.keys;
        other.keys = k;
        long[] h = hashes;
        hashes = other.hashes;
        other.hashes = h;
        int t = mask;
        mask = other.mask;
        other.mask = t;
        t = fill;
        fill = other.fill;
        other.fill = t;
        t = used;
        used = other.used;
        other.used = t;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("SetTable{");
        forEach(k -> sb.append(sb.length() > 9 ? ", " : "").append(k));
        return sb.append('}').toString();
    }
}
