package gilsim.lang.bytecode;

import java.util.List;

/**
 * A compiled code object, before the VM turns its constants into objects (CPython's
 * PyCodeObject). Instructions are packed ints: {@code opcode | arg << 8}; {@code lines[i]} is
 * the source line of instruction i and {@code positions[i]} its whole source span (co_positions).
 * Constants are plain Java values: Long, BigInteger, Double, String, Boolean, {@link #NONE},
 * {@link #ELLIPSIS}, {@link ConstTuple}, {@link ConstFrozenSet} or a nested CodeUnit.
 *
 * <p>The exception table lists, innermost first for overlapping ranges, handler entries
 * {@code (start, end, target, depth, pushLasti)}: an exception raised by an instruction in
 * [start, end) pops the stack down to depth, pushes the offset of the raising instruction when
 * pushLasti, pushes the exception and jumps to target — CPython 3.11's "zero-cost" scheme.
 */
public record CodeUnit(
        String name, String qualname, String filename, int firstLine,
        int[] code, int[] lines, Object[] consts, String[] names,
        String[] varnames, String[] cellvars, String[] freevars, int[] cell2arg,
        int argcount, int posonlyargcount, int kwonlyargcount, int flags,
        int stacksize, List<ExceptionEntry> exceptionTable, Position[] positions) {

    /** Code without columns (assembled by hand): every instruction's position is its line only. */
    public CodeUnit(
            String name, String qualname, String filename, int firstLine,
            int[] code, int[] lines, Object[] consts, String[] names,
            String[] varnames, String[] cellvars, String[] freevars, int[] cell2arg,
            int argcount, int posonlyargcount, int kwonlyargcount, int flags,
            int stacksize, List<ExceptionEntry> exceptionTable) {
        this(name, qualname, filename, firstLine, code, lines, consts, names, varnames, cellvars, freevars,
                cell2arg, argcount, posonlyargcount, kwonlyargcount, flags, stacksize, exceptionTable,
                java.util.Arrays.stream(lines).mapToObj(Position::lineOnly).toArray(Position[]::new));
    }

    public static final int VARARGS = 0x04;
    public static final int VARKEYWORDS = 0x08;
    public static final int NESTED = 0x10;
    public static final int GENERATOR = 0x20;
    /** Module or class body: names live in a mapping (LOAD_NAME), not in fast locals. */
    public static final int NAMESPACE_BODY = 0x1000;

    /** The constant None (Java null means "no value" elsewhere). */
    public static final Object NONE = new Object() { @Override public String toString() { return "None"; } };
    /** The constant {@code ...}. */
    public static final Object ELLIPSIS = new Object() { @Override public String toString() { return "Ellipsis"; } };

    public record ExceptionEntry(int start, int end, int target, int depth, boolean pushLasti) {}

    /** A tuple constant (folded display, keyword names, defaults). */
    public record ConstTuple(Object[] items) {}

    /** A frozenset constant: {@code x in {1, 2, 3}} and set displays of constants. */
    public record ConstFrozenSet(Object[] items) {}

    public static int op(int instruction) { return instruction & 0xFF; }

    public static int arg(int instruction) { return instruction >>> 8; }

    public static int encode(Opcode op, int arg) { return op.ordinal() | (arg << 8); }

    public boolean isGenerator() { return (flags & GENERATOR) != 0; }

    public int nlocalsplus() { return varnames.length + cellvars.length + freevars.length; }
}
