package gilsim.lang.compiler;

import gilsim.lang.ast.Alias;
import gilsim.lang.ast.Expr;
import gilsim.lang.ast.ExprContext;
import gilsim.lang.ast.Stmt;
import gilsim.lang.bytecode.Opcode;
import java.util.List;

/**
 * Statements (compile.c's compiler_visit_stmt and the simple statement helpers). Compound
 * statements with handlers (try, with) and definitions (def, class) are delegated to
 * {@link TryCompiler} and {@link ScopeCompiler}.
 */
final class StmtCompiler implements Stmt.Visitor<Void> {
    private final CodeGen c;
    private final boolean interactiveResult;
    /** The final top-level expression statement whose value the kernel shows, if any. */
    Stmt resultStmt;

    StmtCompiler(CodeGen c, boolean interactiveResult) {
        this.c = c;
        this.interactiveResult = interactiveResult;
    }

    /** compiler_body of a module or class: an optional docstring, then the statements. */
    void body(List<Stmt> stmts, boolean module) {
        if (module && !stmts.isEmpty()) {
            c.setLoc(stmts.get(0).span());
        }
        int i = 0;
        if (AstOptimizer.docstring(stmts) != null && stmts.get(0) != resultStmt) {
            i = 1;
            Stmt.ExprStmt doc = (Stmt.ExprStmt) stmts.get(0);
            c.visit(doc.value());
            c.unsetLoc();
            c.nameOp("__doc__", ExprContext.STORE);
        }
        for (; i < stmts.size(); i++) {
            c.visit(stmts.get(i));
        }
    }

    @Override
    public Void visitFunctionDef(Stmt.FunctionDef s) {
        c.scopes.function(s);
        return null;
    }

    @Override
    public Void visitClassDef(Stmt.ClassDef s) {
        c.scopes.classDef(s);
        return null;
    }

    @Override
    public Void visitReturn(Stmt.Return s) {
        Expr value = s.value();
        boolean preserveTos = value != null && !(value instanceof Expr.Constant);
        if (!c.isFunctionScope()) {
            throw c.error("'return' outside function");
        }
        if (preserveTos) {
            c.visit(value);
        } else if (value != null) {
            // The NOP carries the value's line for tracing.
            c.setLoc(value.span());
            c.addOp(Opcode.NOP);
        }
        if (value == null || value.line() != s.line()) {
            c.setLoc(s.span());
            c.addOp(Opcode.NOP);
        }
        c.tries.unwindStack(preserveTos, false);
        if (value == null) {
            c.loadConst(gilsim.lang.bytecode.CodeUnit.NONE);
        } else if (!preserveTos) {
            c.loadConst(Constants.fromAst(((Expr.Constant) value).value()));
        }
        c.addOp(Opcode.RETURN_VALUE);
        return null;
    }

    @Override
    public Void visitBreak(Stmt.Break s) {
        CodeGen.Location saved = c.saveLoc();
        c.addOp(Opcode.NOP);
        FrameBlock loop = c.tries.unwindStack(false, true);
        if (loop == null) {
            c.restoreLoc(saved);
            throw c.error("'break' outside loop");
        }
        c.tries.unwind(loop, false);
        c.addJump(Pseudo.JUMP, loop.exit());
        return null;
    }

    @Override
    public Void visitContinue(Stmt.Continue s) {
        CodeGen.Location saved = c.saveLoc();
        c.addOp(Opcode.NOP);
        FrameBlock loop = c.tries.unwindStack(false, true);
        if (loop == null) {
            c.restoreLoc(saved);
            throw c.error("'continue' not properly in loop");
        }
        c.addJump(Pseudo.JUMP, loop.block());
        return null;
    }

    @Override
    public Void visitDelete(Stmt.Delete s) {
        for (Expr t : s.targets()) {
            Targets.check(c, t, ExprContext.DEL, "");
            c.visit(t);
        }
        return null;
    }

