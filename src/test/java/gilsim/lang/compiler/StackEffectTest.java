package gilsim.lang.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import gilsim.lang.bytecode.Opcode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every opcode of the contract has a stack effect, and it is CPython 3.11's
 * ({@code dis.stack_effect}) except where the contract says otherwise: CALL here is 3.11's
 * PRECALL and CALL together, and SET_RESULT is gilsim's own (it pops, as PRINT_EXPR).
 */
class StackEffectTest {
    private static final int[] ARGS = {0, 1, 2, 3, 5, 0x102, 0x0F};

    @Test
    void everyOpcodeMatchesCPython311() {
        assumeTrue(CPython311.available(), "python3 is not CPython 3.11");
        StringBuilder request = new StringBuilder();
        for (Opcode op : Opcode.values()) {
            for (int arg : ARGS) {
                request.append(op.name()).append(' ').append(arg).append('\n');
            }
        }
        List<String> mismatches = new ArrayList<>();
        for (String line : CPython311.run("stack_effects.py", request.toString()).split("\n")) {
            String[] f = line.split(" ");
            Opcode op = Opcode.valueOf(f[0]);
            int arg = Integer.parseInt(f[1]);
            int notJumping = StackEffect.of(op, arg, false);
            int jumping = StackEffect.of(op, arg, true);
            if (f[2].equals("-")) {
                assertEquals(Opcode.SET_RESULT, op, "only SET_RESULT is gilsim's own");
                assertEquals(-1, notJumping);
                continue;
            }
            int expectedNot = Integer.parseInt(f[2]);
            int expectedJump = Integer.parseInt(f[3]);
            if (op == Opcode.CALL) {
                expectedNot -= arg; // 3.11's PRECALL pops the arguments first
                expectedJump -= arg;
            }
            if (notJumping != expectedNot || jumping != expectedJump) {
                mismatches.add(line + " vs gilsim " + notJumping + " " + jumping);
            }
        }
        assertEquals(List.of(), mismatches);
    }
}
