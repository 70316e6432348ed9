package gilsim.lang.compiler;

import gilsim.lang.bytecode.Opcode;

/**
 * One instruction of the control-flow graph (compile.c's {@code struct instr}). Exactly one of
 * {@link #op} and {@link #pseudo} is set. Its location is CPython's four fields: lines and UTF-8
 * byte columns, which the traceback's {@code ^~~} markers are drawn from; {@link #NO_LINE} marks
 * an artificial instruction, whose location the assembler fills in from its neighbours as CPython
 * does (COPY_INSTR_LOC copies all four).
 */
final class Instr {
    static final int NO_LINE = -1;

    Opcode op;
    Pseudo pseudo;
    int arg;
    int line;
    int endLine = NO_LINE;
    /** 0-based UTF-8 byte offsets; -1 when unknown. */
    int col = NO_LINE;
    int endCol = NO_LINE;
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

    /** An instruction at the current location of {@code u}. */
    static Instr at(Unit u, Opcode op, int arg) {
        return new Instr(op, arg, u.line).locatedAs(u);
    }

    static Instr at(Unit u, Pseudo p, BasicBlock target) {
        return new Instr(p, target, u.line).locatedAs(u);
    }

    private Instr locatedAs(Unit u) {
        endLine = u.endLine;
        col = u.col;
        endCol = u.endCol;
        return this;
    }

    /** COPY_INSTR_LOC(from, this). */
    void copyLocFrom(Instr from) {
        line = from.line;
        endLine = from.endLine;
        col = from.col;
        endCol = from.endCol;
    }

    Instr copy() {
        Instr c = op != null ? new Instr(op, arg, line) : new Instr(pseudo, target, line);
        c.copyLocFrom(this);
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
