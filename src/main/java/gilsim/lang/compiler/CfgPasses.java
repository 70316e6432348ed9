package gilsim.lang.compiler;

import gilsim.lang.bytecode.Opcode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The control-flow-graph clean-ups of compile.c that shape the final instruction sequence and
 * its line numbers: marking exits, copying small exit blocks into the blocks that jump to them,
 * removing NOPs and unreachable blocks, and giving every instruction a line (PEP 626). Blocks
 * are visited in layout order ({@code next}) or, where CPython walks {@code b_list}, in reverse
 * allocation order; both orders decide which copy of a block ends up where.
 */
final class CfgPasses {
    /** CPython copies exit blocks of at most this many instructions (MAX_COPY_SIZE). */
    private static final int MAX_COPY_SIZE = 4;

    private final Unit u;

    CfgPasses(Unit u) {
        this.u = u;
    }

    BasicBlock entry() {
        return u.blocks.get(0);
    }

    /** Blocks in CPython's b_list order: most recently allocated first. */
    List<BasicBlock> allocationOrderReversed() {
        List<BasicBlock> out = new ArrayList<>(u.blocks);
        java.util.Collections.reverse(out);
        return out;
    }

    /** normalize_basic_block: mark exits and blocks that do not fall through. */
    static void normalize(BasicBlock bb) {
        for (int i = 0; i < bb.instrs.size(); i++) {
            Instr in = bb.instrs.get(i);
            if (in.isScopeExit()) {
                bb.exit = true;
                bb.noFallthrough = true;
            } else if (in.isJump()) {
                if (in.isUnconditionalJump()) {
                    bb.noFallthrough = true;
                }
                if (i != bb.instrs.size() - 1) {
                    throw new IllegalStateException("malformed control flow graph: jump inside " + bb);
                }
                while (in.target.isEmpty()) {
                    in.target = in.target.next;
                }
            }
        }
    }

    /**
     * extend_block: a block that ends by jumping to a small exit block without line numbers
     * (an implicit {@code return None}) gets a copy of that block instead of the jump.
     */
    static void extend(BasicBlock bb) {
        Instr last = bb.last();
        if (last == null || !last.is(Pseudo.JUMP)) {
            return;
        }
        BasicBlock toCopy = last.target;
        if (toCopy.exit && toCopy.instrs.size() <= MAX_COPY_SIZE) {
            if (toCopy.hasLineno()) {
                return;
            }
            last.setNop();
            for (Instr i : toCopy.instrs) {
                bb.instrs.add(i.copy());
            }
            bb.exit = true;
        }
    }

    /** clean_basic_block: removes NOPs unless one is the only carrier of a line number. */
    static void clean(BasicBlock bb) {
        List<Instr> in = bb.instrs;
        int dest = 0;
        int prevLineno = -1;
        for (int src = 0; src < in.size(); src++) {
            Instr instr = in.get(src);
            int lineno = instr.line;
            if (instr.isNop()) {
                if (lineno < 0) {
                    continue;
                }
                if (prevLineno == lineno) {
                    continue;
                }
                if (src < in.size() - 1) {
                    int nextLineno = in.get(src + 1).line;
                    if (nextLineno == lineno) {
                        continue;
                    }
                    if (nextLineno < 0) {
                        in.get(src + 1).copyLocFrom(instr);
                        continue;
                    }
                } else {
                    BasicBlock next = bb.next;
                    while (next != null && next.isEmpty()) {
                        next = next.next;
                    }
                    if (next != null && lineno == next.instrs.get(0).line) {
                        continue;
                    }
                }
            }
            in.set(dest++, instr);
            prevLineno = lineno;
        }
        while (in.size() > dest) {
            in.remove(in.size() - 1);
        }
    }

    /** mark_reachable: counts predecessors from the entry; unreachable blocks keep 0. */
    void markReachable() {
        for (BasicBlock b : u.blocks) {
            b.predecessors = 0;
        }
        Deque<BasicBlock> stack = new ArrayDeque<>();
        entry().predecessors = 1;
        stack.push(entry());
        while (!stack.isEmpty()) {
            BasicBlock b = stack.pop();
            if (b.next != null && !b.noFallthrough) {
                if (b.next.predecessors == 0) {
                    stack.push(b.next);
                }
                b.next.predecessors++;
            }
            for (Instr i : b.instrs) {
                if (i.isJump() || i.isBlockPush()) {
                    if (i.target.predecessors == 0) {
                        stack.push(i.target);
                    }
                    i.target.predecessors++;
                }
            }
        }
    }

    /** eliminate_empty_basic_blocks: unlink empty blocks from the layout and from jumps. */
    void eliminateEmptyBlocks() {
        for (BasicBlock b = entry(); b != null; b = b.next) {
            BasicBlock next = b.next;
            if (next != null) {
                while (next.isEmpty() && next.next != null) {
                    next = next.next;
                }
                b.next = next;
            }
        }
        for (BasicBlock b = entry(); b != null; b = b.next) {
            Instr last = b.last();
            if (last != null && last.isJump()) {
                BasicBlock target = last.target;
                while (target.isEmpty()) {
                    target = target.next;
                }
                last.target = target;
            }
        }
    }

