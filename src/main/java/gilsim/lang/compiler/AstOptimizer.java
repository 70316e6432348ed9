package gilsim.lang.compiler;

import gilsim.lang.ast.Arguments;
import gilsim.lang.ast.CmpOp;
import gilsim.lang.ast.Comprehension;
import gilsim.lang.ast.ExceptHandler;
import gilsim.lang.ast.Expr;
import gilsim.lang.ast.ExprContext;
import gilsim.lang.ast.Keyword;
import gilsim.lang.ast.Operator;
import gilsim.lang.ast.Stmt;
import gilsim.lang.ast.UnaryOperator;
import gilsim.lang.ast.WithItem;
import gilsim.lang.bytecode.CodeUnit;
import gilsim.lang.bytecode.CodeUnit.ConstFrozenSet;
import gilsim.lang.bytecode.CodeUnit.ConstTuple;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * CPython 3.11's AST optimizer (Python/ast_opt.c), run before the symbol table as CPython does:
 * folds operators on constants ({@code -1}, {@code 2**10}, {@code "a" * 3}, within its size
 * limits), tuples of constants, subscripts of constants, {@code not (a is b)} into
 * {@code a is not b}, lists and sets after {@code in} and in {@code for} headers into tuples and
 * frozensets, {@code "..." % (a, b)} into an f-string, and {@code __debug__} into True.
 *
 * <p>Folded tuple and frozenset constants are {@link Expr.Constant} nodes holding a
 * {@link ConstTuple} or {@link ConstFrozenSet} whose items follow the contract's constant
 * convention; scalar constants keep the AST convention (None is null).
 */
final class AstOptimizer {
    private final ExprFolder exprs = new ExprFolder();
    /** Folded scope-opening nodes (def, class, lambda, comprehensions) to the parsed ones. */
    private final Map<Object, Object> origins = new IdentityHashMap<>();

    /** The parsed node a folded node was made from (itself when unchanged). */
    Object origin(Object node) {
        return origins.getOrDefault(node, node);
    }

    private <T> T remember(T folded, Object parsed) {
        origins.put(folded, origins.getOrDefault(parsed, parsed));
        return folded;
    }

    List<Stmt> body(List<Stmt> stmts) {
        boolean hadDocstring = docstring(stmts) != null;
        List<Stmt> out = stmtList(stmts);
        if (!hadDocstring && docstring(out) != null) {
            // A folded string (e.g. "a" + "b") must not become a docstring.
            Stmt.ExprStmt first = (Stmt.ExprStmt) out.get(0);
            out.set(0, new Stmt.ExprStmt(new Expr.JoinedStr(List.of(first.value()), first.span()), first.span()));
        }
        return out;
    }

    /** The docstring of a body: its first statement when that is a str constant. */
    static String docstring(List<Stmt> stmts) {
        if (!stmts.isEmpty() && stmts.get(0) instanceof Stmt.ExprStmt s
                && s.value() instanceof Expr.Constant c && c.value() instanceof String str) {
            return str;
        }
        return null;
    }

    private List<Stmt> stmtList(List<Stmt> stmts) {
        List<Stmt> out = new ArrayList<>(stmts.size());
        for (Stmt s : stmts) {
            out.add(stmt(s));
        }
        return out;
    }

    private Expr expr(Expr e) {
        return e == null ? null : e.accept(exprs);
    }

    private List<Expr> exprList(List<Expr> es) {
        List<Expr> out = new ArrayList<>(es.size());
        for (Expr e : es) {
            out.add(expr(e));
        }
        return out;
    }

