package gilsim.vm.table;

/**
 * The set operators and methods of Objects/setobject.c (3.11), which decide the iteration order
 * of their results: which operand is copied, which one is iterated, and in which order keys are
 * added. For example intersection iterates the smaller set and keeps its key objects, and
 * symmetric difference starts from a copy of the right operand.
 *
 * <p>Operands that are not sets come as a {@link DictTable} (CPython has fast paths for exact
 * dicts that reuse the stored hashes) or as an {@link Iterable} of keys already produced by the
 * VM (lists, tuples, generators...). Results use the left operand's {@link KeyOps}.
 */
public final class SetOperations {
    private SetOperations() {}

    // ------------------------------------------------------------------ update from other iterables

    /**
     * {@code s.update(d)}, {@code set(d)} for a dict (set_update_internal): one resize up front
     * for the dict's size, then its keys in insertion order with their stored hashes.
     */
    public static <K> void updateFromDict(SetTable<K> so, DictTable<? extends K, ?> dict) {
        so.reserve(dict.size());
        for (int e = dict.nextEntry(0); e >= 0; e = dict.nextEntry(e + 1)) {
            so.addWithHash(dict.keyAt(e), dict.hashAt(e));
        }
    }

    /**
     * {@code s.update(iterable)}, {@code set(list)}, {@code frozenset(tuple)} for any other
     * iterable: each key added in turn, no resize up front. (A VM whose iteration runs Python
     * code simply calls {@link SetTable#add} for each item.)
     */
    public static <K> void updateFromIterable(SetTable<K> so, Iterable<? extends K> items) {
        for (K k : items) {
            so.add(k);
        }
    }

    // ------------------------------------------------------------------ union

    /** {@code a | b} (set_or) and {@code a.union(b)}: a copy of {@code a} updated from {@code b}. */
    public static <K> SetTable<K> union(SetTable<K> a, SetTable<? extends K> b) {
        SetTable<K> result = a.copy();
        if (a != b) {
            result.update(b);
        }
        return result;
    }

    // ------------------------------------------------------------------ intersection

    /**
     * {@code a & b}, {@code a.intersection(b)} for a set b (set_intersection): iterates the
     * smaller of the two (the right one on a tie) and adds the keys found in the other, so the
     * result keeps the iterated set's key objects.
     */
    public static <K> SetTable<K> intersection(SetTable<K> so, SetTable<K> other) {
        if (so == other) {
            return so.copy();
        }
        SetTable<K> result = new SetTable<>(so.ops());
        SetTable<K> big = so;
        SetTable<K> small = other;
        if (other.size() > so.size()) {
            big = other;
            small = so;
        }
        for (int i = small.nextSlot(0); i >= 0; i = small.nextSlot(i + 1)) {
            K key = small.keyAt(i);
            long hash = small.hashAt(i);
            if (big.containsWithHash(key, hash)) {
                result.addWithHash(key, hash);
            }
        }
        return result;
    }

    /**
     * {@code so.intersection(iterable)}: the iterable's keys found in {@code so}, in the
     * iterable's order, stopping once the result is as large as {@code so}.
     */
    public static <K> SetTable<K> intersection(SetTable<K> so, Iterable<? extends K> other) {
        SetTable<K> result = new SetTable<>(so.ops());
        for (K key : other) {
            long hash = so.ops().hash(key);
            if (so.containsWithHash(key, hash)) {
                result.addWithHash(key, hash);
                if (result.size() >= so.size()) {
                    break;
                }
            }
        }
        return result;
    }

    /** {@code so &= other}, {@code so.intersection_update(other)}: the intersection swapped into {@code so}. */
    public static <K> void intersectionUpdate(SetTable<K> so, SetTable<K> other) {
        SetTable<K> tmp = intersection(so, other);
        so.swapBodies(tmp);
    }

    /** {@code so.intersection_update(iterable)}. */
    public static <K> void intersectionUpdate(SetTable<K> so, Iterable<? extends K> other) {
        SetTable<K> tmp = intersection(so, other);
        so.swapBodies(tmp);
    }

