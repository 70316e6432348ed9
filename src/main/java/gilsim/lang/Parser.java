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
        SourceText src = new SourceText(source);
        Parse parse = new Parse(source, src);
        Module module = parse.module();
        SymbolTable symbols = SymbolTable.build(module, src);
        ContextChecker.check(module, src);
        if (parse.cursor.firstUnsupported() != null) throw parse.cursor.firstUnsupported();
        return new Analysis(module, symbols);
    }

    /**
     * One parse of a cell. CPython parses twice when the first pass fails, the second time
     * with its error rules; gilsim applies its error rules during the one pass, which gives the
     * same error except where an error rule also matches valid code that comes earlier, as
     * invalid_legacy_expression matches {@code print * b}: for that rule alone a failed parse
     * is repeated with the rule applied everywhere.
     */
    private static final class Parse {
        final Lexer.Result lexed;
        final TokenCursor cursor;
        private final String source;
        private final SourceText src;

        Parse(String source, SourceText src) {
            this.source = source;
            this.src = src;
            this.lexed = Lexer.tokenize(source);
            this.cursor = new TokenCursor(lexed.tokens(), src);
        }

        Module module() throws PySyntaxError {
            try {
                return new Module(new StatementParser(cursor, expressionParser(cursor)).file());
            } catch (ParseError e) {
                PySyntaxError first = resolve(e, cursor, lexed);
                if (first.kind().equals(PySyntaxError.SYNTAX_ERROR) && !lexed.overridesParserErrors()
                        && !cursor.reachedLexerError()) {
                    PySyntaxError legacy = secondPass();
                    if (legacy != null) throw legacy;
                }
                throw first;
            }
        }

        private PySyntaxError secondPass() {
            TokenCursor again = new TokenCursor(lexed.tokens(), src);
            ExpressionParser x = expressionParser(again);
            x.rules.legacyEverywhere = true;
            try {
                new StatementParser(again, x).file();
            } catch (ParseError e) {
                if (e.error.msg().startsWith("Missing parentheses in call to ")) return e.error;
            }
            return null;
        }
    }

    /**
     * Runs the front end once over a cell that uses most of it, so that the JVM has loaded and
     * linked its classes before the first real request (is_complete must answer fast even
     * then). Meant for a background thread at kernel start; never throws.
     */
    public static void warmUp() {
        String[] cells = {
            "import threading\n@dec\ndef f(a, b=1, *args, c, **kw) -> int:\n"
                + "    global g\n    x = [i * 2 for i in range(a) if i % 2]\n"
                + "    y = {k: v for k, v in kw.items()}, {*args}, (z for z in args)\n"
                + "    s = f'{x!r:>{b}} {y=}' 'plain\\n' r'\\d'\n"
                + "    try:\n        del x[0], y\n    except (ValueError, KeyError) as e:\n"
                + "        raise RuntimeError('bad') from e\n    finally:\n        pass\n"
                + "    with open(f) as h:\n        while not a and b or c:\n            break\n"
                + "    return lambda q: q ** -1 if q else 0x1F + 1.5e3\n"
                + "class C(Base):\n    def m(self):\n        nonlocal_free = super().m()\n"
                + "        def g():\n            nonlocal nonlocal_free\n            yield nonlocal_free\n",
            "x = = 1", "f(a b)", "if x\n", "x = (1,", "print 'x'", "1 = x", "async def f(): pass",
        };
        for (String cell : cells) {
            try {
                analyze(cell);
            } catch (PySyntaxError | UnsupportedFeatureError expected) {
                // Only the work matters.
            }
            CompletenessChecker.check(cell);
        }
    }

    /**
     * The parser's stage alone, as {@code ast.parse}: no scope or compiler checks ({@code (yield) + 1}
     * parses). The traceback parses a piece of a line with it to find the operator to mark.
     */
    public static Module syntaxTree(String source) throws PySyntaxError {
        return new Parse(source, new SourceText(source)).module();
    }

    /** How a cell fares in {@link #checkSyntax}. */
    enum SyntaxCheck { OK, FAILS_AT_END, FAILS }

    /**
     * Whether {@code source} compiles (constructs outside the subset aside), and if not whether
     * the parser failed where the input ends, which CPython calls "incomplete input".
     */
    static SyntaxCheck checkSyntax(String source) {
        Lexer.Result lexed = Lexer.tokenize(source);
        SourceText src = new SourceText(source);
        TokenCursor cursor = new TokenCursor(lexed.tokens(), src);
        Module module;
        try {
            module = new Module(new StatementParser(cursor, expressionParser(cursor)).file());
        } catch (ParseError e) {
            return cursor.atEnd() ? SyntaxCheck.FAILS_AT_END : SyntaxCheck.FAILS;
        }
        try {
            SymbolTable.build(module, src);
            ContextChecker.check(module, src);
        } catch (PySyntaxError e) {
            return SyntaxCheck.FAILS;
        }
        return SyntaxCheck.OK;
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
        if (cursor.reachedLexerError()) return lexed.stopError();
        if (e.unexpectedIndent) return e.error;
        if (lexed.stopError() != null && lexed.overridesParserErrors()) return lexed.stopError();
        if (lexed.unclosed() != null && cursor.furthestLine() > lexed.unclosed().line()) {
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
        // The tokenizer's own errors keep their message; the parser's get the prefix.
        String msg = e == lexed.stopError() && lexed.overridesParserErrors() ? e.msg()
                : "f-string: " + e.msg();
        return new PySyntaxError(e.kind(), msg, e.pos(), e.end(), shown);
    }
}
