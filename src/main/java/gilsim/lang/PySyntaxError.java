package gilsim.lang;

/**
 * A SyntaxError of the workload, as a value: what CPython 3.11 would raise when compiling the same
 * source, so the kernel can print it as IPython does (offending line, caret, "kind: message").
 *
 * <p>{@code kind} is "SyntaxError", "IndentationError" or "TabError"; or "RecursionError" for a
 * cell nested too deeply to compile, which CPython reports without position (the position here
 * is only where gilsim gave up). {@code pos} is CPython's
 * ({@code lineno}, {@code offset}); {@code end} its ({@code end_lineno}, {@code end_offset}),
 * or null where CPython reports none (it reports -1 or 0 there). {@code lineText} is the
 * offending source line without its line break ("" when the position is past the end).
 */
public final class PySyntaxError extends Exception {

    public static final String SYNTAX_ERROR = "SyntaxError";
    public static final String INDENTATION_ERROR = "IndentationError";
    public static final String TAB_ERROR = "TabError";
    public static final String RECURSION_ERROR = "RecursionError";

    private final String kind;
    private final String msg;
    private final SourcePos pos;
    private final SourcePos end;
    private final String lineText;

    public PySyntaxError(String kind, String msg, SourcePos pos, SourcePos end, String lineText) {
        // A value, not a Java failure: no stack trace (the parser creates and drops many while
        // it backtracks).
        super(kind + ": " + msg + " (line " + pos.line() + ", column " + pos.column() + ")", null,
                false, false);
        this.kind = kind;
        this.msg = msg;
        this.pos = pos;
        this.end = end;
        this.lineText = lineText;
    }

    /** "SyntaxError", "IndentationError" or "TabError". */
    public String kind() {
        return kind;
    }

    /** The message without position, e.g. "expected ':'". */
    public String msg() {
        return msg;
    }

    public SourcePos pos() {
        return pos;
    }

    /** Nullable: where CPython reports no end position. */
    public SourcePos end() {
        return end;
    }

    public String lineText() {
        return lineText;
    }

    /** A copy of this error with another message (same kind and position). */
    PySyntaxError withMessage(String newMsg) {
        return new PySyntaxError(kind, newMsg, pos, end, lineText);
    }
}
