package gilsim.lang.compiler;

import static gilsim.lang.compiler.CompiledCode.compile;
import static org.junit.jupiter.api.Assertions.assertEquals;

import gilsim.lang.bytecode.CodeUnit;
import gilsim.lang.bytecode.Opcode;
import gilsim.lang.bytecode.Position;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each instruction's position is what CPython 3.11's co_positions() gives for it (the values
 * below were read from python3.11's dis.get_instructions): lines, and columns in UTF-8 bytes.
 */
class InstructionPositionsTest {

    @Test
    void aBinaryOperationSpansBothOperands() {
        assertEquals(List.of(new Position(1, 1, 4, 9)), positionsOf(compile("x = a + b\n"), Opcode.BINARY_OP));
    }

    @Test
    void columnsCountUtf8BytesAsCPythonsDo() {
        assertEquals(List.of(new Position(1, 1, 5, 13)), positionsOf(compile("é = 'é' + b\n"), Opcode.BINARY_OP));
    }

    @Test
    void anAttributeOnTheNextLineIsPlacedAtItsName() {
        assertEquals(List.of(new Position(2, 2, 5, 9)), positionsOf(compile("v = (obj\n    .attr)\n"), Opcode.LOAD_ATTR));
    }

    @Test
    void aMethodCallOnTheNextLineStartsAtTheMethodsName() {
        CodeUnit code = compile("y = (obj\n  .meth(1))\n");
        assertEquals(List.of(new Position(2, 2, 3, 7)), positionsOf(code, Opcode.LOAD_METHOD));
        assertEquals(List.of(new Position(2, 2, 3, 10)), positionsOf(code, Opcode.CALL));
    }

    @Test
    void anAugmentedSubscriptReadsTheTargetAndOperatesOverTheStatement() {
        CodeUnit code = compile("d[k] += 1\n");
        assertEquals(List.of(new Position(1, 1, 0, 4)), positionsOf(code, Opcode.BINARY_SUBSCR));
        assertEquals(List.of(new Position(1, 1, 0, 9)), positionsOf(code, Opcode.BINARY_OP));
        assertEquals(List.of(new Position(1, 1, 0, 4)), positionsOf(code, Opcode.STORE_SUBSCR));
    }

    @Test
    void codeAssembledByHandHasLinesButNoColumns() {
        CodeUnit code = new CodeUnit("f", "f", "<t>", 3, new int[] {0}, new int[] {3}, new Object[0], new String[0],
                new String[0], new String[0], new String[0], new int[0], 0, 0, 0, 0, 1, List.of());
        assertEquals(Position.lineOnly(3), code.positions()[0]);
    }

    private static List<Position> positionsOf(CodeUnit code, Opcode op) {
        List<Position> found = new ArrayList<>();
        for (int i = 0; i < code.code().length; i++) {
            if (Opcode.of(CodeUnit.op(code.code()[i])) == op) found.add(code.positions()[i]);
        }
        return found;
    }
}
