package gilsim.vm;

/**
 * threading.Lock: a simulated mutex. A thread that finds it held blocks
 * ({@link BlockingCall.Acquire}); the scheduler hands the lock to a waiter when it is released.
 */
public final class PyLock extends PyObject {
    /** The holder, or null when free. */
    public ThreadState owner;

    @Override
    public PyType type() { return ModuleTypes.LOCK; }

    public boolean locked() { return owner != null; }
}
