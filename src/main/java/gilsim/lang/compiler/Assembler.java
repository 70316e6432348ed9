package gilsim.lang.compiler;

import gilsim.lang.bytecode.CodeUnit;
import gilsim.lang.bytecode.CodeUnit.ExceptionEntry;
import gilsim.lang.bytecode.Opcode;
import gilsim.lang.bytecode.Position;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Turns a {@link Unit}'s control-flow graph into a {@link CodeUnit}, in the order of compile.c's
 * {@code assemble}: implicit {@code return None}, MAKE_CELL prefix, CFG optimisation, line
 * numbers, stack depth, exception-table labelling, removal of the pseudo-instructions, jump
 * resolution (JUMP becomes JUMP_FORWARD or JUMP_BACKWARD), emission.
 *
 * <p>Differences from CPython, as the contract in {@code Opcode} states: instructions are
 * indexed without CACHE entries and jump arguments are absolute indexes; a generator starts
 * without RETURN_GENERATOR and the POP_TOP that follows it (the VM creates the frame suspended
 * and does not push a value on the first resume); no COPY_FREE_VARS (the VM copies the closure
 * into the frame); MAKE_CELL's argument is the cell's index in {@code cellvars}.
 */
final class Assembler {
    private final Unit u;
    private final String filename;
    private final CfgPasses passes;

    Assembler(Unit u, String filename) {
        this.u = u;
        this.filename = filename;
        this.passes = new CfgPasses(u);
    }

    CodeUnit assemble(boolean addNone) {
        if (!u.current.hasReturn) {
            u.line = Instr.NO_LINE;
            u.loc = null;
            BasicBlock cur = u.current;
            if (u.needNewImplicitBlock) {
                cur = u.newBlock();
                u.current.next = cur;
                u.current = cur;
                u.needNewImplicitBlock = false;
            }
            if (addNone) {
                cur.instrs.add(new Instr(Opcode.LOAD_CONST, u.consts.add(CodeUnit.NONE), Instr.NO_LINE));
            }
            cur.instrs.add(new Instr(Opcode.RETURN_VALUE, 0, Instr.NO_LINE));
            cur.hasReturn = true;
        }
        for (BasicBlock b : u.blocks) {
            CfgPasses.normalize(b);
        }
        for (BasicBlock b : passes.allocationOrderReversed()) {
            CfgPasses.extend(b);
        }
        insertMakeCells();
        passes.optimize(u.consts);
        passes.duplicateExitsWithoutLineno();
        passes.trimUnusedConsts(u.consts);
        passes.propagateLineNumbers();
        passes.guaranteeLinenoForExits(u.firstLine);
        int maxDepth = StackDepthAnalysis.maxDepth(passes.entry(), u.blocks);
        ExceptionTargets.label(passes.entry(), u.blocks);
        for (BasicBlock b = passes.entry(); b != null; b = b.next) {
            for (Instr i : b.instrs) {
                if (i.isBlockPush() || i.is(Pseudo.POP_BLOCK)) {
                    i.setNop();
                }
            }
        }
        for (BasicBlock b = passes.entry(); b != null; b = b.next) {
            CfgPasses.clean(b);
        }
        resolveJumps();
        return emit(maxDepth);
    }

    /** MAKE_CELL for each cell, arguments' cells first (insert_prefix_instructions). */
    private void insertMakeCells() {
        int ncells = u.cellvars.size();
        if (ncells == 0) {
            return;
        }
        String[] cells = names(u.cellvars);
        Integer[] order = new Integer[ncells];
        for (int i = 0; i < ncells; i++) {
            order[i] = i;
        }
        // Sorted by fast-locals offset: a parameter's cell sits at the parameter's slot.
        Arrays.sort(order, (a, b) -> Integer.compare(localsPlusOffset(cells[a], a), localsPlusOffset(cells[b], b)));
        List<Instr> prefix = new ArrayList<>();
        for (int i : order) {
            prefix.add(new Instr(Opcode.MAKE_CELL, i, Instr.NO_LINE));
        }
        passes.entry().instrs.addAll(0, prefix);
    }

