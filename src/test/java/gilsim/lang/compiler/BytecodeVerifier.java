package gilsim.lang.compiler;

import gilsim.lang.bytecode.CodeUnit;
import gilsim.lang.bytecode.CodeUnit.ConstTuple;
import gilsim.lang.bytecode.CodeUnit.ExceptionEntry;
import gilsim.lang.bytecode.Disassembler;
import gilsim.lang.bytecode.Opcode;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/**
 * Test support: checks a CodeUnit (and its nested code objects) the way a VM would rely on it.
 * Simulates the stack depth over every path, including the edges into exception handlers, and
 * requires that each instruction is always reached at the same depth, that the depth never
 * goes below what an instruction pops nor above co_stacksize, that RETURN_VALUE leaves exactly
 * its value (an iterator or {@code __exit__} left behind would be a leaked reference), and that
 * every argument indexes an existing constant, name, local or cell.
 */
final class BytecodeVerifier {
    private BytecodeVerifier() {
    }

    static void verify(CodeUnit code) {
        try {
            verifyOne(code);
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "\n" + listing(code), e);
        }
        for (Object c : code.consts()) {
            if (c instanceof CodeUnit nested) {
                verify(nested);
            }
        }
    }

    private static String listing(CodeUnit code) {
        try {
            return Disassembler.disassemble(code);
        } catch (RuntimeException e) {
            return "(no listing: " + e + ")";
        }
    }

    private static void fail(CodeUnit co, int i, String msg) {
        throw new AssertionError(co.qualname() + " @" + i + ": " + msg);
    }

    private static void verifyOne(CodeUnit co) {
        int n = co.code().length;
        if (co.lines().length != n) {
            fail(co, 0, "lines[] has " + co.lines().length + " entries for " + n + " instructions");
        }
        checkExceptionTable(co);
        int[] depthAt = new int[n];
        Arrays.fill(depthAt, -1);
        Deque<int[]> work = new ArrayDeque<>();
        work.push(new int[] {0, 0});
        boolean sawResume = false;
        for (int i = 0; i < n; i++) {
            Opcode op = Opcode.of(CodeUnit.op(co.code()[i]));
            if (op == Opcode.RESUME && CodeUnit.arg(co.code()[i]) == 0) {
                sawResume = true;
            } else if (!sawResume && op != Opcode.MAKE_CELL) {
                fail(co, i, "code must start with MAKE_CELLs and RESUME 0, found " + op);
            }
            checkArgument(co, i, op, CodeUnit.arg(co.code()[i]));
        }
        while (!work.isEmpty()) {
            int[] item = work.pop();
            int i = item[0];
            int depth = item[1];
            if (i >= n) {
                fail(co, i, "control runs off the end of the code");
            }
            if (depthAt[i] >= 0) {
                if (depthAt[i] != depth) {
                    fail(co, i, "reached with stack depth " + depth + " and " + depthAt[i]);
                }
                continue;
            }
            depthAt[i] = depth;
            Opcode op = Opcode.of(CodeUnit.op(co.code()[i]));
            int arg = CodeUnit.arg(co.code()[i]);
            int pops = pops(op, arg);
            if (depth < pops) {
                fail(co, i, op + " pops " + pops + " with only " + depth + " on the stack");
            }
            for (ExceptionEntry e : co.exceptionTable()) {
                if (e.start() <= i && i < e.end()) {
                    if (e.depth() > depth) {
                        fail(co, i, "handler depth " + e.depth() + " above stack depth " + depth);
                    }
                    work.push(new int[] {e.target(), e.depth() + (e.pushLasti() ? 1 : 0) + 1});
                }
            }
            int after = depth + StackEffect.of(op, arg, false);
            if (after > co.stacksize() || depth + StackEffect.of(op, arg, true) > co.stacksize()) {
                fail(co, i, "stack depth above co_stacksize " + co.stacksize());
            }
            if (op == Opcode.RETURN_VALUE && depth != 1) {
                fail(co, i, "RETURN_VALUE with " + depth + " values on the stack");
            }
            if (isJump(op)) {
                if (arg >= n) {
                    fail(co, i, "jump target " + arg + " out of range");
                }
                work.push(new int[] {arg, depth + StackEffect.of(op, arg, true)});
            }
            boolean fallsThrough = op != Opcode.JUMP_FORWARD && op != Opcode.JUMP_BACKWARD
                    && op != Opcode.RETURN_VALUE && op != Opcode.RAISE_VARARGS && op != Opcode.RERAISE;
            if (fallsThrough) {
                work.push(new int[] {i + 1, after});
            }
        }
    }

    /** How many values an instruction needs on the stack before it runs. */
    private static int pops(Opcode op, int arg) {
        return switch (op) {
            case COPY, SWAP -> arg;
            case CALL -> arg + 2;
            case CALL_FUNCTION_EX -> 3 + (arg & 1);
            case BUILD_TUPLE, BUILD_LIST, BUILD_SET, BUILD_STRING -> arg;
            case BUILD_MAP -> 2 * arg;
            case BUILD_CONST_KEY_MAP -> arg + 1;
            case LIST_APPEND, SET_ADD, LIST_EXTEND, SET_UPDATE, DICT_UPDATE, DICT_MERGE -> arg + 1;
            case MAP_ADD -> arg + 2;
            case MAKE_FUNCTION -> 1 + Integer.bitCount(arg & 0x0F);
            case RAISE_VARARGS -> arg;
            case RERAISE -> 1 + arg;
            case FORMAT_VALUE -> (arg & 4) != 0 ? 2 : 1;
            case BUILD_SLICE -> arg;
            case STORE_SUBSCR -> 3;
            case STORE_ATTR, DELETE_SUBSCR, BINARY_SUBSCR, BINARY_OP, COMPARE_OP, IS_OP,
                    CONTAINS_OP, IMPORT_NAME, CHECK_EXC_MATCH -> 2;
            case WITH_EXCEPT_START -> 4;
            case POP_EXCEPT -> 1;
            default -> Math.max(0, -StackEffect.of(op, arg, false));
        };
    }

    private static boolean isJump(Opcode op) {
        return switch (op) {
            case JUMP_FORWARD, JUMP_BACKWARD, POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, POP_JUMP_IF_NONE,
                    POP_JUMP_IF_NOT_NONE, JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP, FOR_ITER -> true;
            default -> false;
        };
    }

    private static void checkArgument(CodeUnit co, int i, Opcode op, int arg) {
        int cells = co.cellvars().length + co.freevars().length;
        switch (op) {
            case LOAD_CONST -> inRange(co, i, arg, co.consts().length, "constant");
            case KW_NAMES -> {
                inRange(co, i, arg, co.consts().length, "constant");
                if (!(co.consts()[arg] instanceof ConstTuple t)
                        || !Arrays.stream(t.items()).allMatch(x -> x instanceof String)) {
                    fail(co, i, "KW_NAMES needs a tuple of str");
                    return;
                }
                int next = i + 1 < co.code().length ? co.code()[i + 1] : -1;
                if (next < 0 || Opcode.of(CodeUnit.op(next)) != Opcode.CALL || CodeUnit.arg(next) < t.items().length) {
                    fail(co, i, "KW_NAMES must precede a CALL with at least as many arguments");
                }
            }
            case LOAD_NAME, STORE_NAME, DELETE_NAME, LOAD_ATTR, STORE_ATTR, DELETE_ATTR, LOAD_METHOD,
                    STORE_GLOBAL, DELETE_GLOBAL, IMPORT_NAME, IMPORT_FROM -> inRange(co, i, arg, co.names().length, "name");
            case LOAD_GLOBAL -> inRange(co, i, arg >> 1, co.names().length, "name");
            case LOAD_FAST, STORE_FAST, DELETE_FAST -> inRange(co, i, arg, co.varnames().length, "local");
            case LOAD_DEREF, STORE_DEREF, DELETE_DEREF, LOAD_CLOSURE, LOAD_CLASSDEREF -> inRange(co, i, arg, cells, "cell");
            case MAKE_CELL -> inRange(co, i, arg, co.cellvars().length, "cell");
            default -> {
            }
        }
    }

    private static void inRange(CodeUnit co, int i, int arg, int size, String what) {
        if (arg < 0 || arg >= size) {
            fail(co, i, what + " index " + arg + " out of range (" + size + ")");
        }
    }

    private static void checkExceptionTable(CodeUnit co) {
        int n = co.code().length;
        int prevEnd = 0;
        for (ExceptionEntry e : co.exceptionTable()) {
            if (e.start() < prevEnd || e.start() >= e.end() || e.end() > n || e.target() < 0 || e.target() >= n) {
                fail(co, e.start(), "malformed or overlapping exception entry " + e);
            }
            prevEnd = e.end();
        }
    }
}
