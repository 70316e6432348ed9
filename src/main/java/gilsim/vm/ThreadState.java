package gilsim.vm;

/**
 * One thread of execution: its frame stack (Python and native frames), the exception it is
 * handling, its recursion depth and its counters. {@link Interpreter#run} advances it; the
 * scheduler (the machine, or {@link SequentialHost}) decides which thread runs when.
 */
public final class ThreadState {
    public final String name;
    /** The threading.Thread object of this thread, when it has one (owned). */
    PyObject threadObject;
    Frame top;
    int depth;
    /** Bytecode instructions executed by this thread. */
    public long instructions;
    /** Steps of native continuations run by this thread. */
    public long nativeSteps;
    ExcItem excInfo = new ExcItem(null);
    /** Set by the machine: stop at the next eval-breaker check (a GIL drop request). */
    public boolean requestStop;
    /** Something needs the loop's attention at the next instruction boundary. */
    boolean attention;
    /** The blocking call the thread is in, until the scheduler completes it. */
    public BlockingCall blockedOn;
    /** The thread asked the scheduler to let another thread run. */
    boolean yieldRequested;
    /**
     * An eval-breaker check the thread owes before its next instruction: a call through C returned
     * through a native frame, or the thread stopped (blocked, yielded) right at a check site.
     * {@link Interpreter#run} makes it first thing when it resumes.
     */
    boolean checkDue;
    /** The value of the thread's first frame when it finished normally. */
    PyObject result;
    /** The exception that ended the thread, if any (owned). */
    PyRaise uncaught;
    boolean finished;
    /** Threads blocked in join() on this one. */
    final java.util.ArrayList<ThreadState> joiners = new java.util.ArrayList<>();
    /** Value kept by SET_RESULT (a cell's final expression), owned. */
    PyObject cellResult;
    /** Machine-owned per-thread state (core, clocks...). */
    public Object machineState;

    public ThreadState(String name) {
        this.name = name;
    }

    public boolean finished() { return finished; }

    /** The exception that ended the thread, or null. */
    public PyBaseException uncaughtException() { return uncaught == null ? null : uncaught.exception; }

    /** Ask the thread to stop at its next eval-breaker check (the machine's drop request). */
    public void setRequestStop(boolean on) {
        requestStop = on;
        if (on) attention = true;
    }

    /**
     * Ask the thread to stop at the next instruction boundary ({@link StopReason#YIELD}), e.g. after
     * a long built-in that went past the time the host lets it run to. When that boundary is an
     * eval-breaker check (the end of the CALL), the check is made when the thread resumes, after
     * whatever the host handles meanwhile.
     */
    public void requestYield() {
        yieldRequested = true;
        attention = true;
    }

    @Override
    public String toString() { return "<thread " + name + ">"; }
}
