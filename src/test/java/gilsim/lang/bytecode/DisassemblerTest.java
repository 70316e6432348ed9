package gilsim.lang.bytecode;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gilsim.lang.bytecode.CodeUnit.ExceptionEntry;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The disassembler prints as dis does: Python reprs, lines once, jump targets, handlers. */
class DisassemblerTest {

    @Test
    void floatsPrintAsPythonsRepr() {
        String[][] cases = {
            {"0x1.999999999999ap-4", "0.1"}, {"0x1.1c37937e08000p+53", "1e+16"},
            {"0x1.421f5f40d8376p-23", "1.5e-07"}, {"0x1.52d02c7e14af6p+77", "2e+23"},
            {"0x1.5555555555555p-2", "0.3333333333333333"}, {"0x1.d6f34547df3b6p+26", "123456789.123"},
            {"0x1.4f8b588e368f1p-17", "1e-05"}, {"0x0.0000000000001p-1022", "5e-324"},
            {"0x1.fffffffffffffp+1023", "1.7976931348623157e+308"}, {"0x1.9000000000000p+6", "100.0"},
            {"0x1.c6bf526340000p+49", "1000000000000000.0"}, {"0x1.a36e2eb1c432dp-14", "0.0001"},
            {"0x1.5ee2a2eb5a5c4p+53", "1.2345678901234568e+16"}, {"-0x1.4000000000000p+1", "-2.5"},
            {"0x1.0f0cf064dd592p+73", "1e+22"}, {"0x1.0000000000000p+53", "9007199254740992.0"},
            {"0x1.3333333333333p-2", "0.3"}, {"0x0.0000000000003p-1022", "1.5e-323"},
        };
        for (String[] c : cases) {
            assertEquals(c[1], Disassembler.repr(Double.parseDouble(c[0])), c[0]);
        }
        assertEquals("-0.0", Disassembler.repr(-0.0));
        assertEquals("inf", Disassembler.repr(Double.POSITIVE_INFINITY));
        assertEquals("nan", Disassembler.repr(Double.NaN));
    }

    @Test
    void stringsPrintAsPythonsRepr() {
        assertEquals("'it\\'s \"x\" \\\\ \\t\\n\\x01 é \\u200b 😀 \\x85'",
                Disassembler.repr("it's \"x\" \\ \t\n\u0001 é \u200b 😀 \u0085"));
        assertEquals("\"it's\"", Disassembler.repr("it's"));
    }

    @Test
    void containersAndSingletonsPrintAsPython() {
        assertEquals("(1,)", Disassembler.repr(new CodeUnit.ConstTuple(new Object[] {1L})));
        assertEquals("(None, Ellipsis, True)", Disassembler.repr(
                new CodeUnit.ConstTuple(new Object[] {CodeUnit.NONE, CodeUnit.ELLIPSIS, true})));
        assertEquals("frozenset({1, 'a'})", Disassembler.repr(new CodeUnit.ConstFrozenSet(new Object[] {1L, "a"})));
    }

    @Test
    void listingShowsLinesOnceJumpsHandlersAndNestedCode() {
        CodeUnit inner = new CodeUnit("g", "f.<locals>.g", "<cell>", 2,
                new int[] {CodeUnit.encode(Opcode.RESUME, 0), CodeUnit.encode(Opcode.LOAD_CONST, 0),
                    CodeUnit.encode(Opcode.RETURN_VALUE, 0)},
                new int[] {2, 3, 3}, new Object[] {CodeUnit.NONE}, new String[0], new String[0],
                new String[0], new String[0], new int[0], 0, 0, 0, CodeUnit.NESTED, 1, List.of());
        CodeUnit outer = new CodeUnit("<module>", "<module>", "<cell>", 1,
                new int[] {CodeUnit.encode(Opcode.RESUME, 0), CodeUnit.encode(Opcode.LOAD_CONST, 0),
                    CodeUnit.encode(Opcode.POP_JUMP_IF_FALSE, 4), CodeUnit.encode(Opcode.NOP, 0),
                    CodeUnit.encode(Opcode.PUSH_EXC_INFO, 0)},
                new int[] {0, 1, 1, 2, -1}, new Object[] {inner}, new String[0], new String[0],
                new String[0], new String[0], new int[0], 0, 0, 0, CodeUnit.NAMESPACE_BODY, 2,
                List.of(new ExceptionEntry(1, 3, 4, 0, true)));
        assertEquals("""
                Disassembly of <module> (<cell>, line 1):
                   0    0 RESUME                   0
                   1    1 LOAD_CONST               0 (<code object g, line 2>)
                   2    | POP_JUMP_IF_FALSE        4 (to 4)
                   3    2 NOP
                   4      PUSH_EXC_INFO
                ExceptionTable:
                  1 to 3 -> 4 [0] lasti

                Disassembly of f.<locals>.g (<cell>, line 2):
                   0    2 RESUME                   0
                   1    3 LOAD_CONST               0 (None)
                   2    | RETURN_VALUE
                """, Disassembler.disassemble(outer));
    }
}
