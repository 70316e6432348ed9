package gilsim.lang;

import static gilsim.lang.TokenKind.*;

import gilsim.lang.TokenCursor.ParseError;
import gilsim.lang.ast.BoolOperator;
import gilsim.lang.ast.CmpOp;
import gilsim.lang.ast.Expr;
import gilsim.lang.ast.Expr.*;
import gilsim.lang.ast.ExprContext;
import gilsim.lang.ast.Operator;
import gilsim.lang.ast.Span;
import gilsim.lang.ast.UnaryOperator;
import java.util.ArrayList;
import java.util.List;

/**
 * Expressions, one method per rule of CPython 3.11's Grammar/python.gram, from
 * {@link #starExpressions()} down to {@link #atom()}. Precedence climbs in grammar order:
 * lambda, conditional, or, and, not, comparisons (chained into one Compare), |, ^, &, shifts,
 * + -, * / // % @, unary + - ~, **, await, primaries (calls, subscripts, attributes), atoms.
 *
 * <p>Where CPython's second, error-reporting pass has an "invalid_" rule for a common mistake,
 * the method that would fail checks for it ({@link ExpressionErrorRules}) and raises CPython's
 * message instead of "invalid syntax". Where CPython's PEG parser backtracks (an operator whose
 * operand fails, a failed trailer, an optional part), these methods backtrack too, with
 * {@link #optional}, {@link #lookahead}, {@link #speculate} and {@link #attempt}.
 */
final class ExpressionParser {

    final TokenCursor c;
    ArgumentsParser arguments;
    DisplayParser displays;
    StringParser strings;
    /** >0 while parsing speculatively for an error rule: nested error rules stay quiet. */
    private int quiet;
    /** How deeply the rules that recurse into themselves are nested (see {@link #enter()}). */
    private int nesting;

    final ExpressionErrorRules rules;

    ExpressionParser(TokenCursor cursor) {
        this.c = cursor;
        this.rules = new ExpressionErrorRules(cursor, this);
    }

    // --- lists of expressions -------------------------------------------------------------------

    /** {@code star_expressions}: {@code a}, or a tuple for {@code a, *b, c,}. */
    Expr starExpressions() {
        Token start = c.peek();
        Expr first = starExpression();
        if (!c.check(COMMA)) return first;
        List<Expr> elts = new ArrayList<>(List.of(first));
        while (c.match(COMMA) && startsExpression(c.peek())) elts.add(starExpression());
        return new TupleExpr(elts, ExprContext.LOAD, from(start));
    }

    /** {@code star_expression}: {@code *bitwise_or} or an expression. */
    Expr starExpression() {
        if (c.check(STAR)) {
            Token star = c.advance();
            return new Starred(bitwiseOr(), ExprContext.LOAD, from(star));
        }
        return expression();
    }

    /** {@code star_named_expression}, the element of a display. */
    Expr starNamedExpression() {
        if (c.check(STAR)) {
            Token star = c.advance();
            return new Starred(bitwiseOr(), ExprContext.LOAD, from(star));
        }
        return namedExpression();
    }

    /**
     * {@code named_expression}: an expression, or {@code NAME := expression} (outside the subset).
     * A following '=' is CPython's invalid_named_expression: "Maybe you meant '=='".
     */
    Expr namedExpression() {
        Expr e = assignmentOrExpression();
        if (c.check(EQUAL) && quiet == 0) rules.invalidNamedExpression(e);
        return e;
    }

    /**
     * {@code assignment_expression | expression}: the walrus {@code NAME := value} is outside the
     * subset; it is recorded and its value returned in its place.
     */
    Expr assignmentOrExpression() {
        if (c.check(NAME) && c.peek(1).is(COLONEQUAL)) {
            Token name = c.advance();
            c.advance();
            c.unsupported("assignment expressions (the walrus operator `:=`)", true, name.line());
        }
        return expression();
    }

    // --- precedence levels ----------------------------------------------------------------------

    /**
     * Guards the rules that recurse into themselves (unary operators, not, conditionals, lambda,
     * brackets), so that a pathological cell fails as CPython's does, with "maximum recursion
     * depth exceeded during compilation", instead of overflowing the Java stack.
     */
    private void enter() {
        if (++nesting > SymbolTableBuilder.MAX_DEPTH) {
            nesting = 0;
            throw c.recursionError();
        }
    }

