package gilsim.lang;

import static gilsim.lang.TokenKind.*;

import gilsim.lang.ast.Expr;
import gilsim.lang.ast.Span;
import java.util.List;

/**
 * The parser's view of the token list: the jlox helpers ({@link #check}, {@link #match},
 * {@link #advance}, {@link #expect}) plus the two ways a parse ends early: a {@link ParseError}
 * holding CPython's SyntaxError, and the first construct outside gilsim's subset, which is only
 * recorded, so that a later syntax error (which CPython would report) still wins.
 */
final class TokenCursor {

    /** Unwinds the parser; carries the SyntaxError CPython would raise. */
    static final class ParseError extends RuntimeException {
        final PySyntaxError error;
        final boolean unexpectedIndent;

        ParseError(PySyntaxError error, boolean unexpectedIndent) {
            super(error.msg(), null, false, false);
            this.error = error;
            this.unexpectedIndent = unexpectedIndent;
        }
    }

    private final List<Token> tokens;
    private final int[] levels;
    final SourceText src;
    private int pos;
    private UnsupportedFeatureError unsupported;

    TokenCursor(List<Token> tokens, SourceText src) {
        this.tokens = tokens;
        this.src = src;
        this.levels = new int[tokens.size()];
        int level = 0;
        for (int i = 0; i < tokens.size(); i++) {
            TokenKind k = tokens.get(i).kind();
            if (k == LPAREN || k == LBRACKET || k == LBRACE) level++;
            if (k == RPAREN || k == RBRACKET || k == RBRACE) level--;
            levels[i] = level;
        }
    }

    Token peek() {
        return tokens.get(pos);
    }

    Token peek(int ahead) {
        return tokens.get(Math.min(pos + ahead, tokens.size() - 1));
    }

    Token previous() {
        return tokens.get(pos - 1);
    }

    boolean check(TokenKind kind) {
        return tokens.get(pos).kind() == kind;
    }

    boolean checkAny(TokenKind... kinds) {
        TokenKind k = tokens.get(pos).kind();
        for (TokenKind kind : kinds) {
            if (k == kind) return true;
        }
        return false;
    }

    /** True for a NAME token spelled {@code word} (soft keywords: match, case, _). */
    boolean checkName(String word) {
        Token t = tokens.get(pos);
        return t.kind() == NAME && t.text().equals(word);
    }

    boolean match(TokenKind kind) {
        if (!check(kind)) return false;
        advance();
        return true;
    }

    Token advance() {
        Token t = tokens.get(pos);
        if (t.kind() != ENDMARKER && t.kind() != ERRORTOKEN) pos++;
        return t;
    }

    /** Consumes a {@code kind} token or fails with "invalid syntax" at the current token. */
    Token expect(TokenKind kind) {
        if (!check(kind)) throw invalidSyntax();
        return advance();
    }

    /** Consumes a {@code kind} token or fails with {@code message} at the current token. */
    Token expect(TokenKind kind, String message) {
        if (!check(kind)) throw errorAtCurrent(message);
        return advance();
    }

    int mark() {
        return pos;
    }

    void reset(int mark) {
        pos = mark;
    }

    /** Bracket nesting level after the token before the cursor, as CPython's token->level. */
    int levelOfPrevious() {
        return pos == 0 ? 0 : levels[pos - 1];
    }

    // --- errors --------------------------------------------------------------------------------

    ParseError invalidSyntax() {
        return errorAtCurrent("invalid syntax");
    }

    /**
     * An error at the current token, positioned as CPython does: a token's own span; INDENT and
     * DEDENT where the tokenizer stood (after the indentation) and no end; the end of input for
     * ENDMARKER. At an INDENT a generic error becomes "unexpected indent"; at an ERRORTOKEN the
     * lexer's own error is raised instead.
     */
    ParseError errorAtCurrent(String message) {
        Token t = peek();
        if ((t.kind() == INDENT || t.kind() == DEDENT) && message.equals("invalid syntax")) {
            String what = t.kind() == INDENT ? "unexpected indent" : "unexpected unindent";
            return new ParseError(new PySyntaxError(PySyntaxError.INDENTATION_ERROR, what,
                    new SourcePos(t.line(), t.column()), null, src.line(t.line())), true);
        }
        return new ParseError(errorAt(t, PySyntaxError.SYNTAX_ERROR, message), false);
    }

    PySyntaxError errorAt(Token t, String kind, String message) {
        SourcePos p = new SourcePos(t.line(), t.column());
        boolean layout = t.kind() == INDENT || t.kind() == DEDENT || t.kind() == ENDMARKER;
        SourcePos end = layout ? null : new SourcePos(t.endLine(), t.endColumn());
        return new PySyntaxError(kind, message, p, end, src.line(t.line()));
    }

    /** RAISE_SYNTAX_ERROR_KNOWN_LOCATION: from the start to the end of {@code span}. */
    ParseError errorAt(Span span, String message) {
        return new ParseError(spanError(span, message), false);
    }

    ParseError errorAt(Expr e, String message) {
        return errorAt(e.span(), message);
    }

    /** RAISE_SYNTAX_ERROR_KNOWN_RANGE: from the start of {@code a} to the end of {@code b}. */
    ParseError errorBetween(Span a, Span b, String message) {
        return errorAt(Span.between(a, b), message);
    }

    PySyntaxError spanError(Span span, String message) {
        return new PySyntaxError(PySyntaxError.SYNTAX_ERROR, message,
                new SourcePos(span.line(), span.col()),
                new SourcePos(span.endLine(), span.endCol()), src.line(span.line()));
    }

    ParseError indentationError(Token at, String message) {
        return new ParseError(errorAt(at, PySyntaxError.INDENTATION_ERROR, message), false);
    }

    // --- constructs outside the subset ---------------------------------------------------------

    /** Records the first construct outside the subset; parsing goes on. */
    void unsupported(String construct, boolean plural, int line) {
        if (unsupported == null) unsupported = new UnsupportedFeatureError(construct, plural, line);
    }

    /** Adopts the first unsupported construct of a nested parse (an f-string field). */
    void unsupported(UnsupportedFeatureError nested) {
        if (unsupported == null) unsupported = nested;
    }

    UnsupportedFeatureError firstUnsupported() {
        return unsupported;
    }
}
