package gilsim.lang.compiler;

import gilsim.lang.ast.ExceptHandler;
import gilsim.lang.ast.ExprContext;
import gilsim.lang.ast.Stmt;
import gilsim.lang.ast.WithItem;
import gilsim.lang.bytecode.CodeUnit;
import gilsim.lang.bytecode.Opcode;
import java.util.List;

/**
 * try/except/finally and with, in CPython 3.11's "zero-cost" layout (compile.c's
 * compiler_try_except, compiler_try_finally, compiler_with): SETUP_* pseudo-instructions mark
 * the protected ranges, handlers start with PUSH_EXC_INFO and leave through POP_EXCEPT, and a
 * cleanup handler re-raises with RERAISE. Also the unwinding that return, break and continue
 * do through these statements (compiler_unwind_fblock): a finally body is compiled again at
 * each such exit, a with statement calls {@code __exit__(None, None, None)}.
 */
final class TryCompiler {
    private final CodeGen c;

    TryCompiler(CodeGen c) {
        this.c = c;
    }

    /*
     * try: body finally: final
     *     SETUP_FINALLY end; body; POP_BLOCK; final; JUMP exit
     * end: SETUP_CLEANUP cleanup; PUSH_EXC_INFO; final; RERAISE 0
     * cleanup: COPY 3; POP_EXCEPT; RERAISE 1
     * exit:
     */
    void tryFinally(Stmt.Try s) {
        BasicBlock body = c.newBlock();
        BasicBlock end = c.newBlock();
        BasicBlock exit = c.newBlock();
        BasicBlock cleanup = c.newBlock();

        c.addJump(Pseudo.SETUP_FINALLY, end);
        c.useNextBlock(body);
        c.pushFrameBlock(FrameBlock.Type.FINALLY_TRY, body, end, s.finalbody());
        if (!s.handlers().isEmpty()) {
            tryExcept(s);
        } else {
            c.visitStmts(s.body());
        }
        c.addPseudoNoLine(Pseudo.POP_BLOCK);
        c.popFrameBlock(FrameBlock.Type.FINALLY_TRY, body);
        c.visitStmts(s.finalbody());
        c.addJumpNoLine(Pseudo.JUMP, exit);

        c.useNextBlock(end);
        c.unsetLoc();
        c.addJump(Pseudo.SETUP_CLEANUP, cleanup);
        c.addOp(Opcode.PUSH_EXC_INFO);
        c.pushFrameBlock(FrameBlock.Type.FINALLY_END, end, null, null);
        c.visitStmts(s.finalbody());
        c.popFrameBlock(FrameBlock.Type.FINALLY_END, end);
        c.addOp(Opcode.RERAISE, 0);
        c.useNextBlock(cleanup);
        popExceptAndReraise();
        c.useNextBlock(exit);
    }

    /*
     * try: body except E as n: handler ... else: orelse
     *     SETUP_FINALLY except; body; POP_BLOCK; orelse; JUMP end
     * except: SETUP_CLEANUP cleanup; PUSH_EXC_INFO
     *     for each handler: E; CHECK_EXC_MATCH; POP_JUMP_IF_FALSE next; bind or POP_TOP; ...
     *     RERAISE 0
     * cleanup: COPY 3; POP_EXCEPT; RERAISE 1
     * end:
     */
    void tryExcept(Stmt.Try s) {
        BasicBlock body = c.newBlock();
        BasicBlock except = c.newBlock();
        BasicBlock end = c.newBlock();
        BasicBlock cleanup = c.newBlock();

        c.addJump(Pseudo.SETUP_FINALLY, except);
        c.useNextBlock(body);
        c.pushFrameBlock(FrameBlock.Type.TRY_EXCEPT, body, null, null);
        c.visitStmts(s.body());
        c.popFrameBlock(FrameBlock.Type.TRY_EXCEPT, body);
        c.addPseudoNoLine(Pseudo.POP_BLOCK);
        c.visitStmts(s.orelse());
        c.addJumpNoLine(Pseudo.JUMP, end);

        int n = s.handlers().size();
        c.useNextBlock(except);
        c.unsetLoc();
        c.addJump(Pseudo.SETUP_CLEANUP, cleanup);
        c.addOp(Opcode.PUSH_EXC_INFO);
        // The runtime pushes the previous exception here; account for it when unwinding.
        c.pushFrameBlock(FrameBlock.Type.EXCEPTION_HANDLER, null, null, null);
        for (int i = 0; i < n; i++) {
            ExceptHandler handler = s.handlers().get(i);
            c.setLoc(handler.span());
            if (handler.type() == null && i < n - 1) {
                throw c.error("default 'except:' must be last");
            }
            except = c.newBlock();
            if (handler.type() != null) {
                c.visit(handler.type());
                c.addOp(Opcode.CHECK_EXC_MATCH);
                c.addJump(Opcode.POP_JUMP_IF_FALSE, except);
            }
            if (handler.name() != null) {
                namedHandler(handler, end);
            } else {
                BasicBlock cleanupBody = c.newBlock();
                c.addOp(Opcode.POP_TOP); // the exception
                c.useNextBlock(cleanupBody);
                c.pushFrameBlock(FrameBlock.Type.HANDLER_CLEANUP, cleanupBody, null, null);
                c.visitStmts(handler.body());
                c.popFrameBlock(FrameBlock.Type.HANDLER_CLEANUP, cleanupBody);
                c.unsetLoc();
                c.addPseudo(Pseudo.POP_BLOCK);
                c.addOp(Opcode.POP_EXCEPT);
                c.addJump(Pseudo.JUMP, end);
            }
            c.useNextBlock(except);
        }
        c.unsetLoc();
        c.popFrameBlock(FrameBlock.Type.EXCEPTION_HANDLER, null);
        c.addOp(Opcode.RERAISE, 0);
        c.useNextBlock(cleanup);
        popExceptAndReraise();
        c.useNextBlock(end);
    }

