package gilsim.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gilsim.lang.ast.Expr;
import gilsim.lang.ast.Stmt;
import java.math.BigInteger;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class LexerTest {

    /** Token kinds, with the text of names and literals, separated by spaces. */
    private static String kinds(String source) {
        Lexer.Result r = Lexer.tokenize(source);
        return r.tokens().stream().map(t -> switch (t.kind()) {
            case NAME, INT, FLOAT, STRING -> t.kind() + "(" + t.text() + ")";
            default -> t.kind().name();
        }).collect(Collectors.joining(" "));
    }

    private static Object literal(String expression) throws Exception {
        Stmt.ExprStmt s = (Stmt.ExprStmt) Parser.parse(expression).body().get(0);
        return ((Expr.Constant) s.value()).value();
    }

    @Test
    void indentPushesAndDedentPopsOneTokenPerLevel() {
        assertEquals("IF NAME(a) COLON NEWLINE INDENT IF NAME(b) COLON NEWLINE INDENT NAME(c) "
                + "NEWLINE DEDENT DEDENT NAME(d) NEWLINE ENDMARKER",
                kinds("if a:\n    if b:\n        c\nd\n"));
    }

    @Test
    void openBlocksAreClosedAtTheEndOfInput() {
        assertEquals("IF NAME(a) COLON NEWLINE INDENT NAME(b) NEWLINE DEDENT ENDMARKER",
                kinds("if a:\n  b"));
    }

    @Test
    void blankAndCommentLinesNeitherEndLinesNorChangeIndentation() {
        assertEquals("IF NAME(a) COLON NEWLINE INDENT NAME(b) NEWLINE NAME(c) NEWLINE DEDENT "
                + "ENDMARKER", kinds("if a:\n    b\n\n# at column 0\n        \n  # odd\n    c\n"));
    }

    @Test
    void lineBreaksInsideBracketsContinueTheLine() {
        assertEquals("NAME(x) EQUAL LPAREN INT(1) PLUS INT(2) RPAREN NEWLINE ENDMARKER",
                kinds("x = (1 +\n        2)\n"));
    }

    @Test
    void backslashJoinsLines() {
        assertEquals("NAME(x) EQUAL INT(1) PLUS INT(2) NEWLINE ENDMARKER", kinds("x = 1 + \\\n  2"));
    }

    @Test
    void tabsIndentToMultiplesOfEight() {
        assertEquals("IF NAME(a) COLON NEWLINE INDENT NAME(b) NEWLINE NAME(c) NEWLINE DEDENT "
                + "ENDMARKER", kinds("if a:\n\tb\n\tc\n"));
    }

    @Test
    void dedentToUnknownLevelIsIndentationError() {
        PySyntaxError e = Lexer.tokenize("if a:\n    b\n  c\n").stopError();
        assertEquals("IndentationError", e.kind());
        assertEquals("unindent does not match any outer indentation level", e.msg());
        assertEquals(new SourcePos(3, 4), e.pos());
    }

    @Test
    void ambiguousTabsAreTabError() {
        assertEquals("TabError", Lexer.tokenize("if a:\n        b\n\tc\n").stopError().kind());
    }

    @Test
    void operatorsTakeTheLongestMatch() {
        assertEquals("NAME(a) DOUBLESTAREQUAL NAME(b) DOUBLESLASH NAME(c) RIGHTSHIFTEQUAL "
                + "NAME(d) ARROW ELLIPSIS NOTEQUAL COLONEQUAL NEWLINE ENDMARKER",
                kinds("a **= b // c >>= d -> ... != :="));
    }

    @Test
    void keywordsAndSoftKeywords() {
        assertEquals("DEF NAME(match) NAME(case) NAME(_) NONE TRUE FALSE LAMBDA YIELD ASYNC AWAIT "
                + "NEWLINE ENDMARKER", kinds("def match case _ None True False lambda yield async await"));
    }

    @Test
    void positionsAreOneBasedCodePointColumnsWithExclusiveEnds() {
        List<Token> t = Lexer.tokenize("s = '\uD83D\uDE00' + xy").tokens();
        assertEquals("STRING 1:5-1:8", t.get(2).kind() + " " + t.get(2).line() + ":"
                + t.get(2).column() + "-" + t.get(2).endLine() + ":" + t.get(2).endColumn());
        Token name = t.get(4);
        assertEquals(11, name.column());
        assertEquals(13, name.endColumn());
    }

    @Test
    void newlineTokenStartsAtTheCommentBeforeIt() {
        Token nl = Lexer.tokenize("x = 1  # c\n").tokens().get(3);
        assertEquals(TokenKind.NEWLINE, nl.kind());
        assertEquals(8, nl.column());
        assertEquals(11, nl.endColumn());
    }

    @Test
    void intsOfAnySizeAndBase() throws Exception {
        assertEquals(1_000_000L, literal("1_000_000"));
        assertEquals(255L, literal("0xFF"));
        assertEquals(255L, literal("0x_ff"));
        assertEquals(8L, literal("0o10"));
        assertEquals(5L, literal("0b101"));
        assertEquals(0L, literal("00"));
        assertEquals(Long.MAX_VALUE, literal("9223372036854775807"));
        assertEquals(new BigInteger("9223372036854775808"), literal("9223372036854775808"));
        assertEquals(new BigInteger("ffffffffffffffffffff", 16), literal("0xffff_ffff_ffff_ffff_ffff"));
    }

    @Test
    void floats() throws Exception {
        assertEquals(1e5, literal("1e5"));
        assertEquals(0.5, literal(".5"));
        assertEquals(1000.0, literal("1_000.0"));
        assertEquals(1e-7, literal("1e-7"));
        assertEquals(5.0, literal("5."));
        assertEquals(Double.POSITIVE_INFINITY, literal("1e400"));
    }

    @Test
    void numberFollowedByKeywordIsTwoTokens() {
        assertEquals("INT(1) IF NAME(x) ELSE INT(2) NEWLINE ENDMARKER", kinds("1if x else 2"));
    }

    @Test
    void everyStringForm() throws Exception {
        assertEquals("ab", literal("'a' \"b\""));
        assertEquals("tri\"ple\nline", literal("'''tri\"ple\nline'''"));
        assertEquals("say \"hi\"", literal("\"\"\"say \"hi\\\"\"\"\""));
        assertEquals("\n\t\\'\"\u0007\b\f\r\u000b", literal("'\\n\\t\\\\\\'\\\"\\a\\b\\f\\r\\v'"));
        assertEquals("A\u00e9\u20ac\uD83D\uDE00", literal("'\\x41\\u00e9\\u20AC\\U0001F600'"));
        assertEquals("A\u01ff", literal("'\\101\\777'"));
        assertEquals("a", literal("'\\N{LATIN SMALL LETTER A}'"));
        assertEquals("\\d+\\n", literal("r'\\d+\\n'"));
        assertEquals("\\d", literal("'\\d'"));
        assertEquals("joined", literal("'jo\\\nined'"));
        assertEquals("caf\u00e9", literal("U'caf\u00e9'"));
    }

    @Test
    void unterminatedStringReportsWhereItStarts() {
        PySyntaxError e = Lexer.tokenize("x = 1\ns = 'abc\n").stopError();
        assertEquals("unterminated string literal (detected at line 2)", e.msg());
        assertEquals(new SourcePos(2, 5), e.pos());
    }

    @Test
    void stringBodyKeepsPrefixAndPosition() {
        Token t = Lexer.tokenize("x = Rb'\\d'").tokens().get(2);
        StringBody b = (StringBody) t.literal();
        assertEquals("Rb", b.prefix());
        assertEquals("\\d", b.body());
        assertTrue(b.isRaw() && b.isBytes());
        assertEquals(8, b.column());
    }

    @Test
    void unclosedBracketEndsTheStreamWithoutThrowing() {
        Lexer.Result r = Lexer.tokenize("x = [1,\n  2\n");
        assertEquals(TokenKind.ERRORTOKEN, r.tokens().get(r.tokens().size() - 1).kind());
        assertEquals("'[' was never closed", r.stopError().msg());
        assertEquals(1, r.unclosed().line());
        assertNull(Lexer.tokenize("x = [1]\n").stopError());
    }

    @Test
    void identifiersAreNormalisedNfkc() {
        assertEquals("NAME(file) NEWLINE ENDMARKER", kinds("\uFB01le"));
    }
}
