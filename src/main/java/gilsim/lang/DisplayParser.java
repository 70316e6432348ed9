package gilsim.lang;

import static gilsim.lang.TokenKind.*;

import gilsim.lang.ast.Comprehension;
import gilsim.lang.ast.Expr;
import gilsim.lang.ast.Expr.*;
import gilsim.lang.ast.ExprContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Bracketed expressions: parentheses (group, tuple, generator expression, parenthesised yield),
 * list, dict and set displays and their comprehensions, subscripts with slices, and the
 * {@code for target in iter if cond} clauses that comprehensions and for statements share.
 */
final class DisplayParser {

    private final TokenCursor c;
    private final ExpressionParser x;

    DisplayParser(TokenCursor cursor, ExpressionParser expressions) {
        this.c = cursor;
        this.x = expressions;
    }

    /** {@code ( ... )}: empty tuple, group, tuple, generator expression or {@code (yield x)}. */
    Expr parenthesized() {
        Token open = c.expect(LPAREN);
        if (c.match(RPAREN)) return new TupleExpr(List.of(), ExprContext.LOAD, x.from(open));
        if (c.check(YIELD)) {
            Expr y = x.yieldExpression();
            c.expect(RPAREN);
            return y;
        }
        Expr first = x.starNamedExpression();
        if (startsComprehension()) {
            noUnpackingIn(first);
            List<Comprehension> generators = forIfClauses();
            c.expect(RPAREN);
            return new GeneratorExp(first, generators, x.from(open));
        }
        if (!c.check(COMMA)) {
            if (first instanceof Starred && c.check(RPAREN)) {
                throw c.errorAt(first, "cannot use starred expression here");
            }
            c.expect(RPAREN);
            return first;
        }
        List<Expr> elts = elements(first, RPAREN);
        c.expect(RPAREN);
        return new TupleExpr(elts, ExprContext.LOAD, x.from(open));
    }

    /** {@code [ ... ]}: list display or list comprehension. */
    Expr list() {
        Token open = c.expect(LBRACKET);
        if (c.match(RBRACKET)) return new ListExpr(List.of(), ExprContext.LOAD, x.from(open));
        Expr first = x.starNamedExpression();
        if (startsComprehension()) {
            noUnpackingIn(first);
            List<Comprehension> generators = forIfClauses();
            c.expect(RBRACKET);
            return new ListComp(first, generators, x.from(open));
        }
        List<Expr> elts = elements(first, RBRACKET);
        c.expect(RBRACKET);
        return new ListExpr(elts, ExprContext.LOAD, x.from(open));
    }

    /** {@code { ... }}: dict or set display, dict or set comprehension. */
    Expr braces() {
        Token open = c.expect(LBRACE);
        if (c.match(RBRACE)) return new DictExpr(List.of(), List.of(), x.from(open));
        if (c.check(STAR)) return set(open, x.starNamedExpression());
        if (c.check(DOUBLESTAR)) return dict(open, null);
        Expr first = x.expression();
        if (c.check(COLON)) return dict(open, first);
        if (c.check(EQUAL)) x.rules.invalidNamedExpression(first);
        return set(open, first);
    }

    private Expr set(Token open, Expr first) {
        if (startsComprehension()) {
            noUnpackingIn(first);
            List<Comprehension> generators = forIfClauses();
            c.expect(RBRACE);
            return new SetComp(first, generators, x.from(open));
        }
        List<Expr> elts = elements(first, RBRACE);
        c.expect(RBRACE);
        return new SetExpr(elts, x.from(open));
    }

    /** A dict whose first key ({@code null} for {@code **m}) has been read. */
    private Expr dict(Token open, Expr firstKey) {
        List<Expr> keys = new ArrayList<>();
        List<Expr> values = new ArrayList<>();
        Token firstToken = c.peek();
        entry(firstKey, keys, values);
        if (startsComprehension()) {
            if (keys.get(0) == null) {
                throw c.errorAt(firstToken.span(),
                        "dict unpacking cannot be used in dict comprehension");
            }
            List<Comprehension> generators = forIfClauses();
            c.expect(RBRACE);
            return new DictComp(keys.get(0), values.get(0), generators, x.from(open));
        }
        while (c.match(COMMA) && !c.check(RBRACE)) {
            Expr key = c.check(DOUBLESTAR) ? null : x.expression();
            if (key != null && !c.check(COLON)) {
                // invalid_kvpair: CPython points at the key's last character, with no end.
                throw new TokenCursor.ParseError(new PySyntaxError(PySyntaxError.SYNTAX_ERROR,
                        "':' expected after dictionary key",
                        new SourcePos(key.span().endLine(), key.span().endCol() - 1), null,
                        c.src.line(key.span().endLine())), false);
            }
            entry(key, keys, values);
        }
        c.expect(RBRACE);
        return new DictExpr(keys, values, x.from(open));
    }