    private int localsPlusOffset(String cell, int cellIndex) {
        Integer arg = u.varnames.get(cell);
        return arg != null ? arg : u.varnames.size() + cellIndex;
    }

    /** normalize_jumps and assemble_jump_offsets: instruction indexes as jump arguments. */
    private void resolveJumps() {
        for (BasicBlock b = passes.entry(); b != null; b = b.next) {
            b.visited = false;
        }
        int offset = 0;
        for (BasicBlock b = passes.entry(); b != null; b = b.next) {
            b.offset = offset;
            offset += b.instrs.size();
        }
        for (BasicBlock b = passes.entry(); b != null; b = b.next) {
            b.visited = true;
            Instr last = b.last();
            if (last != null && last.isUnconditionalJump()) {
                boolean forward = !last.target.visited;
                last.set(forward ? Opcode.JUMP_FORWARD : Opcode.JUMP_BACKWARD);
            }
            for (Instr i : b.instrs) {
                if (i.isJump()) {
                    i.arg = i.target.offset;
                }
            }
        }
    }

    private CodeUnit emit(int maxDepth) {
        List<Integer> code = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        List<Position> positions = new ArrayList<>();
        List<ExceptionEntry> table = new ArrayList<>();
        BasicBlock handler = null;
        int start = -1;
        int index = 0;
        for (BasicBlock b = passes.entry(); b != null; b = b.next) {
            for (Instr i : b.instrs) {
                if (i.op == null) {
                    throw new IllegalStateException("pseudo-instruction left after assembly: " + i);
                }
                if (i.except != handler) {
                    if (handler != null) {
                        table.add(entry(start, index, handler));
                    }
                    start = index;
                    handler = i.except;
                }
                code.add(CodeUnit.encode(i.op, i.arg));
                lines.add(i.line);
                positions.add(new Position(i.line, i.endLine, i.col, i.endCol));
                index++;
            }
        }
        if (handler != null) {
            table.add(entry(start, index, handler));
        }
        return new CodeUnit(u.name, u.qualname != null ? u.qualname : u.name, filename, u.firstLine,
                code.stream().mapToInt(Integer::intValue).toArray(),
                lines.stream().mapToInt(Integer::intValue).toArray(),
                u.consts.toArray(), names(u.names), names(u.varnames), names(u.cellvars),
                names(u.freevars), cell2arg(),
                u.posonlyargcount + u.argcount, u.posonlyargcount, u.kwonlyargcount, flags(),
                maxDepth, List.copyOf(table), positions.toArray(Position[]::new));
    }

    /** The depth the handler resets the stack to, below lasti and the exception. */
    private static ExceptionEntry entry(int start, int end, BasicBlock handler) {
        int depth = handler.startDepth - 1 - (handler.preserveLasti ? 1 : 0);
        if (depth < 0) {
            throw new IllegalStateException("negative handler depth at " + handler);
        }
        return new ExceptionEntry(start, end, handler.offset, depth, handler.preserveLasti);
    }

    private int[] cell2arg() {
        String[] cells = names(u.cellvars);
        int[] out = new int[cells.length];
        for (int i = 0; i < cells.length; i++) {
            Integer arg = u.varnames.get(cells[i]);
            out[i] = arg != null ? arg : -1;
        }
        return out;
    }

    private int flags() {
        if (!u.ste.isFunction()) {
            return CodeUnit.NAMESPACE_BODY;
        }
        int flags = 0;
        if (u.ste.isNested()) {
            flags |= CodeUnit.NESTED;
        }
        if (u.ste.isGenerator()) {
            flags |= CodeUnit.GENERATOR;
        }
        if (u.hasVarargs()) {
            flags |= CodeUnit.VARARGS;
        }
        if (u.hasVarkeywords()) {
            flags |= CodeUnit.VARKEYWORDS;
        }
        return flags;
    }

    /** The keys of a name table in index order (freevars are numbered after the cells). */
    private static String[] names(Map<String, Integer> table) {
        String[] out = new String[table.size()];
        int base = table.values().stream().mapToInt(Integer::intValue).min().orElse(0);
        for (Map.Entry<String, Integer> e : table.entrySet()) {
            out[e.getValue() - base] = e.getKey();
        }
        return out;
    }
}
