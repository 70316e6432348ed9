package gilsim.lang;

import gilsim.lang.ast.Span;

/**
 * One token. {@code text} is the source text; {@code literal} the value of INT (Long or
 * BigInteger), FLOAT (Double) and STRING ({@link StringBody}) tokens, else null. Positions follow {@link Span}: 1-based line and
 * code-point column, end exclusive.
 *
 * <p>Layout tokens carry the positions CPython's error messages use: NEWLINE starts at the comment
 * before the line break, if any, else at the line break, and ends at the line break; INDENT sits
 * at the first character after the indentation; DEDENT and ENDMARKER sit where the next token
 * starts (at the end of the source for the final ones).
 */
public record Token(TokenKind kind, String text, Object literal, int line, int column, int endLine,
        int endColumn) {

    public Span span() {
        return new Span(line, column, endLine, endColumn);
    }

    public boolean is(TokenKind k) {
        return kind == k;
    }

    @Override
    public String toString() {
        return kind + (text.isEmpty() ? "" : " '" + text + "'") + " " + line + ":" + column;
    }
}
