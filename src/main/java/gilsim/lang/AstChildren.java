package gilsim.lang;

import gilsim.lang.ast.Expr;
import gilsim.lang.ast.Expr.*;
import java.util.ArrayList;
import java.util.List;

/**
 * The direct sub-expressions of an expression, in evaluation order, nulls left out. Lambdas and
 * comprehensions open scopes of their own; their callers treat them apart (empty here).
 */
final class AstChildren {

    private AstChildren() {
    }

    static List<Expr> of(Expr e) {
        List<Expr> out = new ArrayList<>();
        if (e instanceof BoolOp b) {
            out.addAll(b.values());
        } else if (e instanceof BinOp b) {
            out.add(b.left());
            out.add(b.right());
        } else if (e instanceof UnaryOp u) {
            out.add(u.operand());
        } else if (e instanceof IfExp i) {
            out.add(i.test());
            out.add(i.body());
            out.add(i.orelse());
        } else if (e instanceof DictExpr d) {
            for (int i = 0; i < d.keys().size(); i++) {
                out.add(d.keys().get(i));
                out.add(d.values().get(i));
            }
        } else if (e instanceof Compare c) {
            out.add(c.left());
            out.addAll(c.comparators());
        } else if (e instanceof FormattedValue f) {
            out.add(f.value());
            out.add(f.formatSpec());
        } else if (e instanceof JoinedStr j) {
            out.addAll(j.values());
        } else if (e instanceof Attribute a) {
            out.add(a.value());
        } else if (e instanceof Subscript s) {
            out.add(s.value());
            out.add(s.slice());
        } else if (e instanceof Starred s) {
            out.add(s.value());
        } else if (e instanceof Slice s) {
            out.add(s.lower());
            out.add(s.upper());
            out.add(s.step());
        } else if (e instanceof Yield y) {
            out.add(y.value());
        } else if (e instanceof ListExpr l) {
            out.addAll(l.elts());
        } else if (e instanceof TupleExpr t) {
            out.addAll(t.elts());
        } else if (e instanceof SetExpr s) {
            out.addAll(s.elts());
        } else if (e instanceof Call c) {
            out.add(c.func());
            out.addAll(c.args());
            c.keywords().forEach(k -> out.add(k.value()));
        }
        out.removeIf(x -> x == null);
        return out;
    }
}