    @Override
    public Void visitAssign(Stmt.Assign s) {
        for (Expr t : s.targets()) {
            Targets.check(c, t, ExprContext.STORE, " here. Maybe you meant '==' instead of '='?");
        }
        c.visit(s.value());
        int n = s.targets().size();
        for (int i = 0; i < n; i++) {
            if (i < n - 1) {
                c.addOp(Opcode.COPY, 1);
            }
            c.visit(s.targets().get(i));
        }
        return null;
    }

    @Override
    public Void visitAugAssign(Stmt.AugAssign s) {
        Targets.checkAugmented(c, s.target());
        c.assignments.augAssign(s);
        return null;
    }

    /**
     * {@code target: annotation = value}. gilsim evaluates and stores the value as CPython does
     * but neither evaluates annotations nor keeps {@code __annotations__} (documented
     * divergence: CPython 3.11 would also emit SETUP_ANNOTATIONS and store simple annotations
     * at module and class level).
     */
    @Override
    public Void visitAnnAssign(Stmt.AnnAssign s) {
        Expr target = s.target();
        Targets.check(c, target, ExprContext.STORE, "");
        if (s.value() != null) {
            c.visit(s.value());
            c.visit(target);
        } else if (target instanceof Expr.Attribute a) {
            c.visit(a.value());
            c.addOp(Opcode.POP_TOP);
        } else if (target instanceof Expr.Subscript sub) {
            c.visit(sub.value());
            c.addOp(Opcode.POP_TOP);
            c.assignments.checkAnnSubscript(sub.slice());
        }
        return null;
    }

    @Override
    public Void visitFor(Stmt.For s) {
        Targets.check(c, s.target(), ExprContext.STORE, "");
        BasicBlock start = c.newBlock();
        BasicBlock body = c.newBlock();
        BasicBlock cleanup = c.newBlock();
        BasicBlock end = c.newBlock();
        c.pushFrameBlock(FrameBlock.Type.FOR_LOOP, start, end, null);
        c.visit(s.iter());
        c.addOp(Opcode.GET_ITER);
        c.useNextBlock(start);
        c.addJump(Opcode.FOR_ITER, cleanup);
        c.useNextBlock(body);
        c.visit(s.target());
        c.visitStmts(s.body());
        c.unsetLoc(); // the back-edge is artificial
        c.addJump(Pseudo.JUMP, start);
        c.useNextBlock(cleanup);
        c.popFrameBlock(FrameBlock.Type.FOR_LOOP, start);
        c.visitStmts(s.orelse());
        c.useNextBlock(end);
        return null;
    }

    @Override
    public Void visitWhile(Stmt.While s) {
        BasicBlock loop = c.newBlock();
        BasicBlock body = c.newBlock();
        BasicBlock anchor = c.newBlock();
        BasicBlock end = c.newBlock();
        c.useNextBlock(loop);
        c.pushFrameBlock(FrameBlock.Type.WHILE_LOOP, loop, end, null);
        c.conditions.jumpIf(s.test(), anchor, false);
        c.useNextBlock(body);
        c.visitStmts(s.body());
        c.setLoc(s.span());
        c.conditions.jumpIf(s.test(), body, true);
        c.popFrameBlock(FrameBlock.Type.WHILE_LOOP, loop);
        c.useNextBlock(anchor);
        c.visitStmts(s.orelse());
        c.useNextBlock(end);
        return null;
    }

    @Override
    public Void visitIf(Stmt.If s) {
        BasicBlock end = c.newBlock();
        BasicBlock next = s.orelse().isEmpty() ? end : c.newBlock();
        c.conditions.jumpIf(s.test(), next, false);
        c.visitStmts(s.body());
        if (!s.orelse().isEmpty()) {
            c.addJumpNoLine(Pseudo.JUMP, end);
            c.useNextBlock(next);
            c.visitStmts(s.orelse());
        }
        c.useNextBlock(end);
        return null;
    }

    @Override
    public Void visitWith(Stmt.With s) {
        for (var item : s.items()) {
            if (item.optionalVars() != null) {
                Targets.check(c, item.optionalVars(), ExprContext.STORE, "");
            }
        }
        c.tries.with(s, 0);
        return null;
    }