    /** Reads {@code : value} after {@code key}, or {@code **mapping} when key is null. */
    private void entry(Expr key, List<Expr> keys, List<Expr> values) {
        if (key == null) {
            c.expect(DOUBLESTAR);
            keys.add(null);
            values.add(x.bitwiseOr());
            return;
        }
        Token colon = c.expect(COLON);
        if (c.check(RBRACE) || c.check(COMMA)) {
            throw c.errorAt(colon.span(), "expression expected after dictionary key and ':'");
        }
        if (c.check(STAR)) {
            Token star = c.advance();
            x.bitwiseOr();
            throw c.errorAt(x.from(star), "cannot use a starred expression in a dictionary value");
        }
        keys.add(key);
        values.add(x.expression());
    }

    /** The elements of a display after {@code first}, up to (not including) {@code close}. */
    private List<Expr> elements(Expr first, TokenKind close) {
        List<Expr> elts = new ArrayList<>(List.of(first));
        while (c.match(COMMA) && !c.check(close)) elts.add(x.starNamedExpression());
        if (startsComprehension() && close != RPAREN && elts.size() > 1) {
            throw c.errorBetween(elts.get(0).span(), elts.get(elts.size() - 1).span(),
                    "did you forget parentheses around the comprehension target?");
        }
        return elts;
    }

    private void noUnpackingIn(Expr element) {
        if (element instanceof Starred) {
            throw c.errorAt(element, "iterable unpacking cannot be used in comprehension");
        }
    }

    boolean startsComprehension() {
        return c.check(FOR) || (c.check(ASYNC) && c.peek(1).is(FOR));
    }

    /** {@code for_if_clauses}: one or more {@code for target in disjunction (if disjunction)*}. */
    List<Comprehension> forIfClauses() {
        List<Comprehension> clauses = new ArrayList<>();
        while (startsComprehension()) {
            if (c.check(ASYNC)) {
                c.unsupported("`async` comprehensions", true, c.advance().line());
            }
            c.expect(FOR);
            Expr target = forTarget();
            c.expect(IN);
            Expr iter = x.disjunction();
            List<Expr> ifs = new ArrayList<>();
            while (c.match(IF)) ifs.add(x.disjunction());
            clauses.add(new Comprehension(target, iter, ifs));
        }
        return clauses;
    }

    /**
     * The target of a for statement or clause, in STORE context. An invalid target is reported
     * as CPython's invalid_for_target does: by re-reading it as an expression (where
     * {@code 1 in x} is a comparison) and naming its first invalid part.
     */
    Expr forTarget() {
        int mark = c.mark();
        Token start = c.peek();
        Expr target = x.optional(() -> targetList(start));
        Expr bad = target == null ? null : Targets.invalidTarget(target, Targets.Kind.STAR_TARGETS);
        if (target != null && bad == null && c.check(IN)) {
            return Targets.withContext(target, ExprContext.STORE);
        }
        int after = c.mark();
        c.reset(mark);
        Expr asExpression = x.attempt(x::starExpressions);
        Expr culprit = asExpression == null ? null
                : Targets.invalidTarget(asExpression, Targets.Kind.FOR_TARGETS);
        if (culprit != null) {
            throw c.errorAt(culprit, "cannot assign to " + Targets.describe(culprit));
        }
        c.reset(after);
        throw c.invalidSyntax();
    }

    /** {@code star_targets} read as bitwise_or expressions: {@code a, (b, c), *d, e.f, g[0]}. */
    private Expr targetList(Token start) {
        Expr first = starTarget();
        if (!c.check(COMMA)) return first;
        List<Expr> elts = new ArrayList<>(List.of(first));
        while (c.match(COMMA) && (ExpressionParser.startsExpression(c.peek()))) {
            elts.add(starTarget());
        }
        return new TupleExpr(elts, ExprContext.LOAD, x.from(start));
    }

    private Expr starTarget() {
        if (c.check(STAR)) {
            Token star = c.advance();
            return new Starred(starTarget(), ExprContext.LOAD, x.from(star));
        }
        return x.bitwiseOr();
    }

    /** The inside of {@code value[...]}: an index, a Slice, or a Tuple of them. */
    Expr slices() {
        Token start = c.peek();
        Expr first = sliceItem();
        if (!c.check(COMMA) && !(first instanceof Starred)) return first;
        List<Expr> elts = new ArrayList<>(List.of(first));
        while (c.match(COMMA) && !c.check(RBRACKET)) elts.add(sliceItem());
        return new TupleExpr(elts, ExprContext.LOAD, x.from(start));
    }

    private Expr sliceItem() {
        if (c.check(STAR)) return x.starExpression();
        Token start = c.peek();
        Expr lower = c.check(COLON) ? null : x.namedExpression();
        if (!c.match(COLON)) return lower;
        Expr upper = endsSlicePart() ? null : x.expression();
        Expr step = null;
        if (c.match(COLON)) step = endsSlicePart() ? null : x.expression();
        return new Slice(lower, upper, step, x.from(start));
    }

    private boolean endsSlicePart() {
        return c.check(COLON) || c.check(RBRACKET) || c.check(COMMA);
    }
}