    Expr expression() {
        enter();
        try {
            return expressionRule();
        } finally {
            nesting--;
        }
    }

    private Expr expressionRule() {
        if (rules.legacyEverywhere && quiet == 0) rules.legacyPrint();
        if (c.check(LAMBDA)) return lambda();
        Token start = c.peek();
        int startMark = c.mark();
        Expr body = disjunction();
        if (quiet == 0 && ExpressionErrorRules.startsJuxtaposedExpression(c.peek())) {
            rules.juxtaposed(startMark, start, body);
        }
        if (!c.check(IF)) return body;
        int beforeIf = c.mark();
        c.advance();
        Expr test = quiet > 0 ? speculate(this::disjunction) : disjunction();
        if (test == null || !c.check(ELSE)) {
            if (quiet > 0) {
                // expression_without_invalid is PEG: without 'else', the disjunction alone.
                c.reset(beforeIf);
                return body;
            }
            if (!c.check(COLON)) {
                throw c.errorBetween(body.span(), test.span(),
                        "expected 'else' after 'if' expression");
            }
            throw c.invalidSyntax();
        }
        c.advance();
        Expr orelse = expression();
        return new IfExp(test, body, orelse, from(start));
    }

    /**
     * Runs {@code rule} for an error rule: nested error rules off, lookahead not counted as
     * the plain grammar's; null (and the cursor restored) if it fails.
     */
    <T> T speculate(java.util.function.Supplier<T> rule) {
        if (!c.speculationAllowed()) return null;
        c.beginErrorRule();
        try {
            return lookahead(rule);
        } finally {
            c.endErrorRule();
        }
    }

    /**
     * Runs {@code rule} as a PEG alternative of the plain grammar (error rules off); null (and
     * the cursor restored) if it fails.
     */
    <T> T lookahead(java.util.function.Supplier<T> rule) {
        int mark = c.mark();
        quiet++;
        try {
            return rule.get();
        } catch (ParseError e) {
            c.reset(mark);
            return null;
        } finally {
            quiet--;
        }
    }

    /**
     * Runs {@code rule} as CPython's error pass does: a specific error message propagates, a
     * plain failure gives null with the cursor restored.
     */
    <T> T attempt(java.util.function.Supplier<T> rule) {
        int mark = c.mark();
        c.beginErrorRule();
        try {
            return rule.get();
        } catch (ParseError e) {
            if (!e.isGeneric()) throw e;
            c.reset(mark);
            return null;
        } finally {
            c.endErrorRule();
        }
    }

    Expr disjunction() {
        return boolOp(OR, BoolOperator.OR, this::conjunction);
    }

    Expr conjunction() {
        return boolOp(AND, BoolOperator.AND, this::inversion);
    }

    private Expr boolOp(TokenKind kind, BoolOperator op, java.util.function.Supplier<Expr> operand) {
        Token start = c.peek();
        Expr first = operand.get();
        if (!c.check(kind)) return first;
        List<Expr> values = new ArrayList<>(List.of(first));
        while (c.check(kind)) {
            Expr next = afterOperator(operand);
            if (next == null) break;
            values.add(next);
        }
        return values.size() == 1 ? first : new BoolOp(op, values, from(start));
    }

    Expr inversion() {
        if (!c.check(NOT)) return comparison();
        Token not = c.advance();
        enter();
        try {
            return new UnaryOp(UnaryOperator.NOT, inversion(), from(not));
        } finally {
            nesting--;
        }
    }

    Expr comparison() {
        Token start = c.peek();
        Expr left = bitwiseOr();
        List<CmpOp> ops = new ArrayList<>();
        List<Expr> comparators = new ArrayList<>();
        while (true) {
            int mark = c.mark();
            CmpOp op = comparisonOperator();
            if (op == null) break;
            Expr right = optional(this::bitwiseOr);
            if (right == null) {
                c.reset(mark);
                break;
            }
            ops.add(op);
            comparators.add(right);
        }
        return ops.isEmpty() ? left : new Compare(left, ops, comparators, from(start));
    }

