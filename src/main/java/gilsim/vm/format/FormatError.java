package gilsim.vm.format;

/**
 * An exception CPython raises while formatting or parsing, given as the Python exception type
 * name ({@code "ValueError"}, {@code "TypeError"}, {@code "OverflowError"}, {@code "KeyError"})
 * and CPython's message, word for word. The VM turns it into the Python exception.
 */
public final class FormatError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String pythonType;

    public FormatError(String pythonType, String message) {
        super(message, null, false, false);
        this.pythonType = pythonType;
    }

    public static FormatError valueError(String message) {
        return new FormatError("ValueError", message);
    }

    public static FormatError typeError(String message) {
        return new FormatError("TypeError", message);
    }

    public static FormatError overflowError(String message) {
        return new FormatError("OverflowError", message);
    }

    /** The Python exception type's name, e.g. {@code "ValueError"}. */
    public String pythonType() {
        return pythonType;
    }

    /** How Python prints it at the end of a traceback: {@code ValueError: message}. */
    @Override
    public String toString() {
        return pythonType + ": " + getMessage();
    }
}