    private Stmt stmt(Stmt s) {
        if (s instanceof Stmt.FunctionDef f) {
            return remember(new Stmt.FunctionDef(f.name(), arguments(f.args()), body(f.body()),
                    exprList(f.decorators()), expr(f.returns()), f.span()), f);
        } else if (s instanceof Stmt.ClassDef c) {
            return remember(new Stmt.ClassDef(c.name(), exprList(c.bases()), keywords(c.keywords()),
                    body(c.body()), exprList(c.decorators()), c.span()), c);
        } else if (s instanceof Stmt.Return r) {
            return new Stmt.Return(expr(r.value()), r.span());
        } else if (s instanceof Stmt.Delete d) {
            return new Stmt.Delete(exprList(d.targets()), d.span());
        } else if (s instanceof Stmt.Assign a) {
            List<Expr> targets = exprList(a.targets());
            return new Stmt.Assign(targets, expr(a.value()), a.span());
        } else if (s instanceof Stmt.AugAssign a) {
            return new Stmt.AugAssign(expr(a.target()), a.op(), expr(a.value()), a.span());
        } else if (s instanceof Stmt.AnnAssign a) {
            return new Stmt.AnnAssign(expr(a.target()), expr(a.annotation()), expr(a.value()),
                    a.simple(), a.span());
        } else if (s instanceof Stmt.For f) {
            Expr target = expr(f.target());
            Expr iter = expr(f.iter());
            List<Stmt> body = stmtList(f.body());
            List<Stmt> orelse = stmtList(f.orelse());
            return new Stmt.For(target, foldIter(iter), body, orelse, f.span());
        } else if (s instanceof Stmt.While w) {
            return new Stmt.While(expr(w.test()), stmtList(w.body()), stmtList(w.orelse()), w.span());
        } else if (s instanceof Stmt.If i) {
            return new Stmt.If(expr(i.test()), stmtList(i.body()), stmtList(i.orelse()), i.span());
        } else if (s instanceof Stmt.With w) {
            List<WithItem> items = new ArrayList<>();
            for (WithItem item : w.items()) {
                items.add(new WithItem(expr(item.contextExpr()), expr(item.optionalVars())));
            }
            return new Stmt.With(items, stmtList(w.body()), w.span());
        } else if (s instanceof Stmt.Raise r) {
            return new Stmt.Raise(expr(r.exc()), expr(r.cause()), r.span());
        } else if (s instanceof Stmt.Try t) {
            List<Stmt> body = stmtList(t.body());
            List<ExceptHandler> handlers = new ArrayList<>();
            for (ExceptHandler h : t.handlers()) {
                handlers.add(new ExceptHandler(expr(h.type()), h.name(), stmtList(h.body()), h.span()));
            }
            return new Stmt.Try(body, handlers, stmtList(t.orelse()), stmtList(t.finalbody()), t.span());
        } else if (s instanceof Stmt.Assert a) {
            return new Stmt.Assert(expr(a.test()), expr(a.msg()), a.span());
        } else if (s instanceof Stmt.ExprStmt e) {
            return new Stmt.ExprStmt(expr(e.value()), e.span());
        }
        return s; // import, global, nonlocal, pass, break, continue: nothing to fold
    }

    private Arguments arguments(Arguments a) {
        return new Arguments(a.posonly(), a.args(), a.vararg(), a.kwonly(),
                exprList(a.kwDefaults()), a.kwarg(), exprList(a.defaults()));
    }

    private List<Keyword> keywords(List<Keyword> ks) {
        List<Keyword> out = new ArrayList<>(ks.size());
        for (Keyword k : ks) {
            out.add(new Keyword(k.arg(), expr(k.value()), k.span()));
        }
        return out;
    }

    private List<Comprehension> comprehensions(List<Comprehension> gens) {
        List<Comprehension> out = new ArrayList<>(gens.size());
        for (Comprehension g : gens) {
            Expr target = expr(g.target());
            Expr iter = expr(g.iter());
            List<Expr> ifs = exprList(g.ifs());
            out.add(new Comprehension(target, foldIter(iter), ifs));
        }
        return out;
    }

    /** A constant node for a value in the contract's convention. */
    static Expr.Constant constant(Object value, gilsim.lang.ast.Span span) {
        Object ast = value == CodeUnit.NONE ? null
                : value == CodeUnit.ELLIPSIS ? Expr.Constant.Ellipsis.ELLIPSIS : value;
        return new Expr.Constant(ast, span);
    }

    private static boolean hasStarred(List<Expr> elts) {
        return elts.stream().anyMatch(e -> e instanceof Expr.Starred);
    }

