package gilsim.lang.compiler;

import static gilsim.lang.compiler.SymbolScope.DEF_ANNOT;
import static gilsim.lang.compiler.SymbolScope.DEF_COMP_ITER;
import static gilsim.lang.compiler.SymbolScope.DEF_GLOBAL;
import static gilsim.lang.compiler.SymbolScope.DEF_IMPORT;
import static gilsim.lang.compiler.SymbolScope.DEF_LOCAL;
import static gilsim.lang.compiler.SymbolScope.DEF_NONLOCAL;
import static gilsim.lang.compiler.SymbolScope.DEF_PARAM;
import static gilsim.lang.compiler.SymbolScope.USE;

import gilsim.lang.ast.Alias;
import gilsim.lang.ast.Arg;
import gilsim.lang.ast.Arguments;
import gilsim.lang.ast.Comprehension;
import gilsim.lang.ast.ExceptHandler;
import gilsim.lang.ast.Expr;
import gilsim.lang.ast.ExprContext;
import gilsim.lang.ast.Keyword;
import gilsim.lang.ast.Module;
import gilsim.lang.ast.Span;
import gilsim.lang.ast.Stmt;
import gilsim.lang.ast.WithItem;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * First pass of the symbol table (symtable.c's {@code symtable_visit_*}): walks the AST once,
 * creating a {@link SymbolScope} per module, class, function, lambda and comprehension and
 * recording for each name how it is used there. {@link ScopeAnalysis} then decides the scopes.
 * Scopes are found again by their AST node (identity), as CPython keys them by node address.
 */
final class SymbolTableBuilder implements Stmt.Visitor<Void>, Expr.Visitor<Void> {
    private final Map<Object, SymbolScope> scopes = new IdentityHashMap<>();
    private SymbolScope top;
    private SymbolScope cur;
    private String privateName;

    /** Builds and analyses the symbol table of a module. */
    static SymbolTable build(Module module, List<Stmt> body) {
        SymbolTableBuilder b = new SymbolTableBuilder();
        b.top = b.enter(module, "top", SymbolScope.Kind.MODULE, new Span(1, 1, 1, 1));
        b.visitStmts(body);
        ScopeAnalysis.analyze(b.top);
        return new SymbolTable(b.top, b.scopes);
    }

    private SymbolScope enter(Object key, String name, SymbolScope.Kind kind, Span span) {
        SymbolScope s = new SymbolScope(name, kind, span, cur);
        if (cur != null) {
            s.compIterExpr = cur.compIterExpr;
            cur.children.add(s);
        }
        scopes.put(key, s);
        cur = s;
        return s;
    }

    private void exit() {
        cur = cur.parent;
    }

    private void addDef(String name, int flag, Span span) {
        addDef(name, flag, span, cur);
    }

    private void addDef(String name, int flag, Span span, SymbolScope scope) {
        String mangled = Mangler.mangle(privateName, name);
        Integer old = scope.symbols.get(mangled);
        int val;
        if (old != null) {
            if ((flag & DEF_PARAM) != 0 && (old & DEF_PARAM) != 0) {
                throw CompileError.at(span,
                        "duplicate argument '" + name + "' in function definition");
            }
            val = old | flag;
        } else {
            val = flag;
        }
        if (scope.compIterTarget) {
            val |= DEF_COMP_ITER;
        }
        scope.symbols.put(mangled, val);
        if ((flag & DEF_PARAM) != 0) {
            scope.params.add(mangled);
        } else if ((flag & DEF_GLOBAL) != 0) {
            top.symbols.merge(mangled, flag, (a, b) -> a | b);
        }
    }

    private int lookup(String name) {
        return cur.flags(Mangler.mangle(privateName, name));
    }

    private void visitStmts(List<Stmt> stmts) {
        for (Stmt s : stmts) {
            s.accept(this);
        }
    }

    private void visitExprs(List<Expr> exprs) {
        for (Expr e : exprs) {
            if (e != null) {
                e.accept(this);
            }
        }
    }

    private void visitOpt(Expr e) {
        if (e != null) {
            e.accept(this);
        }
    }

    // ---- statements

    @Override
    public Void visitFunctionDef(Stmt.FunctionDef s) {
        addDef(s.name(), DEF_LOCAL, s.span());
        visitExprs(s.args().defaults());
        visitExprs(s.args().kwDefaults());
        visitAnnotations(s.args(), s.returns());
        visitExprs(s.decorators());
        enter(s, s.name(), SymbolScope.Kind.FUNCTION, s.span());
        visitParams(s.args());
        visitStmts(s.body());
        exit();
        return null;
    }

    @Override
    public Void visitClassDef(Stmt.ClassDef s) {
        addDef(s.name(), DEF_LOCAL, s.span());
        visitExprs(s.bases());
        for (Keyword k : s.keywords()) {
            k.value().accept(this);
        }
        visitExprs(s.decorators());
        enter(s, s.name(), SymbolScope.Kind.CLASS, s.span());
        String saved = privateName;
        privateName = s.name();
        visitStmts(s.body());
        privateName = saved;
        exit();
        return null;
    }

    @Override
    public Void visitReturn(Stmt.Return s) {
        visitOpt(s.value());
        return null;
    }

    @Override
    public Void visitDelete(Stmt.Delete s) {
        visitExprs(s.targets());
        return null;
    }

    @Override
    public Void visitAssign(Stmt.Assign s) {
        visitExprs(s.targets());
        s.value().accept(this);
        return null;
    }

    @Override
    public Void visitAugAssign(Stmt.AugAssign s) {
        s.target().accept(this);
        s.value().accept(this);
        return null;
    }

    @Override
    public Void visitAnnAssign(Stmt.AnnAssign s) {
        if (s.target() instanceof Expr.Name n) {
            int flags = lookup(n.id());
            if ((flags & (DEF_GLOBAL | DEF_NONLOCAL)) != 0 && cur != top && s.simple()) {
                String what = (flags & DEF_GLOBAL) != 0 ? "global" : "nonlocal";
                throw CompileError.at(s.span(),
                        "annotated name '" + n.id() + "' can't be " + what);
            }
            if (s.simple()) {
                addDef(n.id(), DEF_ANNOT | DEF_LOCAL, n.span());
            } else if (s.value() != null) {
                addDef(n.id(), DEF_LOCAL, n.span());
            }
        } else {
            s.target().accept(this);
        }
        s.annotation().accept(this);
        visitOpt(s.value());
        return null;
    }

    @Override
    public Void visitFor(Stmt.For s) {
        s.target().accept(this);
        s.iter().accept(this);
        visitStmts(s.body());
        visitStmts(s.orelse());
        return null;
    }

    @Override
    public Void visitWhile(Stmt.While s) {
        s.test().accept(this);
        visitStmts(s.body());
        visitStmts(s.orelse());
        return null;
    }

    @Override
    public Void visitIf(Stmt.If s) {
        s.test().accept(this);
        visitStmts(s.body());
        visitStmts(s.orelse());
        return null;
    }

    @Override
    public Void visitWith(Stmt.With s) {
        for (WithItem item : s.items()) {
            item.contextExpr().accept(this);
            visitOpt(item.optionalVars());
        }
        visitStmts(s.body());
        return null;
    }

    @Override
    public Void visitRaise(Stmt.Raise s) {
        if (s.exc() != null) {
            s.exc().accept(this);
            visitOpt(s.cause());
        }
        return null;
    }

    @Override
    public Void visitTry(Stmt.Try s) {
        visitStmts(s.body());
        visitStmts(s.orelse());
        for (ExceptHandler h : s.handlers()) {
            visitOpt(h.type());
            if (h.name() != null) {
                addDef(h.name(), DEF_LOCAL, h.span());
            }
            visitStmts(h.body());
        }
        visitStmts(s.finalbody());
        return null;
    }

    @Override
    public Void visitAssert(Stmt.Assert s) {
        s.test().accept(this);
        visitOpt(s.msg());
        return null;
    }

    @Override
    public Void visitImport(Stmt.Import s) {
        s.names().forEach(this::visitAlias);
        return null;
    }

    @Override
    public Void visitImportFrom(Stmt.ImportFrom s) {
        s.names().forEach(this::visitAlias);
        return null;
    }

    private void visitAlias(Alias a) {
        String name = a.asname() == null ? a.name() : a.asname();
        int dot = name.indexOf('.');
        String stored = dot >= 0 ? name.substring(0, dot) : name;
        if (name.equals("*")) {
            if (cur.kind != SymbolScope.Kind.MODULE) {
                throw CompileError.at(a.span(), "import * only allowed at module level");
            }
            return;
        }
        addDef(stored, DEF_IMPORT, a.span());
    }

    @Override
    public Void visitGlobal(Stmt.Global s) {
        declare(s.names(), DEF_GLOBAL, "global", s.span());
        return null;
    }

    @Override
    public Void visitNonlocal(Stmt.Nonlocal s) {
        declare(s.names(), DEF_NONLOCAL, "nonlocal", s.span());
        return null;
    }

    private void declare(List<String> names, int flag, String what, Span span) {
        for (String name : names) {
            int cur = lookup(name);
            if ((cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) != 0) {
                String msg;
                if ((cur & DEF_PARAM) != 0) {
                    msg = "name '" + name + "' is parameter and " + what;
                } else if ((cur & USE) != 0) {
                    msg = "name '" + name + "' is used prior to " + what + " declaration";
                } else if ((cur & DEF_ANNOT) != 0) {
                    msg = "annotated name '" + name + "' can't be " + what;
                } else {
                    msg = "name '" + name + "' is assigned to before " + what + " declaration";
                }
                throw CompileError.at(span, msg);
            }
            addDef(name, flag, span);
            this.cur.directives.putIfAbsent(Mangler.mangle(privateName, name), span);
        }
    }

    @Override
    public Void visitExprStmt(Stmt.ExprStmt s) {
        s.value().accept(this);
        return null;
    }

    @Override
    public Void visitPass(Stmt.Pass s) {
        return null;
    }

    @Override
    public Void visitBreak(Stmt.Break s) {
        return null;
    }

    @Override
    public Void visitContinue(Stmt.Continue s) {
        return null;
    }

    // ---- parameters and annotations

    private void visitParams(Arguments a) {
        for (Arg p : a.posonly()) {
            addDef(p.name(), DEF_PARAM, p.span());
        }
        for (Arg p : a.args()) {
            addDef(p.name(), DEF_PARAM, p.span());
        }
        for (Arg p : a.kwonly()) {
            addDef(p.name(), DEF_PARAM, p.span());
        }
        if (a.vararg() != null) {
            addDef(a.vararg().name(), DEF_PARAM, a.vararg().span());
            cur.varargs = true;
        }
        if (a.kwarg() != null) {
            addDef(a.kwarg().name(), DEF_PARAM, a.kwarg().span());
            cur.varkeywords = true;
        }
    }

    /**
     * Annotations are evaluated in the enclosing scope in CPython; gilsim does not evaluate
     * them, but records their names so that cells and free variables come out as CPython's.
     */
    private void visitAnnotations(Arguments a, Expr returns) {
        for (Arg p : a.posonly()) {
            visitOpt(p.annotation());
        }
        for (Arg p : a.args()) {
            visitOpt(p.annotation());
        }
        if (a.vararg() != null) {
            visitOpt(a.vararg().annotation());
        }
        if (a.kwarg() != null) {
            visitOpt(a.kwarg().annotation());
        }
        for (Arg p : a.kwonly()) {
            visitOpt(p.annotation());
        }
        visitOpt(returns);
    }

    // ---- expressions

    @Override
    public Void visitBoolOp(Expr.BoolOp e) {
        visitExprs(e.values());
        return null;
    }

    @Override
    public Void visitBinOp(Expr.BinOp e) {
        e.left().accept(this);
        e.right().accept(this);
        return null;
    }

    @Override
    public Void visitUnaryOp(Expr.UnaryOp e) {
        e.operand().accept(this);
        return null;
    }

    @Override
    public Void visitLambda(Expr.Lambda e) {
        visitExprs(e.args().defaults());
        visitExprs(e.args().kwDefaults());
        enter(e, "lambda", SymbolScope.Kind.FUNCTION, e.span());
        visitParams(e.args());
        e.body().accept(this);
        exit();
        return null;
    }

    @Override
    public Void visitIfExp(Expr.IfExp e) {
        e.test().accept(this);
        e.body().accept(this);
        e.orelse().accept(this);
        return null;
    }

    @Override
    public Void visitDictExpr(Expr.DictExpr e) {
        visitExprs(e.keys());
        visitExprs(e.values());
        return null;
    }

    @Override
    public Void visitSetExpr(Expr.SetExpr e) {
        visitExprs(e.elts());
        return null;
    }

    @Override
    public Void visitListComp(Expr.ListComp e) {
        comprehension(e, "listcomp", SymbolScope.Comprehension.LIST, e.generators(), e.elt(), null);
        return null;
    }

    @Override
    public Void visitSetComp(Expr.SetComp e) {
        comprehension(e, "setcomp", SymbolScope.Comprehension.SET, e.generators(), e.elt(), null);
        return null;
    }

    @Override
    public Void visitDictComp(Expr.DictComp e) {
        comprehension(e, "dictcomp", SymbolScope.Comprehension.DICT, e.generators(), e.key(),
                e.value());
        return null;
    }

    @Override
    public Void visitGeneratorExp(Expr.GeneratorExp e) {
        comprehension(e, "genexpr", SymbolScope.Comprehension.GENERATOR, e.generators(), e.elt(),
                null);
        return null;
    }

    /** symtable_handle_comprehension: the outermost iterable belongs to the enclosing scope. */
    private void comprehension(Expr e, String name, SymbolScope.Comprehension kind,
            List<Comprehension> generators, Expr elt, Expr value) {
        Comprehension outermost = generators.get(0);
        cur.compIterExpr++;
        outermost.iter().accept(this);
        cur.compIterExpr--;
        enter(e, name, SymbolScope.Kind.FUNCTION, e.span());
        cur.comprehension = kind;
        addDef(".0", DEF_PARAM, e.span());
        cur.compIterTarget = true;
        outermost.target().accept(this);
        cur.compIterTarget = false;
        visitExprs(outermost.ifs());
        for (Comprehension g : generators.subList(1, generators.size())) {
            cur.compIterTarget = true;
            g.target().accept(this);
            cur.compIterTarget = false;
            cur.compIterExpr++;
            g.iter().accept(this);
            cur.compIterExpr--;
            visitExprs(g.ifs());
        }
        visitOpt(value);
        elt.accept(this);
        cur.generator = kind == SymbolScope.Comprehension.GENERATOR;
        exit();
    }

    @Override
    public Void visitYield(Expr.Yield e) {
        visitOpt(e.value());
        cur.generator = true;
        if (cur.comprehension != SymbolScope.Comprehension.NONE) {
            String where = switch (cur.comprehension) {
                case LIST -> "list comprehension";
                case SET -> "set comprehension";
                case DICT -> "dict comprehension";
                default -> "generator expression";
            };
            throw CompileError.at(e.span(), "'yield' inside " + where);
        }
        return null;
    }

    @Override
    public Void visitCompare(Expr.Compare e) {
        e.left().accept(this);
        visitExprs(e.comparators());
        return null;
    }

    @Override
    public Void visitCall(Expr.Call e) {
        e.func().accept(this);
        visitExprs(e.args());
        for (Keyword k : e.keywords()) {
            k.value().accept(this);
        }
        return null;
    }

    @Override
    public Void visitFormattedValue(Expr.FormattedValue e) {
        e.value().accept(this);
        visitOpt(e.formatSpec());
        return null;
    }

    @Override
    public Void visitJoinedStr(Expr.JoinedStr e) {
        visitExprs(e.values());
        return null;
    }

    @Override
    public Void visitConstant(Expr.Constant e) {
        return null;
    }

    @Override
    public Void visitAttribute(Expr.Attribute e) {
        e.value().accept(this);
        return null;
    }

    @Override
    public Void visitSubscript(Expr.Subscript e) {
        e.value().accept(this);
        e.slice().accept(this);
        return null;
    }

    @Override
    public Void visitStarred(Expr.Starred e) {
        e.value().accept(this);
        return null;
    }

    @Override
    public Void visitName(Expr.Name e) {
        addDef(e.id(), e.ctx() == ExprContext.LOAD ? USE : DEF_LOCAL, e.span());
        // A use of super() in a method needs the implicit __class__ cell.
        if (e.ctx() == ExprContext.LOAD && cur.isFunction() && e.id().equals("super")) {
            addDef("__class__", USE, e.span());
        }
        return null;
    }

    @Override
    public Void visitListExpr(Expr.ListExpr e) {
        visitExprs(e.elts());
        return null;
    }

    @Override
    public Void visitTupleExpr(Expr.TupleExpr e) {
        visitExprs(e.elts());
        return null;
    }

    @Override
    public Void visitSlice(Expr.Slice e) {
        visitOpt(e.lower());
        visitOpt(e.upper());
        visitOpt(e.step());
        return null;
    }
}