    private CmpOp comparisonOperator() {
        CmpOp op = switch (c.peek().kind()) {
            case EQEQUAL -> CmpOp.EQ;
            case NOTEQUAL -> CmpOp.NOT_EQ;
            case LESS -> CmpOp.LT;
            case LESSEQUAL -> CmpOp.LT_E;
            case GREATER -> CmpOp.GT;
            case GREATEREQUAL -> CmpOp.GT_E;
            case IN -> CmpOp.IN;
            case IS -> c.peek(1).is(NOT) ? CmpOp.IS_NOT : CmpOp.IS;
            case NOT -> c.peek(1).is(IN) ? CmpOp.NOT_IN : null;
            default -> null;
        };
        if (op == null) return null;
        c.advance();
        if (op == CmpOp.IS_NOT || op == CmpOp.NOT_IN) c.advance();
        return op;
    }

    Expr bitwiseOr() {
        return binary(this::bitwiseXor, VBAR);
    }

    private Expr bitwiseXor() {
        return binary(this::bitwiseAnd, CIRCUMFLEX);
    }

    private Expr bitwiseAnd() {
        return binary(this::shiftExpr, AMPER);
    }

    private Expr shiftExpr() {
        return binary(this::sum, LEFTSHIFT, RIGHTSHIFT);
    }

    private Expr sum() {
        return binary(this::term, PLUS, MINUS);
    }

    private Expr term() {
        return binary(this::factor, STAR, SLASH, DOUBLESLASH, PERCENT, AT);
    }

    /**
     * A left-associative level: operand (op operand)*. As in a PEG parser, an operator whose
     * right operand fails plainly is left unread, for the caller to fail on.
     */
    private Expr binary(java.util.function.Supplier<Expr> operand, TokenKind... ops) {
        Token start = c.peek();
        Expr left = operand.get();
        while (c.checkAny(ops)) {
            Operator op = binaryOperator(c.peek().kind());
            Expr right = afterOperator(operand);
            if (right == null) return left;
            left = new BinOp(left, op, right, from(start));
        }
        return left;
    }

    /** Reads the operator at the cursor and its right operand; null (nothing read) on failure. */
    private Expr afterOperator(java.util.function.Supplier<Expr> operand) {
        int mark = c.mark();
        c.advance();
        Expr right = optional(operand);
        if (right == null) c.reset(mark);
        return right;
    }

    /**
     * A PEG alternative of the plain grammar: {@code rule}'s result, or null with the cursor
     * restored if it fails plainly; a specific error propagates.
     */
    <T> T optional(java.util.function.Supplier<T> rule) {
        int mark = c.mark();
        try {
            return rule.get();
        } catch (ParseError e) {
            if (!e.isGeneric()) throw e;
            c.reset(mark);
            return null;
        }
    }

    static Operator binaryOperator(TokenKind kind) {
        return switch (kind) {
            case PLUS, PLUSEQUAL -> Operator.ADD;
            case MINUS, MINEQUAL -> Operator.SUB;
            case STAR, STAREQUAL -> Operator.MULT;
            case AT, ATEQUAL -> Operator.MATMULT;
            case SLASH, SLASHEQUAL -> Operator.DIV;
            case DOUBLESLASH, DOUBLESLASHEQUAL -> Operator.FLOORDIV;
            case PERCENT, PERCENTEQUAL -> Operator.MOD;
            case DOUBLESTAR, DOUBLESTAREQUAL -> Operator.POW;
            case LEFTSHIFT, LEFTSHIFTEQUAL -> Operator.LSHIFT;
            case RIGHTSHIFT, RIGHTSHIFTEQUAL -> Operator.RSHIFT;
            case VBAR, VBAREQUAL -> Operator.BITOR;
            case CIRCUMFLEX, CIRCUMFLEXEQUAL -> Operator.BITXOR;
            case AMPER, AMPEREQUAL -> Operator.BITAND;
            default -> null;
        };
    }

    /** {@code factor}: unary + - ~ bind looser than ** ({@code -2**2} is -4). */
    Expr factor() {
        UnaryOperator op = switch (c.peek().kind()) {
            case PLUS -> UnaryOperator.UADD;
            case MINUS -> UnaryOperator.USUB;
            case TILDE -> UnaryOperator.INVERT;
            default -> null;
        };
        if (op == null) return power();
        Token start = c.advance();
        enter();
        try {
            return new UnaryOp(op, factor(), from(start));
        } finally {
            nesting--;
        }
    }

