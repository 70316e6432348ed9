package gilsim.lang;

import gilsim.lang.ast.Expr;
import gilsim.lang.ast.Expr.*;
import gilsim.lang.ast.ExprContext;
import java.util.List;

/**
 * Assignment and deletion targets. The parser reads a target as an expression, then checks it
 * here and rewrites it into STORE or DEL context. The checks and the words of the messages copy
 * CPython's Parser/pegen.c ({@code _PyPegen_get_invalid_target}, {@code _PyPegen_get_expr_name}).
 */
final class Targets {

    /** What kind of target a statement wants, as CPython's TARGETS_TYPE. */
    enum Kind { STAR_TARGETS, DEL_TARGETS, FOR_TARGETS }

    private Targets() {
    }

    /**
     * The first sub-expression of {@code e} that cannot be a target, or null if all can.
     * Only lists and tuples are searched inside; anything else is a target or is invalid itself.
     */
    static Expr invalidTarget(Expr e, Kind kind) {
        if (e instanceof ListExpr l) return firstInvalid(l.elts(), kind);
        if (e instanceof TupleExpr t) return firstInvalid(t.elts(), kind);
        if (e instanceof Starred s) return kind == Kind.DEL_TARGETS ? e : invalidTarget(s.value(), kind);
        if (e instanceof Compare cmp) {
            // "for a in b" reaches here parsed as the comparison "a in b".
            if (kind == Kind.FOR_TARGETS) {
                return cmp.ops().get(0) == gilsim.lang.ast.CmpOp.IN
                        ? invalidTarget(cmp.left(), kind) : null;
            }
            return e;
        }
        if (e instanceof Name || e instanceof Subscript || e instanceof Attribute) return null;
        return e;
    }

    private static Expr firstInvalid(List<Expr> elts, Kind kind) {
        for (Expr elt : elts) {
            Expr bad = invalidTarget(elt, kind);
            if (bad != null) return bad;
        }
        return null;
    }

    /** CPython's _PyPegen_get_expr_name: how messages name an expression. */
    static String describe(Expr e) {
        if (e instanceof Attribute) return "attribute";
        if (e instanceof Subscript) return "subscript";
        if (e instanceof Starred) return "starred";
        if (e instanceof Name) return "name";
        if (e instanceof ListExpr) return "list";
        if (e instanceof TupleExpr) return "tuple";
        if (e instanceof Lambda) return "lambda";
        if (e instanceof Call) return "function call";
        if (e instanceof BoolOp || e instanceof BinOp || e instanceof UnaryOp) return "expression";
        if (e instanceof GeneratorExp) return "generator expression";
        if (e instanceof Yield) return "yield expression";
        if (e instanceof ListComp) return "list comprehension";
        if (e instanceof SetComp) return "set comprehension";
        if (e instanceof DictComp) return "dict comprehension";
        if (e instanceof DictExpr) return "dict literal";
        if (e instanceof SetExpr) return "set display";
        if (e instanceof JoinedStr || e instanceof FormattedValue) return "f-string expression";
        if (e instanceof Compare) return "comparison";
        if (e instanceof IfExp) return "conditional expression";
        if (e instanceof Constant k) {
            Object v = k.value();
            if (v == null) return "None";
            if (Boolean.FALSE.equals(v)) return "False";
            if (Boolean.TRUE.equals(v)) return "True";
            if (v == Constant.Ellipsis.ELLIPSIS) return "ellipsis";
            return "literal";
        }
        return "expression";
    }

    /** Whether {@code e} is something the rule bitwise_or can produce on its own. */
    static boolean isBitwiseOrLevel(Expr e) {
        if (e instanceof UnaryOp u) return u.op() != gilsim.lang.ast.UnaryOperator.NOT;
        return !(e instanceof BoolOp || e instanceof Compare || e instanceof IfExp
                || e instanceof Lambda || e instanceof Starred || e instanceof Yield);
    }

    /**
     * The lookahead {@code !(list|tuple|genexp|'True'|'None'|'False')} of invalid_named_expression:
     * whether the leftmost atom of {@code e} is one of those.
     */
    static boolean startsWithDisplayOrSingleton(Expr e) {
        Expr left = e;
        while (true) {
            if (left instanceof BinOp b) left = b.left();
            else if (left instanceof Call call) left = call.func();
            else if (left instanceof Attribute a) left = a.value();
            else if (left instanceof Subscript s) left = s.value();
            else break;
        }
        if (left instanceof ListExpr || left instanceof TupleExpr || left instanceof GeneratorExp) {
            return true;
        }
        return left instanceof Constant k && (k.value() == null || k.value() instanceof Boolean);
    }

    /** {@code e} rewritten in {@code ctx}; {@code e} must have passed {@link #invalidTarget}. */
    static Expr withContext(Expr e, ExprContext ctx) {
        if (e instanceof Name n) return new Name(n.id(), ctx, n.span());
        if (e instanceof Attribute a) return new Attribute(a.value(), a.attr(), ctx, a.span());
        if (e instanceof Subscript s) return new Subscript(s.value(), s.slice(), ctx, s.span());
        if (e instanceof Starred s) return new Starred(withContext(s.value(), ctx), ctx, s.span());
        if (e instanceof ListExpr l) return new ListExpr(all(l.elts(), ctx), ctx, l.span());
        if (e instanceof TupleExpr t) return new TupleExpr(all(t.elts(), ctx), ctx, t.span());
        throw new IllegalStateException("not a target: " + e);
    }

    private static List<Expr> all(List<Expr> elts, ExprContext ctx) {
        return elts.stream().map(x -> withContext(x, ctx)).toList();
    }

    /** A single target for augmented or annotated assignment: a name, attribute or subscript. */
    static boolean isSingleTarget(Expr e) {
        return e instanceof Name || e instanceof Attribute || e instanceof Subscript;
    }
}
