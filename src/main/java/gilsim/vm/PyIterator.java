package gilsim.vm;

/**
 * A built-in iterator. {@link #next} returns a new reference to the next item, null when the
 * iterator is exhausted, or {@link Vm#PENDING} when producing the item runs Python code: then
 * a frame has been pushed that will deliver the item (or {@link Vm#EXHAUSTED}) to the frame
 * that asked, as an iterator result ({@code Frame.RET_ITER}). Never throws NeedCall.
 */
public abstract class PyIterator extends PyContainer {
    abstract PyObject next(Vm vm);

    /** Whether next() never runs Python code (never returns PENDING). */
    boolean isSync() { return true; }

    /** Items left, when cheaply known (for length hints and work estimates); -1 if unknown. */
    long remaining() { return -1; }
}
