package gilsim.lang.compiler;

import gilsim.lang.ast.Arg;
import gilsim.lang.ast.Arguments;
import gilsim.lang.ast.Comprehension;
import gilsim.lang.ast.Expr;
import gilsim.lang.ast.ExprContext;
import gilsim.lang.ast.Stmt;
import gilsim.lang.bytecode.CodeUnit;
import gilsim.lang.bytecode.CodeUnit.ConstTuple;
import gilsim.lang.bytecode.Opcode;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything that makes a nested code object (compile.c's compiler_function, compiler_class,
 * compiler_lambda, compiler_comprehension): the body is compiled in its own {@link Unit}, then
 * the enclosing code builds the function with MAKE_FUNCTION, passing defaults, keyword-only
 * defaults and a closure tuple of cells. Comprehensions and generator expressions are such
 * functions, called at once with the iterator of their outermost iterable (CPython 3.11; 3.12
 * inlines them). Annotations are not evaluated (MAKE_FUNCTION flag 0x04 is never used).
 */
final class ScopeCompiler {
    private final CodeGen c;

    ScopeCompiler(CodeGen c) {
        this.c = c;
    }

    void function(Stmt.FunctionDef s) {
        checkDebugArgs(s.args());
        c.visitAll(s.decorators());
        int firstLine = s.decorators().isEmpty() ? s.line() : s.decorators().get(0).line();
        int flags = defaults(s.args());

        c.enterScope(s.name(), Unit.ScopeType.FUNCTION, s, firstLine);
        String doc = AstOptimizer.docstring(s.body());
        c.constIndex(doc != null ? doc : CodeUnit.NONE);
        setArgCounts(s.args());
        List<Stmt> body = s.body();
        for (int i = doc != null ? 1 : 0; i < body.size(); i++) {
            c.visit(body.get(i));
        }
        CodeUnit code = c.exitScope(true);

        makeClosure(code, flags);
        applyDecorators(s.decorators());
        c.nameOp(s.name(), ExprContext.STORE);
    }

    void lambda(Expr.Lambda e) {
        checkDebugArgs(e.args());
        int flags = defaults(e.args());
        c.enterScope("<lambda>", Unit.ScopeType.LAMBDA, e, e.line());
        c.constIndex(CodeUnit.NONE); // so that a lambda has no docstring
        setArgCounts(e.args());
        c.visit(e.body());
        CodeUnit code;
        if (c.u.ste.isGenerator()) {
            code = c.exitScope(false);
        } else {
            c.addOp(Opcode.RETURN_VALUE);
            code = c.exitScope(true);
        }
        makeClosure(code, flags);
    }

    void classDef(Stmt.ClassDef s) {
        c.visitAll(s.decorators());
        int firstLine = s.decorators().isEmpty() ? s.line() : s.decorators().get(0).line();

        c.enterScope(s.name(), Unit.ScopeType.CLASS, s, firstLine);
        c.nameOp("__name__", ExprContext.LOAD);
        c.nameOp("__module__", ExprContext.STORE);
        c.loadConst(c.u.qualname);
        c.nameOp("__qualname__", ExprContext.STORE);
        c.stmts.body(s.body(), false);
        c.unsetLoc(); // the rest is artificial
        if (c.u.ste.needsClassClosure()) {
            // Store __classcell__ so that type() can fill the cell that super() reads.
            c.addOp(Opcode.LOAD_CLOSURE, c.u.cellvars.get("__class__"));
            c.addOp(Opcode.COPY, 1);
            c.nameOp("__classcell__", ExprContext.STORE);
        } else {
            c.loadConst(CodeUnit.NONE);
        }
        c.addOp(Opcode.RETURN_VALUE);
        CodeUnit code = c.exitScope(true);

        c.addOp(Opcode.PUSH_NULL);
        c.addOp(Opcode.LOAD_BUILD_CLASS);
        makeClosure(code, 0);
        c.loadConst(s.name());
        c.calls.callHelper(2, s.bases(), s.keywords());
        applyDecorators(s.decorators());
        c.nameOp(s.name(), ExprContext.STORE);
    }

    /** compiler_comprehension: {@code value} is the dict comprehension's value, else null. */
    void comprehension(Expr e, String name, List<Comprehension> generators, Expr elt, Expr value) {
        Comprehension outermost = generators.get(0);
        c.enterScope(name, Unit.ScopeType.COMPREHENSION, e, e.line());
        c.setLoc(e.span());
        boolean genexp = e instanceof Expr.GeneratorExp;
        if (!genexp) {
            c.addOp(e instanceof Expr.ListComp ? Opcode.BUILD_LIST
                    : e instanceof Expr.SetComp ? Opcode.BUILD_SET : Opcode.BUILD_MAP, 0);
        }
        generator(e, generators, 0, 0, elt, value);
        if (!genexp) {
            c.addOp(Opcode.RETURN_VALUE);
        }
        CodeUnit code = c.exitScope(true);

        makeClosure(code, 0);
        c.visit(outermost.iter());
        c.addOp(Opcode.GET_ITER);
        c.addOp(Opcode.CALL, 0);
    }

