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

    NeedCall(PyObject callable, PyObject[] args, String[] kwnames, String depthWhere) {
        super(null, null, false, false);
        this.callable = callable;
        this.args = args;
        this.kwnames = kwnames;
        this.depthWhere = depthWhere;
    }
}