    /** optimize_cfg: peephole, exit copying, dead code removal, redundant jump removal. */
    void optimize(Constants consts) {
        CfgOptimizer peephole = new CfgOptimizer(consts);
        for (BasicBlock b = entry(); b != null; b = b.next) {
            peephole.optimize(b);
            clean(b);
        }
        for (BasicBlock b : allocationOrderReversed()) {
            extend(b);
        }
        markReachable();
        for (BasicBlock b = entry(); b != null; b = b.next) {
            if (b.predecessors == 0) {
                b.instrs.clear();
                b.noFallthrough = false;
            }
        }
        eliminateEmptyBlocks();
        for (BasicBlock b = entry(); b != null; b = b.next) {
            clean(b);
        }
        boolean maybeEmpty = false;
        for (BasicBlock b = entry(); b != null; b = b.next) {
            Instr last = b.last();
            if (last != null && last.isUnconditionalJump() && last.target == b.next) {
                b.noFallthrough = false;
                last.setNop();
                maybeEmpty = true;
            }
        }
        if (maybeEmpty) {
            eliminateEmptyBlocks();
        }
    }

    /**
     * duplicate_exits_without_lineno: an artificial exit block reached by several jumps is
     * copied once per jump, so each copy can take the line of the jump (PEP 626: the frame's
     * last line is right after it returns).
     */
    void duplicateExitsWithoutLineno() {
        for (BasicBlock b : allocationOrderReversed()) {
            Instr last = b.last();
            if (last != null && last.isJump()) {
                BasicBlock target = last.target;
                if (target.isExitWithoutLineno() && target.predecessors > 1) {
                    BasicBlock copy = u.newBlock();
                    for (Instr i : target.instrs) {
                        copy.instrs.add(i.copy());
                    }
                    copy.exit = target.exit;
                    copy.noFallthrough = true;
                    copy.instrs.get(0).copyLocFrom(last);
                    last.target = copy;
                    target.predecessors--;
                    copy.predecessors = 1;
                    copy.next = target.next;
                    target.next = copy;
                }
            }
        }
        for (BasicBlock b : allocationOrderReversed()) {
            while (b.next != null && b.next.isEmpty()) {
                b.next = b.next.next;
            }
        }
        for (BasicBlock b : allocationOrderReversed()) {
            if (!b.noFallthrough && b.next != null && !b.isEmpty() && b.next.isExitWithoutLineno()) {
                b.next.instrs.get(0).copyLocFrom(b.last());
            }
        }
    }

    /** trim_unused_consts: drops trailing constants no LOAD_CONST or KW_NAMES uses. */
    void trimUnusedConsts(Constants consts) {
        int max = 0; // the first constant may be a docstring: always kept
        for (BasicBlock b = entry(); b != null; b = b.next) {
            for (Instr i : b.instrs) {
                if ((i.is(Opcode.LOAD_CONST) || i.is(Opcode.KW_NAMES)) && i.arg > max) {
                    max = i.arg;
                }
            }
        }
        consts.truncate(max + 1);
    }

    /**
     * propagate_line_numbers: an artificial instruction takes the location of the one before it;
     * a block with one predecessor starts with the location its predecessor ended with.
     */
    void propagateLineNumbers() {
        for (BasicBlock b = entry(); b != null; b = b.next) {
            if (b.isEmpty()) {
                continue;
            }
            // Not a real instruction: the location the previous one had (CPython's prev_instr).
            Instr prev = new Instr(Opcode.NOP, 0, Instr.NO_LINE);
            for (Instr i : b.instrs) {
                if (i.line < 0) {
                    i.copyLocFrom(prev);
                } else {
                    prev.copyLocFrom(i);
                }
            }
            if (!b.noFallthrough && b.next.predecessors == 1) {
                if (b.next.instrs.get(0).line < 0) {
                    b.next.instrs.get(0).copyLocFrom(prev);
                }
            }
            Instr last = b.last();
            if (last.isJump()) {
                BasicBlock target = last.target;
                if (target.predecessors == 1 && target.instrs.get(0).line < 0) {
                    target.instrs.get(0).copyLocFrom(prev);
                }
            }
        }
    }

    /** guarantee_lineno_for_exits: a return still without a line takes the previous block's. */
    void guaranteeLinenoForExits(int firstLine) {
        int lineno = firstLine;
        for (BasicBlock b = entry(); b != null; b = b.next) {
            Instr last = b.last();
            if (last == null) {
                continue;
            }
            if (last.line < 0) {
                if (last.is(Opcode.RETURN_VALUE)) {
                    for (Instr i : b.instrs) {
                        i.line = lineno;
                    }
                }
            } else {
                lineno = last.line;
            }
        }
    }
}
