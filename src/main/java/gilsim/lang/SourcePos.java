package gilsim.lang;

/**
 * A position in a cell: 1-based line, 1-based column in code points (CPython's
 * {@code SyntaxError.offset} convention; see {@link gilsim.lang.ast.Span}).
 */
public record SourcePos(int line, int column) {
}
