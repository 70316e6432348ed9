package gilsim.lang.compiler;

import gilsim.lang.bytecode.CodeUnit;
import gilsim.lang.bytecode.CodeUnit.ConstTuple;
import gilsim.lang.bytecode.Opcode;
import java.util.List;

/**
 * The peephole optimizer of CPython 3.11 (compile.c's optimize_basic_block and its helpers).
 * Each rewrite changes which objects exist at run time, so gilsim copies them: a constant
 * condition becomes an unconditional jump or nothing; {@code x is None} before a jump becomes
 * POP_JUMP_IF_(NOT_)NONE; BUILD_TUPLE of constants becomes one tuple constant;
 * {@code BUILD_TUPLE n; UNPACK_SEQUENCE n} for n &le; 3 becomes SWAPs, which are then applied
 * statically to STORE_FAST/POP_TOP (so {@code a, b = b, a} builds no tuple); jumps to jumps are
 * threaded; PUSH_NULL is folded into LOAD_GLOBAL.
 */
final class CfgOptimizer {
    private final Constants consts;

    CfgOptimizer(Constants consts) {
        this.consts = consts;
    }

    void optimize(BasicBlock bb) {
        List<Instr> in = bb.instrs;
        Instr nop = new Instr(Opcode.NOP, 0, Instr.NO_LINE);
        for (int i = 0; i < in.size(); i++) {
            Instr inst = in.get(i);
            Opcode nextop = i + 1 < in.size() ? in.get(i + 1).op : null;
            Instr target;
            if (inst.isJump() || inst.isBlockPush()) {
                while (inst.target.isEmpty()) {
                    inst.target = inst.target.next;
                }
                target = inst.target.instrs.get(0);
            } else {
                target = nop;
            }
            if (inst.pseudo == Pseudo.JUMP) {
                if (target.is(Pseudo.JUMP)) {
                    i -= jumpThread(inst, target, Pseudo.JUMP);
                }
                continue;
            }
            if (inst.op == null) {
                continue;
            }
            switch (inst.op) {
                case LOAD_CONST -> loadConst(bb, i, nextop);
                case BUILD_TUPLE -> {
                    if (nextop == Opcode.UNPACK_SEQUENCE && inst.arg == in.get(i + 1).arg) {
                        if (inst.arg == 1) {
                            inst.setNop();
                            in.get(i + 1).setNop();
                            continue;
                        }
                        if (inst.arg == 2 || inst.arg == 3) {
                            inst.setNop();
                            in.get(i + 1).set(Opcode.SWAP);
                            continue;
                        }
                    }
                    if (i >= inst.arg) {
                        foldTupleOfConstants(in, i - inst.arg, inst.arg);
                    }
                }
                case JUMP_IF_FALSE_OR_POP -> i -= jumpIfOrPop(inst, target, false);
                case JUMP_IF_TRUE_OR_POP -> i -= jumpIfOrPop(inst, target, true);
                case POP_JUMP_IF_NOT_NONE, POP_JUMP_IF_NONE, POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE -> {
                    if (target.is(Pseudo.JUMP)) {
                        i -= jumpThread(inst, target, inst.op);
                    }
                }
                case SWAP -> {
                    if (inst.arg == 1) {
                        inst.setNop();
                        break;
                    }
                    i = swaptimize(in, i);
                    applyStaticSwaps(in, i);
                }
                case PUSH_NULL -> {
                    if (nextop == Opcode.LOAD_GLOBAL) {
                        inst.setNop();
                        inst.arg = 0;
                        in.get(i + 1).arg |= 1;
                    }
                }
                default -> {
                }
            }
        }
    }