    /**
     * {@code except E as name}: the body runs inside an implicit try/finally whose final part
     * is {@code name = None; del name}, so the exception (and its traceback, and the frames it
     * holds) is not kept alive by the name.
     */
    private void namedHandler(ExceptHandler handler, BasicBlock end) {
        BasicBlock cleanupEnd = c.newBlock();
        BasicBlock cleanupBody = c.newBlock();
        c.nameOp(handler.name(), ExprContext.STORE);
        c.addJump(Pseudo.SETUP_CLEANUP, cleanupEnd);
        c.useNextBlock(cleanupBody);
        c.pushFrameBlock(FrameBlock.Type.HANDLER_CLEANUP, cleanupBody, null, handler.name());
        c.visitStmts(handler.body());
        c.popFrameBlock(FrameBlock.Type.HANDLER_CLEANUP, cleanupBody);
        c.unsetLoc();
        c.addPseudo(Pseudo.POP_BLOCK);
        c.addPseudo(Pseudo.POP_BLOCK);
        c.addOp(Opcode.POP_EXCEPT);
        clearName(handler.name());
        c.addJump(Pseudo.JUMP, end);

        c.useNextBlock(cleanupEnd);
        c.unsetLoc();
        clearName(handler.name());
        c.addOp(Opcode.RERAISE, 1);
    }

    private void clearName(String name) {
        c.loadConst(CodeUnit.NONE);
        c.nameOp(name, ExprContext.STORE);
        c.nameOp(name, ExprContext.DEL);
    }

    /** [exc_info, lasti, exc]: restore the previous exception, re-raise with its lasti. */
    private void popExceptAndReraise() {
        c.addOp(Opcode.COPY, 3);
        c.addOp(Opcode.POP_EXCEPT);
        c.addOp(Opcode.RERAISE, 1);
    }

    /*
     * with a as x: body
     *     a; BEFORE_WITH; SETUP_WITH final; store x (or POP_TOP); body; POP_BLOCK
     *     LOAD_CONST None x3; CALL 2; POP_TOP; JUMP exit
     * final: SETUP_CLEANUP cleanup; PUSH_EXC_INFO; WITH_EXCEPT_START
     *     POP_JUMP_IF_TRUE suppress; RERAISE 2
     * cleanup: COPY 3; POP_EXCEPT; RERAISE 1
     * suppress: POP_TOP; POP_BLOCK; POP_EXCEPT; POP_TOP; POP_TOP
     * exit:
     */
    void with(Stmt.With s, int pos) {
        WithItem item = s.items().get(pos);
        BasicBlock block = c.newBlock();
        BasicBlock fin = c.newBlock();
        BasicBlock exit = c.newBlock();
        BasicBlock cleanup = c.newBlock();

        c.visit(item.contextExpr());
        c.addOp(Opcode.BEFORE_WITH);
        c.addJump(Pseudo.SETUP_WITH, fin);
        c.useNextBlock(block);
        c.pushFrameBlock(FrameBlock.Type.WITH, block, fin, s);
        if (item.optionalVars() != null) {
            c.visit(item.optionalVars());
        } else {
            c.addOp(Opcode.POP_TOP); // the result of __enter__()
        }
        if (pos + 1 == s.items().size()) {
            c.visitStmts(s.body());
        } else {
            with(s, pos + 1);
        }
        c.unsetLoc();
        c.addPseudo(Pseudo.POP_BLOCK);
        c.popFrameBlock(FrameBlock.Type.WITH, block);

        c.setLoc(s.span());
        callExitWithNones();
        c.addOp(Opcode.POP_TOP);
        c.addJump(Pseudo.JUMP, exit);

        c.useNextBlock(fin);
        c.addJump(Pseudo.SETUP_CLEANUP, cleanup);
        c.addOp(Opcode.PUSH_EXC_INFO);
        c.addOp(Opcode.WITH_EXCEPT_START);
        withExceptFinish(cleanup);
        c.useNextBlock(exit);
    }