    /** The items of a list of constants in the contract's convention, or null. */
    private static Object[] constItems(List<Expr> elts) {
        Object[] items = new Object[elts.size()];
        for (int i = 0; i < items.length; i++) {
            if (!(elts.get(i) instanceof Expr.Constant c)) {
                return null;
            }
            items[i] = Constants.fromAst(c.value());
        }
        return items;
    }

    /**
     * fold_iter: a list display becomes a tuple (a constant when possible), a set display of
     * constants a frozenset, where only iteration or membership can observe the result.
     */
    private static Expr foldIter(Expr e) {
        if (e instanceof Expr.ListExpr l) {
            if (hasStarred(l.elts())) {
                return e;
            }
            Object[] items = constItems(l.elts());
            if (items != null) {
                return new Expr.Constant(new ConstTuple(items), l.span());
            }
            return new Expr.TupleExpr(l.elts(), l.ctx(), l.span());
        }
        if (e instanceof Expr.SetExpr s) {
            Object[] items = constItems(s.elts());
            if (items != null) {
                return new Expr.Constant(new ConstFrozenSet(items), s.span());
            }
        }
        return e;
    }

    private final class ExprFolder implements Expr.Visitor<Expr> {
        @Override
        public Expr visitBoolOp(Expr.BoolOp e) {
            return new Expr.BoolOp(e.op(), exprList(e.values()), e.span());
        }

        @Override
        public Expr visitBinOp(Expr.BinOp e) {
            Expr left = expr(e.left());
            Expr right = expr(e.right());
            if (!(left instanceof Expr.Constant l)) {
                return new Expr.BinOp(left, e.op(), right, e.span());
            }
            if (e.op() == Operator.MOD && right instanceof Expr.TupleExpr t
                    && l.value() instanceof String fmt && !hasStarred(t.elts())) {
                Expr joined = PercentFormat.optimize(fmt, t.elts(), e.span());
                return joined != null ? joined : new Expr.BinOp(left, e.op(), right, e.span());
            }
            if (right instanceof Expr.Constant r) {
                Object v = ConstantFolder.binary(e.op(), Constants.fromAst(l.value()), Constants.fromAst(r.value()));
                if (v != null) {
                    return constant(v, e.span());
                }
            }
            return new Expr.BinOp(left, e.op(), right, e.span());
        }

        @Override
        public Expr visitUnaryOp(Expr.UnaryOp e) {
            Expr operand = expr(e.operand());
            if (operand instanceof Expr.Constant c) {
                Object v = ConstantFolder.unary(e.op(), Constants.fromAst(c.value()));
                if (v != null) {
                    return constant(v, e.span());
                }
            } else if (e.op() == UnaryOperator.NOT && operand instanceof Expr.Compare cmp
                    && cmp.ops().size() == 1) {
                CmpOp inverse = switch (cmp.ops().get(0)) {
                    case IS -> CmpOp.IS_NOT;
                    case IS_NOT -> CmpOp.IS;
                    case IN -> CmpOp.NOT_IN;
                    case NOT_IN -> CmpOp.IN;
                    default -> null; // ==, < ... cannot be inverted safely
                };
                if (inverse != null) {
                    return new Expr.Compare(cmp.left(), List.of(inverse), cmp.comparators(), cmp.span());
                }
            }
            return new Expr.UnaryOp(e.op(), operand, e.span());
        }

        @Override
        public Expr visitLambda(Expr.Lambda e) {
            return remember(new Expr.Lambda(arguments(e.args()), expr(e.body()), e.span()), e);
        }

        @Override
        public Expr visitIfExp(Expr.IfExp e) {
            return new Expr.IfExp(expr(e.test()), expr(e.body()), expr(e.orelse()), e.span());
        }

        @Override
        public Expr visitDictExpr(Expr.DictExpr e) {
            return new Expr.DictExpr(exprList(e.keys()), exprList(e.values()), e.span());
        }

        @Override
        public Expr visitSetExpr(Expr.SetExpr e) {
            return new Expr.SetExpr(exprList(e.elts()), e.span());
        }

