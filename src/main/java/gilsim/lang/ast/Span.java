package gilsim.lang.ast;

/**
 * Where a node or token sits in the cell's source.
 *
 * <p>Lines are 1-based. Columns are 1-based and count Unicode code points, as CPython's
 * {@code SyntaxError.offset} does (CPython's {@code ast} nodes use 0-based UTF-8 byte offsets
 * instead; we use one convention everywhere so that a caret can be drawn from any position).
 * The end is exclusive: a one-character token at column 5 has {@code endCol == 6}, matching
 * {@code SyntaxError.end_offset}.
 */
public record Span(int line, int col, int endLine, int endCol) {

    /** From the start of {@code first} to the end of {@code last}. */
    public static Span between(Span first, Span last) {
        return new Span(first.line, first.col, last.endLine, last.endCol);
    }
}