    private void withExceptFinish(BasicBlock cleanup) {
        c.unsetLoc();
        BasicBlock suppress = c.newBlock();
        c.addJump(Opcode.POP_JUMP_IF_TRUE, suppress);
        c.addOp(Opcode.RERAISE, 2);
        c.useNextBlock(cleanup);
        popExceptAndReraise();
        c.useNextBlock(suppress);
        c.addOp(Opcode.POP_TOP); // the exception
        c.addPseudo(Pseudo.POP_BLOCK);
        c.addOp(Opcode.POP_EXCEPT);
        c.addOp(Opcode.POP_TOP);
        c.addOp(Opcode.POP_TOP);
    }

    /** The bound __exit__ is below TOS as a "method": __exit__(None, None, None). */
    private void callExitWithNones() {
        c.loadConst(CodeUnit.NONE);
        c.loadConst(CodeUnit.NONE);
        c.loadConst(CodeUnit.NONE);
        c.addOp(Opcode.CALL, 2);
    }

    // ---- unwinding for return, break and continue

    /**
     * compiler_unwind_fblock: emits what leaving {@code info} early takes. With
     * {@code preserveTos} the value on top of the stack (a return value) survives.
     */
    void unwind(FrameBlock info, boolean preserveTos) {
        switch (info.type()) {
            case WHILE_LOOP, EXCEPTION_HANDLER -> {
            }
            case FOR_LOOP -> {
                if (preserveTos) {
                    c.addOp(Opcode.SWAP, 2);
                }
                c.addOp(Opcode.POP_TOP); // the iterator
            }
            case TRY_EXCEPT -> c.addPseudo(Pseudo.POP_BLOCK);
            case FINALLY_TRY -> {
                c.addPseudo(Pseudo.POP_BLOCK); // with the line of the unwinding statement
                if (preserveTos) {
                    c.pushFrameBlock(FrameBlock.Type.POP_VALUE, null, null, null);
                }
                @SuppressWarnings("unchecked")
                List<Stmt> finalbody = (List<Stmt>) info.datum();
                c.visitStmts(finalbody);
                if (preserveTos) {
                    c.popFrameBlock(FrameBlock.Type.POP_VALUE, null);
                }
                c.unsetLoc(); // the exit appears to run after the finally body
            }
            case FINALLY_END -> {
                if (preserveTos) {
                    c.addOp(Opcode.SWAP, 2);
                }
                c.addOp(Opcode.POP_TOP); // the exception
                if (preserveTos) {
                    c.addOp(Opcode.SWAP, 2);
                }
                c.addPseudo(Pseudo.POP_BLOCK);
                c.addOp(Opcode.POP_EXCEPT);
            }
            case WITH -> {
                c.setLoc(((Stmt.With) info.datum()).span());
                c.addPseudo(Pseudo.POP_BLOCK);
                if (preserveTos) {
                    c.addOp(Opcode.SWAP, 2);
                }
                callExitWithNones();
                c.addOp(Opcode.POP_TOP);
                c.unsetLoc();
            }
            case HANDLER_CLEANUP -> {
                String name = (String) info.datum();
                if (name != null) {
                    c.addPseudo(Pseudo.POP_BLOCK);
                }
                if (preserveTos) {
                    c.addOp(Opcode.SWAP, 2);
                }
                c.addPseudo(Pseudo.POP_BLOCK);
                c.addOp(Opcode.POP_EXCEPT);
                if (name != null) {
                    clearName(name);
                }
            }
            case POP_VALUE -> {
                if (preserveTos) {
                    c.addOp(Opcode.SWAP, 2);
                }
                c.addOp(Opcode.POP_TOP);
            }
            default -> throw new IllegalStateException("cannot unwind " + info.type());
        }
    }

    /**
     * compiler_unwind_fblock_stack: unwinds every enclosing frame block, innermost first; with
     * {@code toLoop}, stops at the innermost loop and returns it (null when there is none).
     * The frame blocks are restored afterwards: the code after a return still belongs to them.
     */
    FrameBlock unwindStack(boolean preserveTos, boolean toLoop) {
        List<FrameBlock> fbs = c.u.frameBlocks;
        if (fbs.isEmpty()) {
            return null;
        }
        FrameBlock top = fbs.get(fbs.size() - 1);
        if (toLoop && top.isLoop()) {
            return top;
        }
        fbs.remove(fbs.size() - 1);
        unwind(top, preserveTos);
        FrameBlock loop = unwindStack(preserveTos, toLoop);
        fbs.add(top);
        return loop;
    }
}
