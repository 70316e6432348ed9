package gilsim.lang;

import java.util.HashMap;
import java.util.Map;

/** The kinds of token the {@link Lexer} produces, grouped as CPython's Grammar/Tokens. */
public enum TokenKind {
    // Names and literals. A keyword-like soft keyword (match, case, _) is a NAME.
    NAME(null), INT(null), FLOAT(null), IMAGINARY(null),
    /**
     * A string literal of any form (str, bytes, raw, f-string); its literal value is a
     * {@link StringBody}, decoded by the parser, which also joins adjacent literals.
     */
    STRING(null),

    // Brackets.
    LPAREN("("), RPAREN(")"), LBRACKET("["), RBRACKET("]"), LBRACE("{"), RBRACE("}"),

    // Punctuation.
    COLON(":"), COMMA(","), SEMICOLON(";"), DOT("."), ELLIPSIS("..."), ARROW("->"), AT("@"),
    EQUAL("="), COLONEQUAL(":="),

    // Operators.
    PLUS("+"), MINUS("-"), STAR("*"), DOUBLESTAR("**"), SLASH("/"), DOUBLESLASH("//"),
    PERCENT("%"), VBAR("|"), AMPER("&"), CIRCUMFLEX("^"), TILDE("~"),
    LEFTSHIFT("<<"), RIGHTSHIFT(">>"),
    LESS("<"), GREATER(">"), EQEQUAL("=="), NOTEQUAL("!="), LESSEQUAL("<="), GREATEREQUAL(">="),

    // Augmented assignment.
    PLUSEQUAL("+="), MINEQUAL("-="), STAREQUAL("*="), DOUBLESTAREQUAL("**="), SLASHEQUAL("/="),
    DOUBLESLASHEQUAL("//="), PERCENTEQUAL("%="), VBAREQUAL("|="), AMPEREQUAL("&="),
    CIRCUMFLEXEQUAL("^="), LEFTSHIFTEQUAL("<<="), RIGHTSHIFTEQUAL(">>="), ATEQUAL("@="),

    // Keywords (hard keywords of Python 3.11).
    FALSE("False"), NONE("None"), TRUE("True"), AND("and"), AS("as"), ASSERT("assert"),
    ASYNC("async"), AWAIT("await"), BREAK("break"), CLASS("class"), CONTINUE("continue"),
    DEF("def"), DEL("del"), ELIF("elif"), ELSE("else"), EXCEPT("except"), FINALLY("finally"),
    FOR("for"), FROM("from"), GLOBAL("global"), IF("if"), IMPORT("import"), IN("in"), IS("is"),
    LAMBDA("lambda"), NONLOCAL("nonlocal"), NOT("not"), OR("or"), PASS("pass"), RAISE("raise"),
    RETURN("return"), TRY("try"), WHILE("while"), WITH("with"), YIELD("yield"),

    // Layout.
    NEWLINE(null), INDENT(null), DEDENT(null), ENDMARKER(null),
    /** A character that starts no token ('$', '?', '!', '`'): the parser says "invalid syntax". */
    BADCHAR(null),
    /** Ends the stream where the lexer stopped on an error or at EOF inside brackets. */
    ERRORTOKEN(null);

    /** The fixed text of an operator or keyword; null for the other kinds. */
    public final String text;

    TokenKind(String text) {
        this.text = text;
    }

    private static final Map<String, TokenKind> KEYWORDS = new HashMap<>();
    /** Operators by their (at most three ASCII) characters packed into an int. */
    private static final Map<Integer, TokenKind> OPERATORS = new HashMap<>();

    static {
        for (TokenKind k : values()) {
            if (k.text == null) continue;
            if (Character.isLetter(k.text.charAt(0))) {
                KEYWORDS.put(k.text, k);
            } else {
                int key = 0;
                for (int i = k.text.length() - 1; i >= 0; i--) key = key << 8 | k.text.charAt(i);
                OPERATORS.put(key, k);
            }
        }
    }

    /** The keyword spelled {@code word}, or null. */
    public static TokenKind keyword(String word) {
        return KEYWORDS.get(word);
    }

    /** The operator or punctuation spelled by {@code length} code points at {@code at}, or null. */
    static TokenKind operator(int[] cps, int at, int length) {
        if (at + length > cps.length) return null;
        int key = 0;
        for (int i = length - 1; i >= 0; i--) {
            int c = cps[at + i];
            if (c >= 128 || c == 0) return null;
            key = key << 8 | c;
        }
        return OPERATORS.get(key);
    }

    public boolean isKeyword() {
        return text != null && Character.isLetter(text.charAt(0));
    }
}
