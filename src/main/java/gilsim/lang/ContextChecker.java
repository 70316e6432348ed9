package gilsim.lang;

import gilsim.lang.ast.Arg;
import gilsim.lang.ast.Arguments;
import gilsim.lang.ast.Comprehension;
import gilsim.lang.ast.ExceptHandler;
import gilsim.lang.ast.Expr;
import gilsim.lang.ast.Expr.*;
import gilsim.lang.ast.ExprContext;
import gilsim.lang.ast.Keyword;
import gilsim.lang.ast.Module;
import gilsim.lang.ast.Span;
import gilsim.lang.ast.Stmt;
import gilsim.lang.ast.Stmt.*;
import gilsim.lang.ast.WithItem;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The SyntaxErrors that CPython 3.11 raises while compiling rather than parsing (Python/compile.c):
 * 'return' and 'yield' outside a function, 'break' and 'continue' outside a loop, starred
 * expressions where no unpacking happens, repeated keyword arguments, a bare except that is not
 * last, assignment to __debug__. They are checked in the order the compiler meets them: statement
 * by statement, a function's body where the def stands.
 */
final class ContextChecker {

    /** Where the compiler stands: inside a function (def, lambda, comprehension)? a loop? */
    private record Context(boolean function, boolean loop) {
    }

    private final SourceText src;

    private ContextChecker(SourceText src) {
        this.src = src;
    }

    static void check(Module m, SourceText src) throws PySyntaxError {
        try {
            new ContextChecker(src).statements(m.body(), new Context(false, false));
        } catch (SymbolTableBuilder.SymtableError e) {
            throw e.error;
        }
    }

    private SymbolTableBuilder.SymtableError error(String msg, Span at) {
        return new SymbolTableBuilder.SymtableError(new PySyntaxError(PySyntaxError.SYNTAX_ERROR,
                msg, new SourcePos(at.line(), at.col()), new SourcePos(at.endLine(), at.endCol()),
                src.line(at.line())));
    }

    private void statements(List<Stmt> body, Context ctx) {
        for (Stmt s : body) statement(s, ctx);
    }

    private void statement(Stmt s, Context ctx) {
        if (s instanceof FunctionDef f) {
            exprs(f.decorators(), ctx);
            arguments(f.args(), ctx);
            expr(f.returns(), ctx);
            statements(f.body(), new Context(true, false));
        } else if (s instanceof ClassDef c) {
            exprs(c.decorators(), ctx);
            exprs(c.bases(), ctx);
            keywords(c.keywords(), ctx);
            statements(c.body(), new Context(false, false));
        } else if (s instanceof Return r) {
            if (!ctx.function()) throw error("'return' outside function", r.span());
            expr(r.value(), ctx);
        } else if (s instanceof Delete d) {
            exprs(d.targets(), ctx);
        } else if (s instanceof Assign a) {
            expr(a.value(), ctx);
            exprs(a.targets(), ctx);
        } else if (s instanceof AugAssign a) {
            expr(a.target(), ctx);
            expr(a.value(), ctx);
        } else if (s instanceof AnnAssign a) {
            expr(a.value(), ctx);
            expr(a.target(), ctx);
            expr(a.annotation(), ctx);
        } else if (s instanceof For f) {
            expr(f.iter(), ctx);
            expr(f.target(), ctx);
            statements(f.body(), new Context(ctx.function(), true));
            statements(f.orelse(), ctx);
        } else if (s instanceof While w) {
            expr(w.test(), ctx);
            statements(w.body(), new Context(ctx.function(), true));
            statements(w.orelse(), ctx);
        } else if (s instanceof If i) {
            expr(i.test(), ctx);
            statements(i.body(), ctx);
            statements(i.orelse(), ctx);
        } else if (s instanceof With w) {
            for (WithItem item : w.items()) {
                expr(item.contextExpr(), ctx);
                expr(item.optionalVars(), ctx);
            }
            statements(w.body(), ctx);
        } else if (s instanceof Raise r) {
            expr(r.exc(), ctx);
            expr(r.cause(), ctx);
        } else if (s instanceof Try t) {
            tryStatement(t, ctx);
        } else if (s instanceof Assert a) {
            expr(a.test(), ctx);
            expr(a.msg(), ctx);
        } else if (s instanceof ExprStmt e) {
            expr(e.value(), ctx);
        } else if (s instanceof Break b) {
            if (!ctx.loop()) throw error("'break' outside loop", b.span());
        } else if (s instanceof Continue c) {
            if (!ctx.loop()) throw error("'continue' not properly in loop", c.span());
        }
        // Pass, Import, ImportFrom, Global, Nonlocal: nothing the compiler checks.
    }