    // ------------------------------------------------------------------ difference

    /**
     * {@code a - b}, {@code a.difference(b)} for a set b (set_difference). If {@code a} is more
     * than four times larger, a copy of {@code a} loses {@code b}'s keys; otherwise {@code a}'s
     * keys absent from {@code b} are added to a new set.
     */
    public static <K> SetTable<K> difference(SetTable<K> so, SetTable<K> other) {
        if ((so.size() >> 2) > other.size()) {
            return copyAndDifference(so, other);
        }
        SetTable<K> result = new SetTable<>(so.ops());
        for (int i = so.nextSlot(0); i >= 0; i = so.nextSlot(i + 1)) {
            K key = so.keyAt(i);
            long hash = so.hashAt(i);
            if (!other.containsWithHash(key, hash)) {
                result.addWithHash(key, hash);
            }
        }
        return result;
    }

    /** {@code so.difference(d)} for a dict: the same shape as with a set, looking keys up in the dict. */
    public static <K> SetTable<K> difference(SetTable<K> so, DictTable<K, ?> other) {
        if ((so.size() >> 2) > other.size()) {
            SetTable<K> result = so.copy();
            differenceUpdateByKeys(result, dictKeys(other));
            return result;
        }
        SetTable<K> result = new SetTable<>(so.ops());
        for (int i = so.nextSlot(0); i >= 0; i = so.nextSlot(i + 1)) {
            K key = so.keyAt(i);
            long hash = so.hashAt(i);
            if (!other.containsKeyWithHash(key, hash)) {
                result.addWithHash(key, hash);
            }
        }
        return result;
    }

    /** {@code so.difference(iterable)}: a copy of {@code so} that loses the iterable's keys. */
    public static <K> SetTable<K> difference(SetTable<K> so, Iterable<? extends K> other) {
        SetTable<K> result = so.copy();
        differenceUpdateByKeys(result, other);
        return result;
    }

    private static <K> SetTable<K> copyAndDifference(SetTable<K> so, SetTable<K> other) {
        SetTable<K> result = so.copy();
        differenceUpdate(result, other);
        return result;
    }

    /**
     * {@code so -= other}, {@code so.difference_update(other)} for a set (set_difference_update_internal):
     * removes {@code other}'s keys in its table order (or those of the intersection, if
     * {@code other} is more than 8 times larger), then rebuilds the table if more than a quarter
     * of it is dummies.
     */
    public static <K> void differenceUpdate(SetTable<K> so, SetTable<K> other) {
        if (so == other) {
            so.clear();
            return;
        }
        SetTable<K> remove = (other.size() >> 3) > so.size() ? intersection(so, other) : other;
        for (int i = remove.nextSlot(0); i >= 0; i = remove.nextSlot(i + 1)) {
            so.discardWithHash(remove.keyAt(i), remove.hashAt(i));
        }
        so.purgeDummiesAfterBatchRemoval();
    }

    /** {@code so.difference_update(iterable)}: removes each key in turn, then purges dummies. */
    public static <K> void differenceUpdate(SetTable<K> so, Iterable<? extends K> other) {
        differenceUpdateByKeys(so, other);
    }

    private static <K> void differenceUpdateByKeys(SetTable<K> so, Iterable<? extends K> other) {
        for (K key : other) {
            so.discard(key);
        }
        so.purgeDummiesAfterBatchRemoval();
    }

    private static <K> Iterable<K> dictKeys(DictTable<K, ?> d) {
        return () -> new java.util.Iterator<K>() {
            int next = d.nextEntry(0);

            @Override
            public boolean hasNext() {
                return next >= 0;
            }

            @Override
            public K next() {
                K k = d.keyAt(next);
                next = d.nextEntry(next + 1);
                return k;
            }
        };
    }

    // ------------------------------------------------------------------ symmetric difference

