package gilsim.vm;

/**
 * Thrown by {@link Vm#callInline} when a step needs the result of a Python call it has not made
 * yet: the eval loop pushes the call as a frame that returns into the step's {@link ReplayMemo}.
 * The arguments are borrowed from the step (they stay alive: the step re-runs with them).
 */
final class NeedCall extends RuntimeException {
    final PyObject callable;
    final PyObject[] args;
    final String[] kwnames;
    /** Recursion-limit message suffix when this call trips the limit (a C-level call). */
    final String depthWhere;
    /**
     * References the C code held when it made the call (the method it looked up, an item it
     * increfed while comparing): the loop holds them again while the call's frame runs, so the
     * callee sees CPython's counts.
     */
    final PyObject[] held;

    NeedCall(PyObject callable, PyObject[] args, String[] kwnames, String depthWhere, PyObject[] held) {
        super(null, null, false, false);
        this.callable = callable;
        this.args = args;
        this.kwnames = kwnames;
        this.depthWhere = depthWhere;
        this.held = held;
    }
}
