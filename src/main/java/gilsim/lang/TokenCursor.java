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

        /** A plain failure of the grammar, as opposed to a specific message of an error rule. */
        boolean isGeneric() {
            return unexpectedIndent || error.msg().equals("invalid syntax");
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
        this.speculationBudget = 50L * tokens.size() + 10_000;
        int level = 0;
        for (int i = 0; i < tokens.size(); i++) {
            TokenKind k = tokens.get(i).kind();
            if (k == LPAREN || k == LBRACKET || k == LBRACE) level++;
            if (k == RPAREN || k == RBRACKET || k == RBRACE) level--;
            levels[i] = level;
        }
    }

    /** The furthest token the parser has looked at, as CPython's p->tokens[p->fill - 1]. */
    private int furthest;
    /**
     * The furthest token looked at outside error rules: where CPython's first pass, which has
     * no error rules, gave up, and so where it reports a plain "invalid syntax".
     */
    private int furthestPlain;
    private int errorRules;
    /**
     * Tokens error rules may still look at. CPython's packrat parser memoizes, so its error
     * rules cost little even when they re-read nested code at every level; gilsim's do not,
     * and this bound keeps a pathological cell linear (the rules then simply stop applying).
     */
    private long speculationBudget;

    private Token fetch(int i) {
        if (i > furthest) furthest = i;
        if (errorRules == 0) {
            if (i > furthestPlain) furthestPlain = i;
        } else {
            speculationBudget--;
        }
        return tokens.get(i);
    }

    boolean speculationAllowed() {
        return speculationBudget > 0;
    }

    /** Brackets the lookahead of an error rule (CPython's second pass). */
    void beginErrorRule() {
        errorRules++;
    }

    void endErrorRule() {
        errorRules--;
    }

    /** A look ahead on behalf of an error rule (not counted as the plain grammar's). */
    Token peekForErrorRule(int ahead) {
        errorRules++;
        try {
            return peek(ahead);
        } finally {
            errorRules--;
        }
    }

    /** Whether the parser has looked at the ERRORTOKEN, which raises the lexer's error. */
    boolean reachedLexerError() {
        return tokens.get(furthest).kind() == ERRORTOKEN;
    }

    Token peek() {
        return fetch(pos);
    }

    Token peek(int ahead) {
        return fetch(Math.min(pos + ahead, tokens.size() - 1));
    }

    /** The line of the furthest token looked at (CPython compares it with open brackets). */
    int furthestLine() {
        return tokens.get(furthest).line();
    }

    Token previous() {
        return tokens.get(pos - 1);
    }

    boolean check(TokenKind kind) {
        return fetch(pos).kind() == kind;
    }

    boolean checkAny(TokenKind... kinds) {
        TokenKind k = fetch(pos).kind();
        for (TokenKind kind : kinds) {
            if (k == kind) return true;
        }
        return false;
    }

    /** True for a NAME token spelled {@code word} (soft keywords: match, case, _). */
    boolean checkName(String word) {
        Token t = fetch(pos);
        return t.kind() == NAME && t.text().equals(word);
    }

    boolean match(TokenKind kind) {
        if (!check(kind)) return false;
        advance();
        return true;
    }

    Token advance() {
        Token t = fetch(pos);
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

    /** Only DEDENTs and the ENDMARKER are left: the input ended where the parser stands. */
    boolean atEnd() {
        for (int i = pos; i < tokens.size(); i++) {
            TokenKind k = tokens.get(i).kind();
            if (k != DEDENT && k != ENDMARKER) return false;
        }
        return true;
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

    /** CPython's generic error: "invalid syntax" where its first pass gave up. */
    ParseError invalidSyntax() {
        return errorAt(Math.max(pos, furthestPlain), "invalid syntax");
    }

    /**
     * RAISE_SYNTAX_ERROR without a location: CPython puts it at the last token it fetched,
     * which may lie beyond the current one.
     */
    ParseError errorAtLastToken(String message) {
        return errorAt(Math.max(pos, furthest), message);
    }

    /**
     * An error at the current token, positioned as CPython does: a token's own span; INDENT and
     * DEDENT where the tokenizer stood (after the indentation) and no end; the end of input for
     * ENDMARKER. At an INDENT a generic error becomes "unexpected indent"; at an ERRORTOKEN the
     * lexer's own error is raised instead.
     */
    ParseError errorAtCurrent(String message) {
        return errorAt(pos, message);
    }

    private ParseError errorAt(int index, String message) {
        Token t = fetch(index);
        if ((t.kind() == INDENT || t.kind() == DEDENT) && message.equals("invalid syntax")) {
            String what = t.kind() == INDENT ? "unexpected indent" : "unexpected unindent";
            return new ParseError(new PySyntaxError(PySyntaxError.INDENTATION_ERROR, what,
                    new SourcePos(t.line(), t.column()), null, src.line(t.line())), true);
        }
        return new ParseError(errorAt(t, PySyntaxError.SYNTAX_ERROR, message), false);
    }

    /** CPython's RecursionError for a cell nested too deeply to compile. */
    ParseError recursionError() {
        return new ParseError(errorAt(peek(), PySyntaxError.RECURSION_ERROR,
                SymbolTableBuilder.TOO_DEEP), false);
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
