package gilsim.sim;

/** What a thread does when its timed event comes due. */
enum EventKind {
    /** A new thread becomes runnable (after its creation latency). */
    START,
    /** A sleep or simulated I/O has completed. */
    IO_DONE,
    /** A lock was handed over, a joined thread ended, a started thread began: the waiter wakes. */
    UNBLOCK,
    /** take_gil's timed wait on the GIL's condition variable expired (the new GIL). */
    GIL_TIMEOUT,
    /** A waiter signalled by drop_gil's COND_SIGNAL is running again. */
    GIL_SIGNAL,
    /** FORCE_SWITCHING: the old holder, woken from switch_cond, calls take_gil again. */
    GIL_SWITCH_WAKE,
    /** The legacy GIL's holder re-acquires right after its every-100-ticks release. */
    GIL_REACQUIRE
}