    /** compiler_sync_comprehension_generator: one {@code for ... in ... if ...} clause. */
    private void generator(Expr e, List<Comprehension> generators, int index, int depth,
            Expr elt, Expr value) {
        BasicBlock start = c.newBlock();
        BasicBlock ifCleanup = c.newBlock();
        BasicBlock anchor = c.newBlock();
        Comprehension gen = generators.get(index);
        Targets.check(c, gen.target(), ExprContext.STORE, "");
        if (index == 0) {
            // The outermost iterator arrives as the implicit argument .0.
            c.u.argcount = 1;
            c.addOp(Opcode.LOAD_FAST, 0);
        } else {
            List<Expr> elts = gen.iter() instanceof Expr.ListExpr l ? l.elts()
                    : gen.iter() instanceof Expr.TupleExpr t ? t.elts() : null;
            if (elts != null && elts.size() == 1 && !(elts.get(0) instanceof Expr.Starred)) {
                // for y in [f(x)]: bind y without building and iterating a sequence.
                c.visit(elts.get(0));
                start = null;
            } else {
                c.visit(gen.iter());
                c.addOp(Opcode.GET_ITER);
            }
        }
        if (start != null) {
            depth++;
            c.useNextBlock(start);
            c.addJump(Opcode.FOR_ITER, anchor);
        }
        c.visit(gen.target());
        for (Expr cond : gen.ifs()) {
            c.conditions.jumpIf(cond, ifCleanup, false);
        }
        if (index + 1 < generators.size()) {
            generator(e, generators, index + 1, depth, elt, value);
        } else if (e instanceof Expr.GeneratorExp) {
            c.visit(elt);
            c.exprs.yieldValue();
            c.addOp(Opcode.POP_TOP);
        } else if (e instanceof Expr.ListComp) {
            c.visit(elt);
            c.addOp(Opcode.LIST_APPEND, depth + 1);
        } else if (e instanceof Expr.SetComp) {
            c.visit(elt);
            c.addOp(Opcode.SET_ADD, depth + 1);
        } else {
            c.visit(elt);
            c.visit(value);
            c.addOp(Opcode.MAP_ADD, depth + 1);
        }
        c.useNextBlock(ifCleanup);
        if (start != null) {
            c.addJump(Pseudo.JUMP, start);
            c.useNextBlock(anchor);
        }
    }

    /**
     * compiler_make_closure: for each free variable of {@code code}, LOAD_CLOSURE of the cell
     * this scope holds for it (its own cell, or a free variable passed down), then
     * MAKE_FUNCTION.
     */
    private void makeClosure(CodeUnit code, int flags) {
        if (code.freevars().length > 0) {
            for (String name : code.freevars()) {
                c.addOp(Opcode.LOAD_CLOSURE, c.closureSlot(name));
            }
            flags |= 0x08;
            c.addOp(Opcode.BUILD_TUPLE, code.freevars().length);
        }
        c.loadConst(code);
        c.addOp(Opcode.MAKE_FUNCTION, flags);
    }

    /** Defaults tuple (flag 0x01) and keyword-only defaults dict (flag 0x02). */
    private int defaults(Arguments args) {
        int flags = 0;
        if (!args.defaults().isEmpty()) {
            c.visitAll(args.defaults());
            c.addOp(Opcode.BUILD_TUPLE, args.defaults().size());
            flags |= 0x01;
        }
        List<Object> keys = new ArrayList<>();
        for (int i = 0; i < args.kwonly().size(); i++) {
            Expr d = i < args.kwDefaults().size() ? args.kwDefaults().get(i) : null;
            if (d != null) {
                keys.add(Mangler.mangle(c.u.privateName, args.kwonly().get(i).name()));
                c.visit(d);
            }
        }
        if (!keys.isEmpty()) {
            c.loadConst(new ConstTuple(keys.toArray()));
            c.addOp(Opcode.BUILD_CONST_KEY_MAP, keys.size());
            flags |= 0x02;
        }
        return flags;
    }

    private void setArgCounts(Arguments args) {
        c.u.argcount = args.args().size();
        c.u.posonlyargcount = args.posonly().size();
        c.u.kwonlyargcount = args.kwonly().size();
    }

    /** Decorators were evaluated first; they are applied innermost first, each with CALL 0. */
    private void applyDecorators(List<Expr> decorators) {
        CodeGen.Location saved = c.saveLoc();
        for (int i = decorators.size() - 1; i >= 0; i--) {
            c.setLoc(decorators.get(i).span());
            c.addOp(Opcode.CALL, 0);
        }
        c.restoreLoc(saved);
    }

    private void checkDebugArgs(Arguments args) {
        List<Arg> all = new ArrayList<>(args.posonly());
        all.addAll(args.args());
        if (args.vararg() != null) {
            all.add(args.vararg());
        }
        all.addAll(args.kwonly());
        if (args.kwarg() != null) {
            all.add(args.kwarg());
        }
        for (Arg a : all) {
            if (a.name().equals("__debug__")) {
                throw c.error("cannot assign to __debug__"); // at the def, as CPython
            }
        }
    }
}