    /**
     * {@code a ^ b}, {@code a.symmetric_difference(b)} for a set b: a copy of {@code b}, then
     * each key of {@code a} in its table order is removed from it if present, else added.
     */
    public static <K> SetTable<K> symmetricDifference(SetTable<K> so, SetTable<K> other) {
        SetTable<K> result = new SetTable<>(so.ops());
        result.update(other);
        toggleKeysOf(result, so);
        return result;
    }

    /** {@code so.symmetric_difference(d)} for a dict: a set of the dict's keys, then toggled by {@code so}. */
    public static <K> SetTable<K> symmetricDifference(SetTable<K> so, DictTable<K, ?> other) {
        SetTable<K> result = new SetTable<>(so.ops());
        updateFromDict(result, other);
        toggleKeysOf(result, so);
        return result;
    }

    /** {@code so.symmetric_difference(iterable)}: a set of the iterable's keys, then toggled by {@code so}. */
    public static <K> SetTable<K> symmetricDifference(SetTable<K> so, Iterable<? extends K> other) {
        SetTable<K> result = new SetTable<>(so.ops());
        updateFromIterable(result, other);
        toggleKeysOf(result, so);
        return result;
    }

    /** {@code so ^= other}, {@code so.symmetric_difference_update(other)} for a set. */
    public static <K> void symmetricDifferenceUpdate(SetTable<K> so, SetTable<K> other) {
        if (so == other) {
            so.clear();
            return;
        }
        toggleKeysOf(so, other);
    }

    /** {@code so.symmetric_difference_update(d)} for a dict: its keys in order, with their stored hashes. */
    public static <K> void symmetricDifferenceUpdate(SetTable<K> so, DictTable<K, ?> other) {
        for (int e = other.nextEntry(0); e >= 0; e = other.nextEntry(e + 1)) {
            K key = other.keyAt(e);
            long hash = other.hashAt(e);
            if (!so.discardWithHash(key, hash)) {
                so.addWithHash(key, hash);
            }
        }
    }

    /** {@code so.symmetric_difference_update(iterable)}: the iterable becomes a set first. */
    public static <K> void symmetricDifferenceUpdate(SetTable<K> so, Iterable<? extends K> other) {
        SetTable<K> otherSet = new SetTable<>(so.ops());
        updateFromIterable(otherSet, other);
        toggleKeysOf(so, otherSet);
    }

    /** set_symmetric_difference_update's loop: each key of {@code other} is removed if present, else added. */
    private static <K> void toggleKeysOf(SetTable<K> target, SetTable<K> other) {
        for (int i = other.nextSlot(0); i >= 0; i = other.nextSlot(i + 1)) {
            K key = other.keyAt(i);
            long hash = other.hashAt(i);
            if (!target.discardWithHash(key, hash)) {
                target.addWithHash(key, hash);
            }
        }
    }

    // ------------------------------------------------------------------ comparisons

    /** {@code a <= b} (set_issubset for a set b). */
    public static <K> boolean isSubset(SetTable<K> so, SetTable<K> other) {
        if (so.size() > other.size()) {
            return false;
        }
        for (int i = so.nextSlot(0); i >= 0; i = so.nextSlot(i + 1)) {
            if (!other.containsWithHash(so.keyAt(i), so.hashAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** {@code a == b} for sets and frozensets (set_richcompare Py_EQ, without the cached-hash shortcut). */
    public static <K> boolean setEquals(SetTable<K> so, SetTable<K> other) {
        return so.size() == other.size() && isSubset(so, other);
    }

    /** {@code a.isdisjoint(b)} for a set b: iterates the smaller one. */
    public static <K> boolean isDisjoint(SetTable<K> so, SetTable<K> other) {
        if (so == other) {
            return so.isEmpty();
        }
        SetTable<K> big = so;
        SetTable<K> small = other;
        if (other.size() > so.size()) {
            big = other;
            small = so;
        }
        for (int i = small.nextSlot(0); i >= 0; i = small.nextSlot(i + 1)) {
            if (big.containsWithHash(small.keyAt(i), small.hashAt(i))) {
                return false;
            }
        }
        return true;
    }
}
