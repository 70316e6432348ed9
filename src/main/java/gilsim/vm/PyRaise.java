package gilsim.vm;

/**
 * A Python exception crossing Java code (a built-in, an operator, the eval loop's helpers).
 * It owns one reference to the exception object. The eval loop catches it and unwinds the
 * Python frames through the code's exception table; nothing else should catch it except to
 * handle that exact Python exception (e.g. StopIteration ending a loop).
 */
public final class PyRaise extends RuntimeException {
    public final PyBaseException exception;
    /** Whether __context__ was already set at the raise (a re-raise or propagation sets none). */
    boolean chained;

    public PyRaise(PyBaseException exception) {
        super(null, null, false, false);
        this.exception = exception;
    }

    /** Whether the exception is an instance of the type (or a subclass). */
    public boolean matches(PyType type) {
        return exception.type().isSubtypeOf(type);
    }

    @Override
    public String getMessage() {
        return exception.type().name + ": " + exception.messageForJava();
    }
}
