package gilsim.vm;

/**
 * What the VM needs from whoever schedules its threads: the simulated machine (issue 4) or,
 * for plain single-threaded runs, {@link SequentialHost}.
 */
public interface ThreadHost {
    /** A program called {@code Thread.start()}: the new thread is ready to run. */
    void started(ThreadState thread);

    /** A lock was released: the host may hand it to a thread blocked on it. */
    void lockReleased(PyLock lock);

    /** A free lock was taken at once, without blocking (the host may charge its cost). */
    default void lockAcquired(PyLock lock) {}

    /** The simulated clock in nanoseconds ({@code time.perf_counter}). */
    long nanoTime();

    /** The switch interval ({@code sys.getswitchinterval}), in nanoseconds. */
    long switchIntervalNanos();

    void setSwitchIntervalNanos(long nanos);

    /** Size-dependent work of a long built-in (one uninterruptible step), in abstract units. */
    default void builtinWork(ThreadState thread, String what, long units) {}
}
