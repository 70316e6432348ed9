package gilsim.vm;

/**
 * A call that blocks the thread, reported to the scheduler (which releases the GIL around it,
 * as CPython's Py_BEGIN_ALLOW_THREADS does). The built-in has already produced its result;
 * the thread stays {@link StopReason#BLOCKED} until the scheduler clears
 * {@link ThreadState#blockedOn}.
 */
public sealed interface BlockingCall {
    /** time.sleep(seconds). */
    record Sleep(long nanos) implements BlockingCall {}

    /** Simulated I/O ({@code simio.read(ms)}, {@code simio.io_wait(ms)}): blocks, releases the GIL. */
    record Io(long nanos) implements BlockingCall {}

    /** Lock.acquire() on a held lock: the scheduler hands the lock over when it is released. */
    record Acquire(PyLock lock) implements BlockingCall {}

    /** Thread.join() on a thread that has not finished. */
    record Join(ThreadState thread) implements BlockingCall {}
}
