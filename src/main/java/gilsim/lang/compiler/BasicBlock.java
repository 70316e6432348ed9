package gilsim.lang.compiler;

import java.util.ArrayList;
import java.util.List;

/**
 * A straight run of instructions (compile.c's {@code basicblock}). {@link #next} is the block
 * that follows in layout order, which is also where control falls through to. The flags are
 * computed by the assembler's passes, as in CPython.
 */
final class BasicBlock {
    /** Allocation number, for debugging output only. */
    final int id;
    final List<Instr> instrs = new ArrayList<>();
    BasicBlock next;

    int predecessors;
    int startDepth = Integer.MIN_VALUE;
    int offset;
    /** Ends with a return, raise or unconditional jump. */
    boolean noFallthrough;
    /** Ends with a return or raise. */
    boolean exit;
    /** Contains a RETURN_VALUE added by the front end. */
    boolean hasReturn;
    /** A handler entered through SETUP_CLEANUP or SETUP_WITH: lasti is pushed too. */
    boolean preserveLasti;
    boolean visited;
    /** Handler stack at the start of the block, used while labelling exception targets. */
    ExceptStack exceptStack;

    BasicBlock(int id) {
        this.id = id;
    }

    boolean isEmpty() {
        return instrs.isEmpty();
    }

    Instr last() {
        return instrs.isEmpty() ? null : instrs.get(instrs.size() - 1);
    }

    /** True if some instruction of the block carries a source line. */
    boolean hasLineno() {
        for (Instr i : instrs) {
            if (i.line > 0) {
                return true;
            }
        }
        return false;
    }

    /** An exit block made only of artificial instructions (an implicit {@code return None}). */
    boolean isExitWithoutLineno() {
        if (!exit) {
            return false;
        }
        for (Instr i : instrs) {
            if (i.line >= 0) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return "B" + id + instrs;
    }
}