    private void tryStatement(Try t, Context ctx) {
        statements(t.body(), ctx);
        statements(t.orelse(), ctx);
        List<ExceptHandler> handlers = t.handlers();
        for (int i = 0; i < handlers.size(); i++) {
            ExceptHandler h = handlers.get(i);
            if (h.type() == null && i < handlers.size() - 1) {
                throw error("default 'except:' must be last", h.span());
            }
            expr(h.type(), ctx);
            statements(h.body(), ctx);
        }
        statements(t.finalbody(), ctx);
    }

    private void arguments(Arguments a, Context ctx) {
        exprs(a.defaults(), ctx);
        exprs(a.kwDefaults(), ctx);
        for (List<Arg> group : List.of(a.posonly(), a.args(), a.kwonly())) {
            for (Arg arg : group) expr(arg.annotation(), ctx);
        }
    }

    private void exprs(List<Expr> es, Context ctx) {
        for (Expr e : es) expr(e, ctx);
    }

    /** Elements of a display, tuple target or call, where a starred item is allowed. */
    private void elements(List<Expr> elts, Context ctx) {
        for (Expr e : elts) expr(e instanceof Starred s ? s.value() : e, ctx);
    }

    private void keywords(List<Keyword> keywords, Context ctx) {
        Set<String> seen = new HashSet<>();
        for (Keyword k : keywords) {
            if (k.arg() != null && !seen.add(k.arg())) {
                throw error("keyword argument repeated: " + k.arg(), k.span());
            }
        }
        for (Keyword k : keywords) expr(k.value(), ctx);
    }

    private void expr(Expr e, Context ctx) {
        if (e == null) return;
        if (e instanceof Starred s) {
            throw error(s.ctx() == ExprContext.STORE
                    ? "starred assignment target must be in a list or tuple"
                    : "can't use starred expression here", s.span());
        } else if (e instanceof Yield y) {
            if (!ctx.function()) throw error("'yield' outside function", y.span());
            expr(y.value(), ctx);
        } else if (e instanceof Name n) {
            if (n.id().equals("__debug__") && n.ctx() != ExprContext.LOAD) {
                String verb = n.ctx() == ExprContext.DEL ? "delete" : "assign to";
                throw error("cannot " + verb + " __debug__", n.span());
            }
        } else if (e instanceof ListExpr l) {
            sequence(l.elts(), l.ctx(), l.span(), ctx);
        } else if (e instanceof TupleExpr t) {
            sequence(t.elts(), t.ctx(), t.span(), ctx);
        } else if (e instanceof SetExpr s) {
            elements(s.elts(), ctx);
        } else if (e instanceof Call c) {
            expr(c.func(), ctx);
            Set<String> seen = new HashSet<>();
            for (Keyword k : c.keywords()) {
                if (k.arg() != null && !seen.add(k.arg())) {
                    throw error("keyword argument repeated: " + k.arg(), k.span());
                }
            }
            elements(c.args(), ctx);
            for (Keyword k : c.keywords()) expr(k.value(), ctx);
        } else if (e instanceof Lambda l) {
            arguments(l.args(), ctx);
            expr(l.body(), new Context(true, false));
        } else if (e instanceof ListComp c) {
            comprehension(c.generators(), List.of(c.elt()), ctx);
        } else if (e instanceof SetComp c) {
            comprehension(c.generators(), List.of(c.elt()), ctx);
        } else if (e instanceof DictComp c) {
            comprehension(c.generators(), List.of(c.key(), c.value()), ctx);
        } else if (e instanceof GeneratorExp c) {
            comprehension(c.generators(), List.of(c.elt()), ctx);
        } else {
            for (Expr child : AstChildren.of(e)) expr(child, ctx);
        }
    }

    private void sequence(List<Expr> elts, ExprContext ectx, Span span, Context ctx) {
        if (ectx == ExprContext.STORE
                && elts.stream().filter(x -> x instanceof Starred).count() > 1) {
            throw error("multiple starred expressions in assignment", span);
        }
        elements(elts, ctx);
    }

    /** The outermost iterable belongs to the enclosing scope; the rest to the comprehension's. */
    private void comprehension(List<Comprehension> gens, List<Expr> elts, Context ctx) {
        expr(gens.get(0).iter(), ctx);
        Context inner = new Context(true, false);
        for (int i = 0; i < gens.size(); i++) {
            Comprehension g = gens.get(i);
            if (i > 0) expr(g.iter(), inner);
            expr(g.target(), inner);
            exprs(g.ifs(), inner);
        }
        exprs(elts, inner);
    }
}
