package gilsim.lang.compiler;

/**
 * A statement the compiler is inside of, that a return, break or continue must unwind
 * (compile.c's {@code fblockinfo}): loops, try bodies, finally bodies, with bodies, except
 * handlers. {@code datum} is the finally body (FINALLY_TRY), the with statement (WITH) or the
 * handler's bound name (HANDLER_CLEANUP, may be null).
 */
record FrameBlock(Type type, BasicBlock block, BasicBlock exit, Object datum) {
    enum Type {
        WHILE_LOOP, FOR_LOOP, TRY_EXCEPT, FINALLY_TRY, FINALLY_END, WITH,
        HANDLER_CLEANUP, POP_VALUE, EXCEPTION_HANDLER
    }

    boolean isLoop() {
        return type == Type.WHILE_LOOP || type == Type.FOR_LOOP;
    }
}