        @Override
        public Expr visitListComp(Expr.ListComp e) {
            Expr elt = expr(e.elt());
            return remember(new Expr.ListComp(elt, comprehensions(e.generators()), e.span()), e);
        }

        @Override
        public Expr visitSetComp(Expr.SetComp e) {
            Expr elt = expr(e.elt());
            return remember(new Expr.SetComp(elt, comprehensions(e.generators()), e.span()), e);
        }

        @Override
        public Expr visitDictComp(Expr.DictComp e) {
            Expr key = expr(e.key());
            Expr value = expr(e.value());
            return remember(new Expr.DictComp(key, value, comprehensions(e.generators()), e.span()), e);
        }

        @Override
        public Expr visitGeneratorExp(Expr.GeneratorExp e) {
            Expr elt = expr(e.elt());
            return remember(new Expr.GeneratorExp(elt, comprehensions(e.generators()), e.span()), e);
        }

        @Override
        public Expr visitYield(Expr.Yield e) {
            return new Expr.Yield(expr(e.value()), e.span());
        }

        @Override
        public Expr visitCompare(Expr.Compare e) {
            Expr left = expr(e.left());
            List<Expr> comparators = exprList(e.comparators());
            int last = e.ops().size() - 1;
            CmpOp op = e.ops().get(last);
            if (op == CmpOp.IN || op == CmpOp.NOT_IN) {
                comparators.set(last, foldIter(comparators.get(last)));
            }
            return new Expr.Compare(left, e.ops(), comparators, e.span());
        }

        @Override
        public Expr visitCall(Expr.Call e) {
            return new Expr.Call(expr(e.func()), exprList(e.args()), keywords(e.keywords()), e.span());
        }

        @Override
        public Expr visitFormattedValue(Expr.FormattedValue e) {
            return new Expr.FormattedValue(expr(e.value()), e.conversion(), expr(e.formatSpec()), e.span());
        }

        @Override
        public Expr visitJoinedStr(Expr.JoinedStr e) {
            return new Expr.JoinedStr(exprList(e.values()), e.span());
        }

        @Override
        public Expr visitConstant(Expr.Constant e) {
            return e;
        }

        @Override
        public Expr visitAttribute(Expr.Attribute e) {
            return new Expr.Attribute(expr(e.value()), e.attr(), e.ctx(), e.span());
        }

        @Override
        public Expr visitSubscript(Expr.Subscript e) {
            Expr value = expr(e.value());
            Expr slice = expr(e.slice());
            if (e.ctx() == ExprContext.LOAD && value instanceof Expr.Constant v
                    && slice instanceof Expr.Constant s) {
                Object folded = ConstantFolder.subscript(Constants.fromAst(v.value()), Constants.fromAst(s.value()));
                if (folded != null) {
                    return constant(folded, e.span());
                }
            }
            return new Expr.Subscript(value, slice, e.ctx(), e.span());
        }

        @Override
        public Expr visitStarred(Expr.Starred e) {
            return new Expr.Starred(expr(e.value()), e.ctx(), e.span());
        }

        @Override
        public Expr visitName(Expr.Name e) {
            if (e.ctx() == ExprContext.LOAD && e.id().equals("__debug__")) {
                return new Expr.Constant(Boolean.TRUE, e.span());
            }
            return e;
        }

        @Override
        public Expr visitListExpr(Expr.ListExpr e) {
            return new Expr.ListExpr(exprList(e.elts()), e.ctx(), e.span());
        }

        @Override
        public Expr visitTupleExpr(Expr.TupleExpr e) {
            List<Expr> elts = exprList(e.elts());
            if (e.ctx() == ExprContext.LOAD) {
                Object[] items = constItems(elts);
                if (items != null) {
                    return new Expr.Constant(new ConstTuple(items), e.span());
                }
            }
            return new Expr.TupleExpr(elts, e.ctx(), e.span());
        }

        @Override
        public Expr visitSlice(Expr.Slice e) {
            return new Expr.Slice(expr(e.lower()), expr(e.upper()), expr(e.step()), e.span());
        }
    }
}
