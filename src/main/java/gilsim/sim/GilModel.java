package gilsim.sim;

/**
 * A GIL of the simulated machine ({@code %gil}): who may execute bytecode in one interpreter. The
 * verbs are ceval_gil.c's: a thread that wants to run calls {@link #takeGil}; one that blocks or
 * ends calls {@link #dropGil}; a holder that stopped at an eval-breaker check because its stop flag
 * was set calls {@link #atCheckpoint}. Waiting threads get timed events back through
 * {@link #onEvent}.
 */
interface GilModel {
    /** Whether threads must hold this lock to execute bytecode ({@code %gil off}: no). */
    boolean exists();

    /** The thread wants to execute bytecode from {@code now}: it takes the GIL, or waits for it. */
    void takeGil(SimThread t, long now);

    /**
     * The run's main thread starts holding the GIL, as CPython's main thread does when a cell
     * starts (it has just run the previous code): no take, no hand-off, no cost. Models without
     * that notion take it as any thread would.
     */
    default void startHolding(SimThread t, long now) { takeGil(t, now); }

    /** The holder gives the GIL up at {@code now} because it blocks or ends (no forced switch). */
    void dropGil(SimThread t, long now);

    /** The holder stopped at an eval-breaker check (RESUME, JUMP_BACKWARD, after a call). */
    void atCheckpoint(SimThread t);

    /** A timed event of a thread that waits for this GIL. */
    void onEvent(SimThread t, EventKind kind, long now);

    /** Whether the thread is the holder and has been asked to drop the GIL. */
    boolean dropRequested(SimThread t);

    /** At most this many instructions in the thread's next chunk. */
    default long maxBudget(SimThread t) { return Long.MAX_VALUE; }

    /** After the thread executed {@code n} instructions. */
    default void afterChunk(SimThread t, long n) {}

    /** {@code sys.getswitchinterval()} in ps. */
    long switchIntervalPs();

    /** {@code sys.setswitchinterval()}: for this run only (the setting is {@code %switchinterval}). */
    void setSwitchIntervalPs(long ps);
}
