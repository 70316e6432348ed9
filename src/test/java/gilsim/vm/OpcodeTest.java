package gilsim.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gilsim.lang.bytecode.CodeUnit;
import gilsim.lang.bytecode.Opcode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Opcodes run from hand-assembled code units (no compiler involved): stack manipulation, the
 * exception table's unwinding with lasti, keyword calls, and their reference behaviour.
 */
class OpcodeTest {
    private final Py py = new Py();

    private static int op(Opcode o, int arg) {
        return CodeUnit.encode(o, arg);
    }

    private static CodeUnit module(int[] code, Object[] consts, String[] names, List<CodeUnit.ExceptionEntry> table) {
        int[] lines = new int[code.length];
        java.util.Arrays.fill(lines, 1);
        return new CodeUnit("<module>", "<module>", "<asm>", 1, code, lines, consts, names, new String[0],
                new String[0], new String[0], new int[0], 0, 0, 0, CodeUnit.NAMESPACE_BODY, 10, table);
    }

    private String run(CodeUnit unit) {
        int before = py.out.length();
        RunOutcome r = py.session.runCell(unit, null, new OutputSink() {
            @Override public void stdout(String text) { py.out.append(text); }
            @Override public void stderr(String text) { py.err.append(text); }
        });
        if (!r.ok()) throw new AssertionError(r.error().text());
        return py.out.substring(before);
    }

    @Test
    void copyAndSwapRearrangeTheStack() {
        // print(2, 1, 1): push 1, 2; SWAP 2 -> 2 1; COPY 1 -> 2 1 1
        int[] code = {
            op(Opcode.RESUME, 0), op(Opcode.PUSH_NULL, 0), op(Opcode.LOAD_NAME, 0),
            op(Opcode.LOAD_CONST, 0), op(Opcode.LOAD_CONST, 1), op(Opcode.SWAP, 2), op(Opcode.COPY, 1),
            op(Opcode.CALL, 3), op(Opcode.POP_TOP, 0), op(Opcode.LOAD_CONST, 2), op(Opcode.RETURN_VALUE, 0),
        };
        assertEquals("2 1 1\n", run(module(code, new Object[] {1L, 2L, CodeUnit.NONE}, new String[] {"print"}, List.of())));
    }

    @Test
    void exceptionTableJumpsToTheHandlerWithTheException() {
        // try: 1/0 except: print(type(exc).__name__) -- handler gets [lasti, exc] at depth 0.
        int[] code = {
            op(Opcode.RESUME, 0),
            op(Opcode.LOAD_CONST, 0), op(Opcode.LOAD_CONST, 1), op(Opcode.BINARY_OP, 11), op(Opcode.POP_TOP, 0),
            op(Opcode.LOAD_CONST, 2), op(Opcode.RETURN_VALUE, 0),
            // handler at 7: stack [lasti, exc]; e = exc; l = lasti; print(e, l)
            op(Opcode.STORE_NAME, 1), op(Opcode.STORE_NAME, 2),
            op(Opcode.PUSH_NULL, 0), op(Opcode.LOAD_NAME, 0), op(Opcode.LOAD_NAME, 1), op(Opcode.LOAD_NAME, 2),
            op(Opcode.CALL, 2), op(Opcode.POP_TOP, 0), op(Opcode.LOAD_CONST, 2), op(Opcode.RETURN_VALUE, 0),
        };
        CodeUnit unit = module(code, new Object[] {1L, 0L, CodeUnit.NONE}, new String[] {"print", "e", "l"},
                List.of(new CodeUnit.ExceptionEntry(1, 5, 7, 0, true)));
        assertEquals("division by zero 3\n", run(unit));
    }

    @Test
    void kwNamesNameTheLastArgumentsOfTheNextCall() {
        int[] code = {
            op(Opcode.RESUME, 0), op(Opcode.PUSH_NULL, 0), op(Opcode.LOAD_NAME, 0),
            op(Opcode.LOAD_CONST, 0), op(Opcode.LOAD_CONST, 1), op(Opcode.LOAD_CONST, 2),
            op(Opcode.KW_NAMES, 3), op(Opcode.CALL, 3), op(Opcode.POP_TOP, 0),
            op(Opcode.LOAD_CONST, 4), op(Opcode.RETURN_VALUE, 0),
        };
        Object[] consts = {"a", "b", "", new CodeUnit.ConstTuple(new Object[] {"end"}), CodeUnit.NONE};
        assertEquals("a b", run(module(code, consts, new String[] {"print"}, List.of())));
    }

    @Test
    void buildListStealsAndListAppendTakesTheReference() {
        py.print("import sys\nx = object()\n");
        String out = py.print("l = [x, x]\nprint(sys.getrefcount(x))\nm = [v for v in l]\nprint(sys.getrefcount(x))\n");
        assertEquals("4\n6\n", out);
    }
}
