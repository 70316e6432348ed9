package gilsim.vm.table;

/**
 * The state of a dict iterator (dictiter_iternextkey in Objects/dictobject.c), for the VM's
 * iterator objects over keys, values or items. It remembers the dict's size when iteration
 * started, the next entry position and how many entries are still expected, which decides
 * CPython's two errors for a dict changed while iterated:
 * "dictionary changed size during iteration" (the size differs) and
 * "dictionary keys changed during iteration" (same size, but more entries than expected).
 */
public final class DictCursor {
    /** {@link #next} result: iteration is over. */
    public static final int END = -1;
    /** {@link #next} result: RuntimeError("dictionary changed size during iteration"). */
    public static final int CHANGED_SIZE = -2;
    /** {@link #next} result: RuntimeError("dictionary keys changed during iteration"). */
    public static final int KEYS_CHANGED = -3;

    private int expectedUsed;
    private int pos;
    private int remaining;
    private boolean exhausted;

    /** A cursor at the start of {@code dict}. */
    public DictCursor(DictTable<?, ?> dict) {
        expectedUsed = dict.size();
        remaining = dict.size();
    }

    /**
     * The next entry of {@code dict} (read it with keyAt/valueAt before changing the dict), or
     * one of {@link #END}, {@link #CHANGED_SIZE}, {@link #KEYS_CHANGED}. After the end or a
     * keys error every later call returns {@link #END}; a size error repeats, as in CPython.
     */
    public int next(DictTable<?, ?> dict) {
        if (exhausted) {
            return END;
        }
        if (expectedUsed != dict.size()) {
            expectedUsed = -1; // sticky, as di_used = -1
            return CHANGED_SIZE;
        }
        int e = dict.nextEntry(pos);
        if (e < 0) {
            exhausted = true;
            return END;
        }
        if (remaining == 0) {
            exhausted = true;
            return KEYS_CHANGED;
        }
        pos = e + 1;
        remaining--;
        return e;
    }

    /** {@code it.__length_hint__()}: entries still expected, 0 once the dict changed size. */
    public int lengthHint(DictTable<?, ?> dict) {
        return !exhausted && expectedUsed == dict.size() ? remaining : 0;
    }
}
