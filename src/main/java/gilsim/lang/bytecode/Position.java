package gilsim.lang.bytecode;

/**
 * Where an instruction's source is (one entry of CPython 3.11's {@code co_positions()}, PEP 657):
 * first and last line, and the columns as 0-based UTF-8 byte offsets into those lines, the end
 * exclusive. CPython keeps bytes, and so do we: the traceback converts them to characters on the
 * line it shows, with CPython's own quirks. {@link #UNKNOWN} (-1) marks what is not known: an
 * artificial instruction has no line, an instruction whose line comes from its neighbours may have
 * no columns.
 */
public record Position(int line, int endLine, int col, int endCol) {
    public static final int UNKNOWN = -1;
    public static final Position NONE = new Position(UNKNOWN, UNKNOWN, UNKNOWN, UNKNOWN);

    /** A line without columns (code built by hand, e.g. in tests). */
    public static Position lineOnly(int line) {
        return new Position(line, line, UNKNOWN, UNKNOWN);
    }

    /** Whether the columns are known (the traceback draws markers only then). */
    public boolean hasColumns() {
        return line >= 0 && endLine >= 0 && col >= 0 && endCol >= 0;
    }
}
