package gilsim.vm;

/**
 * The Java body of a built-in function or method. {@code args} are borrowed from the caller
 * (as CPython's vectorcall borrows them); the last {@code kwnames.length} of them are the
 * values of keyword arguments ({@code kwnames} is null when there are none). A method's
 * {@code args[0]} is self. Returns a new reference, or {@link Vm#PENDING} after pushing a
 * {@link NativeFrame} that will deliver the result (a built-in that calls Python code).
 * Errors are thrown as {@link PyRaise}.
 */
@FunctionalInterface
public interface NativeCode {
    PyObject call(Vm vm, PyObject[] args, String[] kwnames);
}