    @Override
    public Void visitRaise(Stmt.Raise s) {
        int n = 0;
        if (s.exc() != null) {
            c.visit(s.exc());
            n++;
            if (s.cause() != null) {
                c.visit(s.cause());
                n++;
            }
        }
        c.addOp(Opcode.RAISE_VARARGS, n);
        return null;
    }

    @Override
    public Void visitTry(Stmt.Try s) {
        if (!s.finalbody().isEmpty()) {
            c.tries.tryFinally(s);
        } else {
            c.tries.tryExcept(s);
        }
        return null;
    }

    @Override
    public Void visitAssert(Stmt.Assert s) {
        BasicBlock end = c.newBlock();
        c.conditions.jumpIf(s.test(), end, true);
        c.addOp(Opcode.LOAD_ASSERTION_ERROR);
        if (s.msg() != null) {
            c.visit(s.msg());
            c.addOp(Opcode.CALL, 0);
        }
        c.addOp(Opcode.RAISE_VARARGS, 1);
        c.useNextBlock(end);
        return null;
    }

    @Override
    public Void visitImport(Stmt.Import s) {
        for (Alias alias : s.names()) {
            c.loadConst(0L);
            c.loadConst(gilsim.lang.bytecode.CodeUnit.NONE);
            c.addName(Opcode.IMPORT_NAME, alias.name());
            int dot = alias.name().indexOf('.');
            if (alias.asname() != null) {
                importAs(alias.name(), alias.asname());
            } else {
                c.nameOp(dot >= 0 ? alias.name().substring(0, dot) : alias.name(), ExprContext.STORE);
            }
        }
        return null;
    }

    /** {@code import a.b.c as d}: walk the attributes with IMPORT_FROM, then bind d. */
    private void importAs(String name, String asname) {
        int dot = name.indexOf('.');
        if (dot < 0) {
            c.nameOp(asname, ExprContext.STORE);
            return;
        }
        while (true) {
            int pos = dot + 1;
            dot = name.indexOf('.', pos);
            c.addRawName(Opcode.IMPORT_FROM, name.substring(pos, dot >= 0 ? dot : name.length()));
            if (dot < 0) {
                break;
            }
            c.addOp(Opcode.SWAP, 2);
            c.addOp(Opcode.POP_TOP);
        }
        c.nameOp(asname, ExprContext.STORE);
        c.addOp(Opcode.POP_TOP);
    }

    @Override
    public Void visitImportFrom(Stmt.ImportFrom s) {
        c.loadConst((long) s.level());
        Object[] names = s.names().stream().map(Alias::name).toArray();
        c.loadConst(new gilsim.lang.bytecode.CodeUnit.ConstTuple(names));
        c.addName(Opcode.IMPORT_NAME, s.module() != null ? s.module() : "");
        for (Alias alias : s.names()) {
            c.addName(Opcode.IMPORT_FROM, alias.name());
            c.nameOp(alias.asname() != null ? alias.asname() : alias.name(), ExprContext.STORE);
        }
        c.addOp(Opcode.POP_TOP);
        return null;
    }

    @Override
    public Void visitGlobal(Stmt.Global s) {
        return null;
    }

    @Override
    public Void visitNonlocal(Stmt.Nonlocal s) {
        return null;
    }

    @Override
    public Void visitExprStmt(Stmt.ExprStmt s) {
        if (interactiveResult && s == resultStmt) {
            // Where CPython's REPL emits PRINT_EXPR: the kernel shows this value.
            c.visit(s.value());
            c.addOp(Opcode.SET_RESULT);
            return null;
        }
        if (s.value() instanceof Expr.Constant) {
            c.addOp(Opcode.NOP); // a constant statement is ignored
            return null;
        }
        c.visit(s.value());
        c.unsetLoc(); // the POP_TOP is artificial
        c.addOp(Opcode.POP_TOP);
        return null;
    }

    @Override
    public Void visitPass(Stmt.Pass s) {
        c.addOp(Opcode.NOP);
        return null;
    }
}
