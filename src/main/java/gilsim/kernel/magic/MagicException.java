package gilsim.kernel.magic;

/**
 * A magic that cannot be applied: unknown name, bad argument or impossible combination. The
 * settings are unchanged. Shown as IPython shows its own: {@code UsageError: <message>}.
 */
public final class MagicException extends Exception {
    private final int line;

    public MagicException(String message) {
        this(message, 0);
    }

    private MagicException(String message, int line) {
        super(message);
        this.line = line;
    }

    /** The exception name shown to the user, as IPython's magics raise it. */
    public String ename() {
        return "UsageError";
    }

    /** The 1-based cell line of the magic, or 0 when not known. */
    public int line() {
        return line;
    }

    /** The same error, located on a cell line. */
    public MagicException atLine(int cellLine) {
        return new MagicException(getMessage(), cellLine);
    }
}