    /** LOAD_CONST followed by a test of that constant: decide the test now. */
    private void loadConst(BasicBlock bb, int i, Opcode nextop) {
        List<Instr> in = bb.instrs;
        Instr inst = in.get(i);
        if (nextop == null) {
            return;
        }
        switch (nextop) {
            case POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE -> {
                boolean isTrue = Constants.isTrue(consts.get(inst.arg));
                inst.setNop();
                boolean jumpIfTrue = nextop == Opcode.POP_JUMP_IF_TRUE;
                if (isTrue == jumpIfTrue) {
                    in.get(i + 1).set(Pseudo.JUMP);
                    bb.noFallthrough = true;
                } else {
                    in.get(i + 1).setNop();
                }
            }
            case JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP -> {
                boolean isTrue = Constants.isTrue(consts.get(inst.arg));
                boolean jumpIfTrue = nextop == Opcode.JUMP_IF_TRUE_OR_POP;
                if (isTrue == jumpIfTrue) {
                    in.get(i + 1).set(Pseudo.JUMP);
                    bb.noFallthrough = true;
                } else {
                    inst.setNop();
                    in.get(i + 1).setNop();
                }
            }
            case IS_OP -> {
                Opcode jumpOp = i + 2 < in.size() ? in.get(i + 2).op : null;
                if (consts.get(inst.arg) == CodeUnit.NONE
                        && (jumpOp == Opcode.POP_JUMP_IF_FALSE || jumpOp == Opcode.POP_JUMP_IF_TRUE)) {
                    int isNot = in.get(i + 1).arg;
                    inst.setNop();
                    in.get(i + 1).setNop();
                    boolean notNone = (isNot ^ (jumpOp == Opcode.POP_JUMP_IF_FALSE ? 1 : 0)) != 0;
                    in.get(i + 2).set(notNone ? Opcode.POP_JUMP_IF_NOT_NONE : Opcode.POP_JUMP_IF_NONE);
                }
            }
            default -> {
            }
        }
    }

    /**
     * x: JUMP_IF_FALSE_OR_POP y; y: JUMP_IF_FALSE_OR_POP z  -> x jumps to z;
     * x: JUMP_IF_FALSE_OR_POP y; y: JUMP_IF_TRUE_OR_POP z   -> x: POP_JUMP_IF_FALSE to after y.
     * Returns 1 when {@code inst} must be looked at again.
     */
    private int jumpIfOrPop(Instr inst, Instr target, boolean onTrue) {
        Opcode same = onTrue ? Opcode.POP_JUMP_IF_TRUE : Opcode.POP_JUMP_IF_FALSE;
        Opcode sameOrPop = onTrue ? Opcode.JUMP_IF_TRUE_OR_POP : Opcode.JUMP_IF_FALSE_OR_POP;
        Opcode opposite = onTrue ? Opcode.POP_JUMP_IF_FALSE : Opcode.POP_JUMP_IF_TRUE;
        Opcode oppositeOrPop = onTrue ? Opcode.JUMP_IF_FALSE_OR_POP : Opcode.JUMP_IF_TRUE_OR_POP;
        if (target.is(same)) {
            return jumpThread(inst, target, same);
        }
        if (target.is(Pseudo.JUMP) || target.is(sameOrPop)) {
            return jumpThread(inst, target, sameOrPop);
        }
        if ((target.is(oppositeOrPop) || target.is(opposite)) && inst.line == target.line) {
            inst.set(same);
            inst.target = inst.target.next;
            return 1;
        }
        return 0;
    }

    /** jump_thread: jump straight to the target's target (only within one source line). */
    private static int jumpThread(Instr inst, Instr target, Object opcode) {
        if (inst.line == target.line && inst.target != target.target) {
            inst.target = target.target;
            if (opcode instanceof Pseudo p) {
                inst.set(p);
            } else {
                inst.set((Opcode) opcode);
            }
            return 1;
        }
        return 0;
    }

    /** fold_tuple_on_constants: LOAD_CONST c1 ... LOAD_CONST cn; BUILD_TUPLE n -> LOAD_CONST (c1..cn). */
    private void foldTupleOfConstants(List<Instr> in, int start, int n) {
        for (int i = 0; i < n; i++) {
            if (!in.get(start + i).is(Opcode.LOAD_CONST)) {
                return;
            }
        }
        Object[] items = new Object[n];
        for (int i = 0; i < n; i++) {
            items[i] = consts.get(in.get(start + i).arg);
        }
        int index = consts.add(new ConstTuple(items));
        for (int i = 0; i < n; i++) {
            in.get(start + i).setNop();
        }
        Instr build = in.get(start + n);
        build.set(Opcode.LOAD_CONST);
        build.arg = index;
    }

