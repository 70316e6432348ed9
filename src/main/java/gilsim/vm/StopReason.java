package gilsim.vm;

/** Why {@link Interpreter#run} returned. */
public enum StopReason {
    /** The instruction budget is spent; the thread can continue. */
    BUDGET,
    /** The thread reached an eval-breaker check (RESUME, JUMP_BACKWARD, after a C call) while
     *  {@link ThreadState#requestStop} was set: the place where CPython's holder drops the GIL. */
    CHECKPOINT,
    /** The thread made a blocking call ({@link ThreadState#blockedOn}); it continues when the
     *  scheduler has completed that call and cleared it. */
    BLOCKED,
    /** The thread asked to let another run (it started a thread, in the single-threaded host). */
    YIELD,
    /** The thread's code has finished (normally or with an uncaught exception). */
    FINISHED
}
