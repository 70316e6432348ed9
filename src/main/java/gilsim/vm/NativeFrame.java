package gilsim.vm;

/**
 * A built-in's continuation: a small state machine that calls Python code and resumes with the
 * result, so that a built-in calling Python ({@code sorted(key=f)}, {@code map}, a class call
 * running {@code __init__}, {@code __del__}) is just another frame on the thread's stack, which
 * the machine can interrupt like any other (DESIGN.md §9). Never a nested Java eval loop.
 *
 * <p>The eval loop calls {@link #step} with the result of the last call the frame requested
 * (borrowed: the loop drops it after the step) — null on the first step, {@link Vm#EXHAUSTED}
 * when an iterator it asked for an item is exhausted. A step returns the frame's result (a new
 * reference: the frame is popped and the result handed to its caller) or {@link Vm#PENDING}
 * after requesting a call with {@link Vm#requestCall} or an item with {@link Iteration#next}.
 * A step that uses {@link Vm#callInline} must be pure up to its calls: it may be re-run.
 */
public abstract class NativeFrame extends Frame {
    /** The input of the next step (owned by the loop, which drops it after the step). */
    PyObject input;
    /** An exception to hand to {@link #stepException} instead of a result. */
    PyRaise pendingError;
    /** Whether the frame has its input and can run a step (false while it waits for a call). */
    boolean ready = true;
    /** For subclasses: whether the first step has run. */
    protected boolean started;
    /** The name shown for this frame in diagnostics. */
    final String name;

    protected NativeFrame(String name) {
        this.name = name;
        this.refcnt = 0;
        Heap.allocations--;
    }

    @Override
    public PyType type() { return Types.FRAME; }

    /** Advance the state machine; see the class comment. */
    protected abstract PyObject step(Vm vm, PyObject input);

    /**
     * The call or iteration the frame asked for raised. Default: propagate it. (The loop drops
     * its reference to the error after the step: a step that rethrows it increfs it first.)
     */
    protected PyObject stepException(Vm vm, PyRaise error) {
        vm.heap.incref(error.exception);
        throw error;
    }

    /**
     * The step has used the results of its inline calls and advanced its state: forget them,
     * so that a re-run of the step starts from the new state with no stale results.
     */
    protected void commit(Vm vm) {
        if (memo != null) memo.release(vm.heap);
    }

    /** Drop the references the frame holds; called once, when it is popped. */
    protected void release(Heap heap) {}

    @Override
    public String toString() { return "<native " + name + ">"; }
}
