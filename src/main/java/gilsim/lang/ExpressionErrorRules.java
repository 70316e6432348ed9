package gilsim.lang;

import static gilsim.lang.TokenKind.*;

import gilsim.lang.ast.Expr;
import gilsim.lang.ast.Expr.*;

/**
 * The error rules of CPython's grammar that concern expressions (invalid_named_expression,
 * invalid_expression, invalid_legacy_expression): checks made where the plain grammar is about
 * to fail, which raise CPython's specific message instead of "invalid syntax".
 */
final class ExpressionErrorRules {

    private final TokenCursor c;
    private final ExpressionParser x;

    /**
     * Set for CPython's second pass only: invalid_legacy_expression then applies wherever an
     * expression starts with print or exec not followed by '(', even where the first pass read
     * valid code ({@code print * b}); see {@link Parser}.
     */
    boolean legacyEverywhere;

    ExpressionErrorRules(TokenCursor cursor, ExpressionParser expressions) {
        this.c = cursor;
        this.x = expressions;
    }

    /**
     * invalid_named_expression: {@code x = 1} where an expression was expected. Raises CPython's
     * message when the pattern matches; otherwise leaves the cursor where it was.
     */
    void invalidNamedExpression(Expr target) {
        int mark = c.mark();
        c.beginErrorRule();
        Expr value;
        boolean followedByAssign;
        try {
            c.advance();
            value = x.speculate(x::bitwiseOr);
            followedByAssign = c.check(EQUAL) || c.check(COLONEQUAL);
        } finally {
            c.endErrorRule();
        }
        c.reset(mark);
        if (value == null || followedByAssign) return;
        if (target instanceof Name) {
            throw c.errorBetween(target.span(), value.span(),
                    "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        }
        if (Targets.isBitwiseOrLevel(target) && !Targets.startsWithDisplayOrSingleton(target)) {
            throw c.errorAt(target, "cannot assign to " + Targets.describe(target)
                    + " here. Maybe you meant '==' instead of '='?");
        }
    }

    /**
     * Two expressions side by side: invalid_legacy_expression ({@code print "x"}) and, inside
     * brackets, invalid_expression ("Perhaps you forgot a comma?"). CPython skips the latter when
     * the first expression starts with a soft keyword or with NAME STRING.
     */
    void juxtaposed(int startMark, Token start, Expr first) {
        boolean legacy = first instanceof Name n && (n.id().equals("print") || n.id().equals("exec"));
        boolean softKeyword = start.is(NAME) && (start.text().equals("match")
                || start.text().equals("case") || start.text().equals("_"));
        int saved = c.mark();
        c.reset(startMark);
        boolean nameString = c.check(NAME) && c.peek(1).is(STRING);
        c.reset(saved);
        if (!softKeyword && !nameString) {
            Expr second = x.speculate(x::expression);
            boolean inBrackets = c.levelOfPrevious() > 0;
            c.reset(saved);
            if (second != null && inBrackets && !legacy) {
                throw c.errorBetween(first.span(), second.span(),
                        "invalid syntax. Perhaps you forgot a comma?");
            }
        }
        if (first instanceof Name name && !c.check(LPAREN)) {
            Expr rest = x.speculate(x::starExpressions);
            c.reset(saved);
            if (legacy && rest != null) {
                throw c.errorBetween(first.span(), rest.span(), "Missing parentheses in call to '"
                        + name.id() + "'. Did you mean " + name.id() + "(...)?");
            }
        }
    }

    /** invalid_legacy_expression: {@code print "x"}, {@code exec code}. */
    void legacyPrint() {
        Token t = c.peek();
        if (!t.is(NAME) || !(t.text().equals("print") || t.text().equals("exec"))) return;
        if (c.peek(1).is(LPAREN)) return;
        int mark = c.mark();
        c.advance();
        Expr rest = x.speculate(x::starExpressions);
        c.reset(mark);
        if (rest != null) {
            throw c.errorBetween(t.span(), rest.span(), "Missing parentheses in call to '"
                    + t.text() + "'. Did you mean " + t.text() + "(...)?");
        }
    }

    /**
     * Whether {@code t}, met right after a complete disjunction, begins a second expression. A
     * binary operator ('+', '-', '*') does not count: it is there because its right operand
     * failed, which it would fail again as a unary operator.
     */
    static boolean startsJuxtaposedExpression(Token t) {
        return switch (t.kind()) {
            case PLUS, MINUS, STAR -> false;
            default -> ExpressionParser.startsExpression(t);
        };
    }

}
