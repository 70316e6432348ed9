package gilsim.lang;

import gilsim.lang.ast.Alias;
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
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The first pass of {@link SymbolTable}: walks the AST, opens a {@link Scope} for each def,
 * lambda, class and comprehension, and records how each scope uses each name (symtable.c's
 * symtable_visit_* functions). It walks in the order the compiler evaluates and emits code
 * (an assignment's value before its targets, a for's iterable before its target, a try's else
 * before its handlers), so that first-met order is co_varnames order. Declaration errors
 * (global/nonlocal after use, duplicate parameters, yield in a comprehension) are raised here.
 */
final class SymbolTableBuilder implements Stmt.Visitor<Void> {

    /** Unwinds the walk with a SyntaxError. */
    static final class SymtableError extends RuntimeException {
        final PySyntaxError error;

        SymtableError(PySyntaxError error) {
            super(error.msg(), null, false, false);
            this.error = error;
        }
    }

    /**
     * CPython's compiler stops at this nesting of statements and expressions (its recursion
     * limit, 1000, times COMPILER_STACK_FRAME_SCALE, 3) with a RecursionError.
     */
    static final int MAX_DEPTH = 3000;
    static final String TOO_DEEP = "maximum recursion depth exceeded during compilation";

    /** Passed to def() with DEF_ANNOT for {@code x: int}: no code is emitted; never stored. */
    private static final int ANNOTATION_ONLY = 1 << 20;

    private final SourceText src;
    private int depth;
    final Map<Object, Scope> scopes = new IdentityHashMap<>();
    final Scope module;
    private Scope current;

    SymbolTableBuilder(Module m, SourceText src) {
        this.src = src;
        this.module = new Scope(Scope.Kind.MODULE, "<module>", m, null, null);
        scopes.put(m, module);
        current = module;
        statements(m.body());
    }

    // --- recording ------------------------------------------------------------------------------

    private void def(String name, int flag, Span at) {
        int old = current.flags.getOrDefault(name, 0);
        if ((flag & Symbol.DEF_PARAM) != 0 && (old & Symbol.DEF_PARAM) != 0) {
            throw error("duplicate argument '" + name + "' in function definition", at);
        }
        current.flags.put(name, old | (flag & ~ANNOTATION_ONLY));
        if ((flag & Symbol.DEF_PARAM) != 0) current.parameters.add(name);
        boolean declarationOnly = (flag & (Symbol.DEF_GLOBAL | Symbol.DEF_NONLOCAL)) != 0
                || flag == (Symbol.DEF_ANNOT | Symbol.DEF_LOCAL | ANNOTATION_ONLY);
        if (!declarationOnly) current.emitted.add(name);
        if ((flag & Symbol.DEF_GLOBAL) != 0) {
            module.flags.put(name, module.flags.getOrDefault(name, 0) | Symbol.DEF_GLOBAL);
        }
    }

    private SymtableError error(String msg, Span at) {
        return new SymtableError(new PySyntaxError(PySyntaxError.SYNTAX_ERROR, msg,
                new SourcePos(at.line(), at.col()), new SourcePos(at.endLine(), at.endCol()),
                src.line(at.line())));
    }

    private Scope enter(Scope.Kind kind, String name, Object node, String comprehensionKind) {
        Scope s = new Scope(kind, name, node, current, comprehensionKind);
        scopes.put(node, s);
        current = s;
        return s;
    }

    private void exit() {
        current = current.parent();
    }

    private void statements(List<Stmt> body) {
        for (Stmt s : body) {
            deeper(s.span());
            s.accept(this);
            depth--;
        }
    }

    private void expressions(List<Expr> es) {
        for (Expr e : es) visit(e);
    }

    private void visit(Expr e) {
        if (e == null) return;
        deeper(e.span());
        expression(e);
        depth--;
    }

    private void deeper(Span at) {
        if (++depth > MAX_DEPTH) {
            throw new SymtableError(new PySyntaxError(PySyntaxError.RECURSION_ERROR, TOO_DEEP,
                    new SourcePos(at.line(), at.col()), null, src.line(at.line())));
        }
    }

    // --- statements -----------------------------------------------------------------------------

    @Override
    public Void visitFunctionDef(FunctionDef s) {
        expressions(s.decorators());
        defaultsAndAnnotations(s.args(), true);
        visit(s.returns());
        enter(Scope.Kind.FUNCTION, s.name(), s, null);
        parameters(s.args());
        statements(s.body());
        exit();
        def(s.name(), Symbol.DEF_LOCAL, s.span());
        return null;
    }

