package gilsim.vm;

/**
 * An activation on a thread's frame stack: a Python frame ({@link PyFrame}) or a native
 * continuation ({@link NativeFrame}, a built-in waiting for the result of a Python call).
 * Frames link to the activation they return to ({@link #back}); {@link #returnMode} says how
 * the result is handed over.
 */
public abstract class Frame extends PyContainer {
    /** Push the result on the caller's stack (a CALL). */
    static final int RET_PUSH = 0;
    /** Hand the result to the native frame below ({@link NativeFrame#step}). */
    static final int RET_STEP = 1;
    /** Record the result in the caller's replay memo and re-run its current step. */
    static final int RET_MEMO = 2;
    /** An iterator's next item for a FOR_ITER or native frame; exhaustion delivers EXHAUSTED. */
    static final int RET_ITER = 3;
    /** The first frame of a thread: its result ends the thread. */
    static final int RET_THREAD = 4;
    /** The result is dropped (a __del__ call). */
    static final int RET_DISCARD = 5;
    /** Drop the caller's pending CALL items and push nothing (LIST_EXTEND of a generator...). */
    static final int RET_NOPUSH = 6;
    /** UNPACK_SEQUENCE of a generator: drop the iterable, push the tuple's items last first. */
    static final int RET_UNPACK = 7;

    Frame back;
    int returnMode;
    /** Results of Python calls made by the current step, replayed when it re-runs. */
    ReplayMemo memo;
    /** Recursion depth this activation adds (1 for Python frames and C-level calls). */
    int depthCost;
}