    /** {@code power}: right-associative, and its right operand is a factor ({@code 2**-1}). */
    private Expr power() {
        Token start = c.peek();
        Expr base = awaitPrimary();
        if (!c.check(DOUBLESTAR)) return base;
        Expr exponent = afterOperator(this::factor);
        return exponent == null ? base : new BinOp(base, Operator.POW, exponent, from(start));
    }

    private Expr awaitPrimary() {
        if (c.check(AWAIT)) {
            Token await = c.advance();
            c.unsupported("`await` expressions", true, await.line());
        }
        return primary();
    }

    /**
     * {@code primary}: an atom and its trailers. As in a PEG parser, a trailer that fails
     * plainly ({@code x.} with no name, {@code f(1 +)}) is dropped and the primary ends before
     * it; the caller then fails on the trailer's first token. Specific errors propagate.
     */
    Expr primary() {
        Token start = c.peek();
        Expr e = atom();
        while (c.checkAny(DOT, LPAREN, LBRACKET)) {
            int mark = c.mark();
            try {
                e = trailer(e, start);
            } catch (ParseError failed) {
                if (!failed.isGeneric()) throw failed;
                c.reset(mark);
                return e;
            }
        }
        return e;
    }

    private Expr trailer(Expr e, Token start) {
        if (c.match(DOT)) {
            Token name = c.expect(NAME);
            return new Attribute(e, name.text(), ExprContext.LOAD, from(start));
        }
        if (c.check(LPAREN)) return arguments.call(e, start);
        c.expect(LBRACKET);
        Expr slice = displays.slices();
        c.expect(RBRACKET);
        return new Subscript(e, slice, ExprContext.LOAD, from(start));
    }

    Expr atom() {
        Token t = c.peek();
        switch (t.kind()) {
            case NAME:
                c.advance();
                return new Name(t.text(), ExprContext.LOAD, t.span());
            case TRUE:
            case FALSE:
                c.advance();
                return new Constant(t.kind() == TRUE, t.span());
            case NONE:
                c.advance();
                return new Constant(null, t.span());
            case ELLIPSIS:
                c.advance();
                return new Constant(Constant.Ellipsis.ELLIPSIS, t.span());
            case INT:
            case FLOAT:
                c.advance();
                return new Constant(t.literal(), t.span());
            case IMAGINARY:
                c.advance();
                c.unsupported("imaginary numbers (complex literals such as `" + t.text() + "`)",
                        true, t.line());
                return new Constant(0L, t.span());
            case STRING:
                return strings.strings();
            case LPAREN:
                return displays.parenthesized();
            case LBRACKET:
                return displays.list();
            case LBRACE:
                return displays.braces();
            default:
                throw c.invalidSyntax();
        }
    }

    Expr lambda() {
        Token start = c.expect(LAMBDA);
        var args = arguments.lambdaParameters();
        c.expect(COLON);
        Expr body = expression();
        return new Lambda(args, body, from(start));
    }

    /** {@code yield_expr}: {@code yield}, {@code yield a, b}, {@code yield from it}. */
    Expr yieldExpression() {
        Token start = c.expect(YIELD);
        if (c.match(FROM)) {
            c.unsupported("`yield from`", false, start.line());
            return new Yield(expression(), from(start));
        }
        Expr value = startsExpression(c.peek()) ? starExpressions() : null;
        return new Yield(value, from(start));
    }

    // --- helpers --------------------------------------------------------------------------------

    /** Whether {@code t} can begin an expression (a star expression included). */
    static boolean startsExpression(Token t) {
        return switch (t.kind()) {
            case NAME, INT, FLOAT, IMAGINARY, STRING, LPAREN, LBRACKET, LBRACE, MINUS, PLUS, TILDE,
                    NOT, LAMBDA, AWAIT, TRUE, FALSE, NONE, ELLIPSIS, STAR -> true;
            default -> false;
        };
    }

    /** From {@code start} to the end of the last consumed token. */
    Span from(Token start) {
        Token last = c.previous();
        return new Span(start.line(), start.column(), last.endLine(), last.endColumn());
    }

    Span from(Expr start) {
        Token last = c.previous();
        return new Span(start.line(), start.col(), last.endLine(), last.endColumn());
    }
}