    private void defaultsAndAnnotations(Arguments a, boolean annotations) {
        expressions(a.defaults());
        expressions(a.kwDefaults());
        if (!annotations) return;
        for (List<Arg> group : List.of(a.posonly(), a.args(), a.kwonly())) {
            for (Arg arg : group) visit(arg.annotation());
        }
        if (a.vararg() != null) visit(a.vararg().annotation());
        if (a.kwarg() != null) visit(a.kwarg().annotation());
    }

    private void parameters(Arguments a) {
        for (List<Arg> group : List.of(a.posonly(), a.args(), a.kwonly())) {
            for (Arg arg : group) def(arg.name(), Symbol.DEF_PARAM, arg.span());
        }
        if (a.vararg() != null) def(a.vararg().name(), Symbol.DEF_PARAM, a.vararg().span());
        if (a.kwarg() != null) def(a.kwarg().name(), Symbol.DEF_PARAM, a.kwarg().span());
    }

    @Override
    public Void visitClassDef(ClassDef s) {
        expressions(s.decorators());
        expressions(s.bases());
        for (Keyword k : s.keywords()) visit(k.value());
        enter(Scope.Kind.CLASS, s.name(), s, null);
        statements(s.body());
        exit();
        def(s.name(), Symbol.DEF_LOCAL, s.span());
        return null;
    }

    @Override
    public Void visitReturn(Return s) {
        visit(s.value());
        return null;
    }

    @Override
    public Void visitDelete(Delete s) {
        expressions(s.targets());
        return null;
    }

    @Override
    public Void visitAssign(Assign s) {
        visit(s.value());
        expressions(s.targets());
        return null;
    }

    @Override
    public Void visitAugAssign(AugAssign s) {
        if (s.target() instanceof Name n) {
            def(n.id(), Symbol.USE, n.span());
        }
        visitTargetParts(s.target());
        visit(s.value());
        visit(s.target());
        return null;
    }

    /** The sub-expressions an augmented target loads first (obj of obj.x, obj and key of obj[key]). */
    private void visitTargetParts(Expr target) {
        if (target instanceof Attribute a) visit(a.value());
        if (target instanceof Subscript sub) {
            visit(sub.value());
            visit(sub.slice());
        }
    }

    @Override
    public Void visitAnnAssign(AnnAssign s) {
        visit(s.value());
        if (s.target() instanceof Name n) {
            int cur = current.flags.getOrDefault(n.id(), 0);
            if ((cur & (Symbol.DEF_GLOBAL | Symbol.DEF_NONLOCAL)) != 0 && current != module
                    && s.simple()) {
                String which = (cur & Symbol.DEF_GLOBAL) != 0 ? "global" : "nonlocal";
                throw error("annotated name '" + n.id() + "' can't be " + which, s.span());
            }
            if (s.simple()) {
                int onlyAnnotated = s.value() == null ? ANNOTATION_ONLY : 0;
                def(n.id(), Symbol.DEF_ANNOT | Symbol.DEF_LOCAL | onlyAnnotated, n.span());
            } else if (s.value() != null) {
                def(n.id(), Symbol.DEF_LOCAL, n.span());
            }
        } else {
            visit(s.target());
        }
        visit(s.annotation());
        return null;
    }

    @Override
    public Void visitFor(For s) {
        visit(s.iter());
        visit(s.target());
        statements(s.body());
        statements(s.orelse());
        return null;
    }

    @Override
    public Void visitWhile(While s) {
        visit(s.test());
        statements(s.body());
        statements(s.orelse());
        return null;
    }

    @Override
    public Void visitIf(If s) {
        visit(s.test());
        statements(s.body());
        statements(s.orelse());
        return null;
    }

    @Override
    public Void visitWith(With s) {
        for (WithItem item : s.items()) {
            visit(item.contextExpr());
            visit(item.optionalVars());
        }
        statements(s.body());
        return null;
    }

    @Override
    public Void visitRaise(Raise s) {
        visit(s.exc());
        visit(s.cause());
        return null;
    }

    @Override
    public Void visitTry(Try s) {
        statements(s.body());
        statements(s.orelse());
        for (ExceptHandler h : s.handlers()) {
            visit(h.type());
            if (h.name() != null) def(h.name(), Symbol.DEF_LOCAL, h.span());
            statements(h.body());
        }
        statements(s.finalbody());
        return null;
    }

    @Override
    public Void visitAssert(Assert s) {
        visit(s.test());
        visit(s.msg());
        return null;
    }

    @Override
    public Void visitImport(Import s) {
        for (Alias a : s.names()) {
            String bound = a.asname() != null ? a.asname() : a.name().split("\\.")[0];
            def(bound, Symbol.DEF_IMPORT, a.span());
        }
        return null;
    }

