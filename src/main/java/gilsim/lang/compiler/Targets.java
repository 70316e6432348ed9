package gilsim.lang.compiler;

import gilsim.lang.ast.Expr;
import gilsim.lang.ast.ExprContext;
import gilsim.lang.bytecode.CodeUnit;

/**
 * Checks that assignment and deletion targets are names, attributes, subscripts or (starred)
 * tuples and lists of them. CPython's parser reports these errors; the compiler checks again so
 * that an AST from any source never compiles a call or a literal as a store. Messages use the
 * parser's wording ({@code _PyPegen_get_expr_name}).
 */
final class Targets {
    private Targets() {
    }

    /** @param suffix added to "cannot assign to X" (the parser's hint for {@code f() = 1}) */
    static void check(CodeGen c, Expr target, ExprContext ctx, String suffix) {
        if (target instanceof Expr.Name || target instanceof Expr.Attribute
                || target instanceof Expr.Subscript) {
            return;
        }
        if (target instanceof Expr.TupleExpr t) {
            t.elts().forEach(e -> check(c, e, ctx, suffix));
            return;
        }
        if (target instanceof Expr.ListExpr l) {
            l.elts().forEach(e -> check(c, e, ctx, suffix));
            return;
        }
        if (target instanceof Expr.Starred s && ctx == ExprContext.STORE) {
            check(c, s.value(), ctx, suffix);
            return;
        }
        String verb = ctx == ExprContext.DEL ? "cannot delete " : "cannot assign to ";
        throw c.errorAt(target.span(), verb + describe(target) + (ctx == ExprContext.DEL ? "" : suffix));
    }

    static void checkAugmented(CodeGen c, Expr target) {
        if (target instanceof Expr.Name || target instanceof Expr.Attribute
                || target instanceof Expr.Subscript) {
            return;
        }
        throw c.errorAt(target.span(),
                "'" + describe(target) + "' is an illegal expression for augmented assignment");
    }

    /** What the parser calls an expression in its messages. */
    static String describe(Expr e) {
        if (e instanceof Expr.Attribute) {
            return "attribute";
        } else if (e instanceof Expr.Subscript) {
            return "subscript";
        } else if (e instanceof Expr.Starred) {
            return "starred";
        } else if (e instanceof Expr.Name) {
            return "name";
        } else if (e instanceof Expr.ListExpr) {
            return "list";
        } else if (e instanceof Expr.TupleExpr) {
            return "tuple";
        } else if (e instanceof Expr.Lambda) {
            return "lambda";
        } else if (e instanceof Expr.Call) {
            return "function call";
        } else if (e instanceof Expr.BoolOp || e instanceof Expr.BinOp || e instanceof Expr.UnaryOp) {
            return "expression";
        } else if (e instanceof Expr.GeneratorExp) {
            return "generator expression";
        } else if (e instanceof Expr.Yield) {
            return "yield expression";
        } else if (e instanceof Expr.ListComp) {
            return "list comprehension";
        } else if (e instanceof Expr.SetComp) {
            return "set comprehension";
        } else if (e instanceof Expr.DictComp) {
            return "dict comprehension";
        } else if (e instanceof Expr.DictExpr) {
            return "dict literal";
        } else if (e instanceof Expr.SetExpr) {
            return "set display";
        } else if (e instanceof Expr.JoinedStr || e instanceof Expr.FormattedValue) {
            return "f-string expression";
        } else if (e instanceof Expr.Compare) {
            return "comparison";
        } else if (e instanceof Expr.IfExp) {
            return "conditional expression";
        } else if (e instanceof Expr.Constant c) {
            Object v = Constants.fromAst(c.value());
            if (v == CodeUnit.NONE) {
                return "None";
            } else if (Boolean.TRUE.equals(v)) {
                return "True";
            } else if (Boolean.FALSE.equals(v)) {
                return "False";
            } else if (v == CodeUnit.ELLIPSIS) {
                return "ellipsis";
            }
            return "literal";
        }
        return "expression";
    }
}
