package gilsim.lang.compiler;

import gilsim.lang.bytecode.Opcode;

/**
 * One instruction of the control-flow graph (compile.c's {@code struct instr}). Exactly one of
 * {@link #op} and {@link #pseudo} is set. Only the line of a location is kept: that is what
 * gilsim's tracebacks show; {@link #NO_LINE} marks an artificial instruction, whose line the
 * assembler fills in from its neighbours as CPython does.
 */
final class Instr {
    static final int NO_LINE = -1;

    Opcode op;
    Pseudo pseudo;
    int arg;
    int line;
    /** Jump or block-push target. */
    BasicBlock target;
    /** Handler covering this instruction, set by {@link ExceptionTargets}. */
    BasicBlock except;

    Instr(Opcode op, int arg, int line) {
        this.op = op;
        this.arg = arg;
        this.line = line;
    }

    Instr(Pseudo pseudo, BasicBlock target, int line) {
        this.pseudo = pseudo;
        this.target = target;
        this.line = line;
    }

    Instr copy() {
        Instr c = op != null ? new Instr(op, arg, line) : new Instr(pseudo, target, line);
        c.target = target;
        c.except = except;
        return c;
    }

    boolean is(Opcode o) {
        return op == o;
    }

    boolean is(Pseudo p) {
        return pseudo == p;
    }

    /** Turns this instruction into a real one, dropping any pseudo opcode. */
    void set(Opcode o) {
        op = o;
        pseudo = null;
    }

    /** Turns this instruction into a pseudo one. */
    void set(Pseudo p) {
        pseudo = p;
        op = null;
    }

    void setNop() {
        set(Opcode.NOP);
    }

    boolean isNop() {
        return op == Opcode.NOP;
    }

    /** Has a jump target (compile.c's is_jump): virtual jumps, conditional jumps, FOR_ITER. */
    boolean isJump() {
        if (pseudo != null) {
            return pseudo.isJump();
        }
        return isJumpOpcode(op);
    }

    boolean isBlockPush() {
        return pseudo != null && pseudo.isBlockPush();
    }

    boolean isUnconditionalJump() {
        return pseudo != null && pseudo.isJump();
    }

    /** RETURN_VALUE, RAISE_VARARGS and RERAISE leave the frame or unwind it. */
    boolean isScopeExit() {
        return op == Opcode.RETURN_VALUE || op == Opcode.RAISE_VARARGS || op == Opcode.RERAISE;
    }

    /** Ends a basic block: control does not simply continue with the next instruction. */
    boolean endsBlock() {
        return isJump() || isScopeExit();
    }

    static boolean isJumpOpcode(Opcode op) {
        switch (op) {
            case JUMP_FORWARD: case JUMP_BACKWARD:
            case POP_JUMP_IF_FALSE: case POP_JUMP_IF_TRUE:
            case POP_JUMP_IF_NONE: case POP_JUMP_IF_NOT_NONE:
            case JUMP_IF_FALSE_OR_POP: case JUMP_IF_TRUE_OR_POP:
            case FOR_ITER:
                return true;
            default:
                return false;
        }
    }

    @Override
    public String toString() {
        String name = op != null ? op.name() : pseudo.name();
        return name + (target != null ? " ->" + target.id : " " + arg) + " @" + line;
    }
}
