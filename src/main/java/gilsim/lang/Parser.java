package gilsim.lang;

import static gilsim.lang.TokenKind.*;

import gilsim.lang.TokenCursor.ParseError;
import gilsim.lang.ast.Expr;
import gilsim.lang.ast.Module;

/**
 * The front end's entry point: source text to a checked AST, with every error CPython 3.11's
 * {@code compile(source, "<cell>", "exec")} would raise, in the order it raises them.
 *
 * <ol>
 *   <li>tokenizer and parser errors ({@link Lexer}, {@link StatementParser} and friends),
 *       including CPython's rule that a tokenizer error later in the cell wins over a generic
 *       parser error;</li>
 *   <li>scope errors ({@link SymbolTable}: global/nonlocal misuse, duplicate parameters);</li>
 *   <li>the compiler's own checks ({@link ContextChecker}: 'return' outside function, starred
 *       expressions out of place, ...);</li>
 *   <li>and only then, for a program CPython accepts, the first construct outside gilsim's
 *       subset, as an {@link UnsupportedFeatureError}.</li>
 * </ol>
 */
public final class Parser {

    /** A checked cell: its AST and the scopes the compiler needs. */
    public record Analysis(Module module, SymbolTable symbols) {
    }

    private Parser() {
    }

    /** Parses and checks {@code source}; see the class comment for the order of errors. */
    public static Module parse(String source) throws PySyntaxError, UnsupportedFeatureError {
        return analyze(source).module();
    }

    /** Like {@link #parse}, also returning the symbol table built for the checks. */
    public static Analysis analyze(String source) throws PySyntaxError, UnsupportedFeatureError {
        Lexer.Result lexed = Lexer.tokenize(source);
        SourceText src = new SourceText(source);
        TokenCursor cursor = new TokenCursor(lexed.tokens(), src);
        Module module;
        try {
            module = new Module(new StatementParser(cursor, expressionParser(cursor)).file());
        } catch (ParseError e) {
            throw resolve(e, cursor, lexed);
        }
        SymbolTable symbols = SymbolTable.build(module, src);
        ContextChecker.check(module, src);
        if (cursor.firstUnsupported() != null) throw cursor.firstUnsupported();
        return new Analysis(module, symbols);
    }

    /** The parser's stage alone, as {@code ast.parse}: no scope or compiler checks. */
    static Module syntaxTree(String source) throws PySyntaxError {
        Lexer.Result lexed = Lexer.tokenize(source);
        TokenCursor cursor = new TokenCursor(lexed.tokens(), new SourceText(source));
        try {
            return new Module(new StatementParser(cursor, expressionParser(cursor)).file());
        } catch (ParseError e) {
            throw resolve(e, cursor, lexed);
        }
    }

    /** The parsers of one token stream, wired to each other. */
    static ExpressionParser expressionParser(TokenCursor cursor) {
        ExpressionParser x = new ExpressionParser(cursor);
        x.arguments = new ArgumentsParser(cursor, x);
        x.displays = new DisplayParser(cursor, x);
        x.strings = new StringParser(cursor, x);
        return x;
    }

    /**
     * Which error CPython reports when the parser fails: the tokenizer's, if the parser stopped
     * on it; a generic failure on an INDENT stays "unexpected indent"; otherwise a tokenizer
     * error anywhere in the cell, then a bracket left open on an earlier line, take precedence
     * (CPython tokenizes the rest of the input before reporting, see
     * _PyPegen_tokenize_full_source_to_check_for_errors).
     */
    private static PySyntaxError resolve(ParseError e, TokenCursor cursor, Lexer.Result lexed) {
        if (cursor.peek().is(ERRORTOKEN)) return lexed.stopError();
        if (e.unexpectedIndent) return e.error;
        if (lexed.stopError() != null && lexed.overridesParserErrors()) return lexed.stopError();
        if (lexed.unclosed() != null && e.error.pos().line() > lexed.unclosed().line()) {
            return lexed.stopError();
        }
        return e.error;
    }

    /**
     * The expression of an f-string field, {@code text} being "(" + expression + ")" and
     * ({@code line}, {@code column}) the position of its '{' in the cell.
     */
    static Expr fStringExpression(String text, int line, int column, TokenCursor outer) {
        Lexer.Result lexed = Lexer.tokenize(text, line, column);
        TokenCursor cursor = new TokenCursor(lexed.tokens(), new SourceText(text));
        Expr e = expressionParser(cursor).starExpressions();
        if (!cursor.check(NEWLINE) && !cursor.check(ENDMARKER)) throw cursor.invalidSyntax();
        if (cursor.firstUnsupported() != null) outer.unsupported(cursor.firstUnsupported());
        return e;
    }

    /**
     * The error CPython 3.11 reports for a bad f-string field: "f-string: " + the message, with
     * columns counted in {@code text} ("(" + expression + ")"), which is also the line shown.
     */
    static PySyntaxError fStringExpressionError(String text, int line) {
        Lexer.Result lexed = Lexer.tokenize(text, line, 1);
        TokenCursor cursor = new TokenCursor(lexed.tokens(), new SourceText(text));
        PySyntaxError e;
        try {
            expressionParser(cursor).starExpressions();
            throw cursor.invalidSyntax();
        } catch (ParseError failure) {
            e = resolve(failure, cursor, lexed);
        }
        String shown = new SourceText(text).line(e.pos().line() - line + 1);
        return new PySyntaxError(e.kind(), "f-string: " + e.msg(), e.pos(), e.end(), shown);
    }
}
