package gilsim.vm.table;

/**
 * The state of a set iterator (setiter_iternext in Objects/setobject.c): the next slot to look
 * at and the set's size when iteration started. A size change makes the iterator raise
 * RuntimeError("Set changed size during iteration"), for good.
 */
public final class SetCursor {
    /** {@link #next} result: iteration is over. */
    public static final int END = -1;
    /** {@link #next} result: RuntimeError("Set changed size during iteration"). */
    public static final int CHANGED_SIZE = -2;

    private int expectedUsed;
    private int pos;
    private int remaining;
    private boolean exhausted;

    /** A cursor at the start of {@code set}. */
    public SetCursor(SetTable<?> set) {
        expectedUsed = set.size();
        remaining = set.size();
    }

    /** The next active slot of {@code set} (read it with keyAt), {@link #END} or {@link #CHANGED_SIZE}. */
    public int next(SetTable<?> set) {
        if (exhausted) {
            return END;
        }
        if (expectedUsed != set.size()) {
            expectedUsed = -1; // sticky, as si_used = -1
            return CHANGED_SIZE;
        }
        int slot = set.nextSlot(pos);
        if (slot < 0) {
            exhausted = true;
            return END;
        }
        pos = slot + 1;
        remaining--;
        return slot;
    }

    /** {@code it.__length_hint__()}. */
    public int lengthHint(SetTable<?> set) {
        return !exhausted && expectedUsed == set.size() ? remaining : 0;
    }
}
