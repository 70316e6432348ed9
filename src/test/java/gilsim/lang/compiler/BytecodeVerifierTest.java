package gilsim.lang.compiler;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gilsim.lang.bytecode.CodeUnit;
import gilsim.lang.bytecode.CodeUnit.ExceptionEntry;
import gilsim.lang.bytecode.Opcode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The verifier that guards the compiler tests rejects the mistakes a compiler makes. */
class BytecodeVerifierTest {

    private static int i(Opcode op, int arg) {
        return CodeUnit.encode(op, arg);
    }

    private static CodeUnit code(int stacksize, List<ExceptionEntry> table, int... code) {
        int[] lines = new int[code.length];
        java.util.Arrays.fill(lines, 1);
        return new CodeUnit("f", "f", "<t>", 1, code, lines, new Object[] {CodeUnit.NONE, 1L},
                new String[] {"x"}, new String[] {"a"}, new String[0], new String[0], new int[0],
                1, 0, 0, 0, stacksize, table);
    }

    private static void rejects(String why, CodeUnit code) {
        AssertionError e = assertThrows(AssertionError.class, () -> BytecodeVerifier.verify(code));
        assertTrue(e.getMessage().contains(why), e.getMessage());
    }

    @Test
    void acceptsWellFormedCode() {
        BytecodeVerifier.verify(code(1, List.of(), i(Opcode.RESUME, 0), i(Opcode.LOAD_CONST, 0),
                i(Opcode.RETURN_VALUE, 0)));
        BytecodeVerifier.verify(CompiledCode.compile("for x in y:\n    try:\n        break\n    finally:\n        z()\n"));
    }

    @Test
    void rejectsPoppingAnEmptyStack() {
        rejects("pops 1 with only 0", code(1, List.of(), i(Opcode.RESUME, 0), i(Opcode.POP_TOP, 0),
                i(Opcode.LOAD_CONST, 0), i(Opcode.RETURN_VALUE, 0)));
    }

    @Test
    void rejectsPathsThatMeetAtDifferentDepths() {
        // The jump reaches 5 with one value left, the fall-through path with none.
        rejects("reached with stack depth", code(2, List.of(), i(Opcode.RESUME, 0),
                i(Opcode.LOAD_FAST, 0), i(Opcode.LOAD_FAST, 0), i(Opcode.POP_JUMP_IF_FALSE, 5),
                i(Opcode.POP_TOP, 0), i(Opcode.LOAD_CONST, 0), i(Opcode.RETURN_VALUE, 0)));
    }

    @Test
    void rejectsAReturnThatLeavesValuesBehind() {
        rejects("RETURN_VALUE with 2 values", code(2, List.of(), i(Opcode.RESUME, 0),
                i(Opcode.LOAD_CONST, 0), i(Opcode.LOAD_CONST, 1), i(Opcode.RETURN_VALUE, 0)));
    }

    @Test
    void rejectsAStackDeeperThanDeclared() {
        rejects("above co_stacksize", code(1, List.of(), i(Opcode.RESUME, 0), i(Opcode.LOAD_CONST, 0),
                i(Opcode.LOAD_CONST, 1), i(Opcode.POP_TOP, 0), i(Opcode.RETURN_VALUE, 0)));
    }

    @Test
    void rejectsJumpsOutOfTheCode() {
        rejects("out of range", code(1, List.of(), i(Opcode.RESUME, 0), i(Opcode.JUMP_FORWARD, 9)));
    }

    @Test
    void rejectsAHandlerAboveTheStack() {
        rejects("handler depth 3", code(3, List.of(new ExceptionEntry(1, 2, 3, 3, false)),
                i(Opcode.RESUME, 0), i(Opcode.LOAD_CONST, 0), i(Opcode.RETURN_VALUE, 0),
                i(Opcode.RERAISE, 0)));
    }

    @Test
    void rejectsBadIndexesAndAMissingResume() {
        rejects("constant index 7", code(1, List.of(), i(Opcode.RESUME, 0), i(Opcode.LOAD_CONST, 7),
                i(Opcode.RETURN_VALUE, 0)));
        rejects("must start with", code(1, List.of(), i(Opcode.LOAD_CONST, 0), i(Opcode.RETURN_VALUE, 0)));
    }
}