    /**
     * swaptimize: replaces a run of SWAPs (and NOPs) by the shortest run with the same effect.
     * Returns the index of the last instruction of the run.
     */
    private static int swaptimize(List<Instr> in, int ix) {
        int depth = in.get(ix).arg;
        int len = 0;
        boolean more = false;
        int limit = in.size() - ix;
        while (++len < limit) {
            Instr i = in.get(ix + len);
            if (i.is(Opcode.SWAP)) {
                depth = Math.max(depth, i.arg);
                more = true;
            } else if (!i.isNop()) {
                break;
            }
        }
        if (!more) {
            return ix;
        }
        int[] stack = new int[depth];
        for (int i = 0; i < depth; i++) {
            stack[i] = i;
        }
        for (int i = 0; i < len; i++) {
            Instr s = in.get(ix + i);
            if (s.is(Opcode.SWAP)) {
                int top = stack[0];
                stack[0] = stack[s.arg - 1];
                stack[s.arg - 1] = top;
            }
        }
        final int visited = -1;
        int current = len - 1;
        for (int i = 0; i < depth; i++) {
            if (stack[i] == visited || stack[i] == i) {
                continue;
            }
            int j = i;
            while (true) {
                if (j != 0) {
                    Instr s = in.get(ix + current--);
                    s.set(Opcode.SWAP);
                    s.arg = j + 1;
                }
                if (stack[j] == visited) {
                    break;
                }
                int nextJ = stack[j];
                stack[j] = visited;
                j = nextJ;
            }
        }
        while (current >= 0) {
            in.get(ix + current--).setNop();
        }
        return ix + len - 1;
    }

    private static boolean swappable(Instr i) {
        return i.is(Opcode.STORE_FAST) || i.is(Opcode.POP_TOP);
    }

    private static int storesTo(Instr i) {
        return i.is(Opcode.STORE_FAST) ? i.arg : -1;
    }

    private static int nextSwappable(List<Instr> in, int i, int lineno) {
        while (++i < in.size()) {
            Instr instr = in.get(i);
            if (lineno >= 0 && instr.line != lineno) {
                return -1; // would reorder stores across a line event
            }
            if (instr.isNop()) {
                continue;
            }
            return swappable(instr) ? i : -1;
        }
        return -1;
    }

    /**
     * apply_static_swaps: SWAP(n) followed by n swappable instructions becomes those
     * instructions reordered, e.g. {@code SWAP 2; STORE_FAST a; STORE_FAST b} ->
     * {@code STORE_FAST b; STORE_FAST a}. Not when two of them store to the same variable
     * (3.11.4's fix, gh-104615).
     */
    private static void applyStaticSwaps(List<Instr> in, int i) {
        for (; i >= 0; i--) {
            Instr swap = in.get(i);
            if (!swap.is(Opcode.SWAP)) {
                if (swap.isNop() || swappable(swap)) {
                    continue;
                }
                return;
            }
            int j = nextSwappable(in, i, -1);
            if (j < 0) {
                return;
            }
            int k = j;
            int lineno = in.get(j).line;
            for (int count = swap.arg - 1; count > 0; count--) {
                k = nextSwappable(in, k, lineno);
                if (k < 0) {
                    return;
                }
            }
            int storeJ = storesTo(in.get(j));
            int storeK = storesTo(in.get(k));
            if (storeJ >= 0 || storeK >= 0) {
                if (storeJ == storeK) {
                    return;
                }
                for (int idx = j + 1; idx < k; idx++) {
                    int storeIdx = storesTo(in.get(idx));
                    if (storeIdx >= 0 && (storeIdx == storeJ || storeIdx == storeK)) {
                        return;
                    }
                }
            }
            swap.setNop();
            Instr temp = in.get(j);
            in.set(j, in.get(k));
            in.set(k, temp);
        }
    }
}