    @Override
    public Void visitImportFrom(ImportFrom s) {
        for (Alias a : s.names()) {
            if (a.name().equals("*")) continue;
            def(a.asname() != null ? a.asname() : a.name(), Symbol.DEF_IMPORT, a.span());
        }
        return null;
    }

    @Override
    public Void visitGlobal(Global s) {
        declare(s.names(), s.span(), Symbol.DEF_GLOBAL, "global");
        return null;
    }

    @Override
    public Void visitNonlocal(Nonlocal s) {
        declare(s.names(), s.span(), Symbol.DEF_NONLOCAL, "nonlocal");
        return null;
    }

    /** symtable.c's Global_kind / Nonlocal_kind: a declaration must come before any other use. */
    private void declare(List<String> names, Span at, int flag, String word) {
        for (String name : names) {
            int cur = current.flags.getOrDefault(name, 0);
            if ((cur & (Symbol.DEF_PARAM | Symbol.DEF_LOCAL | Symbol.USE | Symbol.DEF_ANNOT)) != 0) {
                String msg;
                if ((cur & Symbol.DEF_PARAM) != 0) {
                    msg = "name '" + name + "' is parameter and " + word;
                } else if ((cur & Symbol.USE) != 0) {
                    msg = "name '" + name + "' is used prior to " + word + " declaration";
                } else if ((cur & Symbol.DEF_ANNOT) != 0) {
                    msg = "annotated name '" + name + "' can't be " + word;
                } else {
                    msg = "name '" + name + "' is assigned to before " + word + " declaration";
                }
                throw error(msg, at);
            }
            def(name, flag, at);
            current.directives.putIfAbsent(name, at);
        }
    }

    @Override
    public Void visitExprStmt(ExprStmt s) {
        visit(s.value());
        return null;
    }

    @Override
    public Void visitPass(Pass s) {
        return null;
    }

    @Override
    public Void visitBreak(Break s) {
        return null;
    }

    @Override
    public Void visitContinue(Continue s) {
        return null;
    }

    // --- expressions ----------------------------------------------------------------------------

    private void expression(Expr e) {
        if (e instanceof Name n) {
            name(n);
        } else if (e instanceof Lambda l) {
            lambda(l);
        } else if (e instanceof ListComp c) {
            comprehension(c, "<listcomp>", "list comprehension", c.generators(), c.elt(), null);
        } else if (e instanceof SetComp c) {
            comprehension(c, "<setcomp>", "set comprehension", c.generators(), c.elt(), null);
        } else if (e instanceof DictComp c) {
            comprehension(c, "<dictcomp>", "dict comprehension", c.generators(), c.key(),
                    c.value());
        } else if (e instanceof GeneratorExp c) {
            comprehension(c, "<genexpr>", "generator expression", c.generators(), c.elt(), null)
                    .generator = true;
        } else if (e instanceof Yield y) {
            if (current.comprehensionKind != null) {
                throw error("'yield' inside " + current.comprehensionKind, y.span());
            }
            current.generator = true;
            visit(y.value());
        } else {
            for (Expr child : AstChildren.of(e)) visit(child);
        }
    }

    private void name(Name e) {
        def(e.id(), e.ctx() == ExprContext.LOAD ? Symbol.USE : Symbol.DEF_LOCAL, e.span());
        // super() with no arguments reads the __class__ cell of the enclosing class.
        if (e.ctx() == ExprContext.LOAD && current.isFunction() && e.id().equals("super")) {
            def("__class__", Symbol.USE, e.span());
        }
    }

    private void lambda(Lambda e) {
        defaultsAndAnnotations(e.args(), false);
        enter(Scope.Kind.LAMBDA, "<lambda>", e, null);
        parameters(e.args());
        visit(e.body());
        exit();
    }

    /**
     * symtable_handle_comprehension: the outermost iterable is evaluated here; the rest runs in a
     * new function scope whose parameter ".0" receives that iterable's iterator. Within it the
     * compiler emits the targets and conditions clause by clause, then the element (a dict
     * comprehension's key before its value).
     */
    private Scope comprehension(Expr node, String name, String kind, List<Comprehension> gens,
            Expr elt, Expr value) {
        Comprehension outermost = gens.get(0);
        visit(outermost.iter());
        Scope s = enter(Scope.Kind.COMPREHENSION, name, node, kind);
        def(".0", Symbol.DEF_PARAM, node.span());
        visit(outermost.target());
        expressions(outermost.ifs());
        for (Comprehension g : gens.subList(1, gens.size())) {
            visit(g.iter());
            visit(g.target());
            expressions(g.ifs());
        }
        visit(elt);
        visit(value);
        exit();
        return s;
    }
}
