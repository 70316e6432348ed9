package gilsim.lang.compiler;

import static gilsim.lang.compiler.CompiledCode.compile;
import static gilsim.lang.compiler.CompiledCode.nested;
import static gilsim.lang.compiler.CompiledCode.ops;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gilsim.lang.bytecode.CodeUnit;
import gilsim.lang.bytecode.CodeUnit.ConstFrozenSet;
import gilsim.lang.bytecode.CodeUnit.ConstTuple;
import gilsim.lang.bytecode.Opcode;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The compile patterns that FACTS.md §1 says reference counts rest on, and gilsim's own
 * conventions (SET_RESULT, generator start, cells), checked without python3.
 */
class CompilerTest {

    @Test
    void finalExpressionIsKeptForTheKernel() {
        CodeUnit code = compile("x = 1\nx\n", true);
        assertEquals(List.of("LOAD_CONST", "STORE_NAME", "LOAD_NAME", "SET_RESULT", "LOAD_CONST", "RETURN_VALUE"),
                ops(code));
    }

    @Test
    void finalStringIsAResultNotADocstring() {
        CodeUnit code = compile("'hello'\n", true);
        assertEquals(List.of("LOAD_CONST", "SET_RESULT", "LOAD_CONST", "RETURN_VALUE"), ops(code));
        assertFalse(Arrays.asList(code.names()).contains("__doc__"));
    }

    @Test
    void earlierExpressionsAndNestedOnesArePopped() {
        CodeUnit code = compile("f()\nif x:\n    g()\n", true);
        assertFalse(ops(code).contains("SET_RESULT"));
        assertEquals(2, ops(code).stream().filter("POP_TOP"::equals).count());
    }

    @Test
    void withoutInteractiveResultTheFinalExpressionIsPopped() {
        assertFalse(ops(compile("f()\n", false)).contains("SET_RESULT"));
    }

    @Test
    void setDisplayOfThreeConstantsUpdatesAnEmptySetFromAFrozenset() {
        CodeUnit code = compile("s = {0, 16, 32, 1, 2}\n");
        assertEquals(List.of("BUILD_SET", "LOAD_CONST", "SET_UPDATE", "STORE_NAME", "LOAD_CONST", "RETURN_VALUE"),
                ops(code));
        ConstFrozenSet items = (ConstFrozenSet) code.consts()[0];
        assertArrayEquals(new Object[] {0L, 16L, 32L, 1L, 2L}, items.items());
    }

    @Test
    void listDisplayInForHeaderIsATupleConstant() {
        CodeUnit code = compile("for x in [1, 2, 3]:\n    pass\n");
        assertTrue(code.consts()[0] instanceof ConstTuple);
        assertFalse(ops(code).contains("BUILD_LIST"));
    }

    @Test
    void swapAssignmentBuildsNoTuple() {
        CodeUnit module = compile("x, y = a, b\n");
        assertEquals(List.of("LOAD_NAME", "LOAD_NAME", "SWAP", "STORE_NAME", "STORE_NAME", "LOAD_CONST", "RETURN_VALUE"),
                ops(module));
        CodeUnit function = nested(compile("def f(a, b):\n    x, y = a, b\n"), "f");
        assertEquals(List.of("LOAD_FAST", "LOAD_FAST", "STORE_FAST", "STORE_FAST", "LOAD_CONST", "RETURN_VALUE"),
                ops(function));
    }

    @Test
    void chainedAssignmentCopiesTheValue() {
        assertEquals(List.of("BUILD_LIST", "COPY", "STORE_NAME", "STORE_NAME", "LOAD_CONST", "RETURN_VALUE"),
                ops(compile("a = b = []\n")));
    }

    @Test
    void methodCallsUseLoadMethodExceptOnImportedModules() {
        assertTrue(ops(compile("obj.append(x)\n")).contains("LOAD_METHOD"));
        List<String> sys = ops(compile("import sys\nsys.getrefcount(x)\n"));
        assertFalse(sys.contains("LOAD_METHOD"));
        assertTrue(sys.contains("LOAD_ATTR"));
    }

    @Test
    void exceptAsClearsTheNameOnEveryExit() {
        CodeUnit f = nested(compile("def f():\n    try:\n        g()\n    except E as e:\n        return e\n"), "f");
        List<String> ops = ops(f);
        // The return path and the error path both end with e = None; del e.
        int clears = 0;
        for (int i = 0; i + 2 < ops.size(); i++) {
            if (ops.get(i).equals("LOAD_CONST") && ops.get(i + 1).equals("STORE_FAST") && ops.get(i + 2).equals("DELETE_FAST")) {
                clears++;
            }
        }
        assertEquals(2, clears);
    }

    @Test
    void withCallsExitWithThreeNonesOnTheNormalPath() {
        List<String> ops = ops(compile("with lock:\n    pass\n"));
        int exit = Collections.indexOfSubList(ops, List.of("LOAD_CONST", "LOAD_CONST", "LOAD_CONST", "CALL", "POP_TOP"));
        assertTrue(ops.indexOf("BEFORE_WITH") >= 0 && exit > ops.indexOf("BEFORE_WITH"), ops.toString());
        assertTrue(ops.indexOf("WITH_EXCEPT_START") > exit);
    }

    @Test
    void comprehensionIsAFunctionCalledWithTheOutermostIterator() {
        CodeUnit code = compile("r = [x * 2 for x in data]\n");
        assertEquals(List.of("LOAD_CONST", "MAKE_FUNCTION", "LOAD_NAME", "GET_ITER", "CALL", "STORE_NAME",
                "LOAD_CONST", "RETURN_VALUE"), ops(code));
        CodeUnit comp = nested(code, "<listcomp>");
        assertEquals(".0", comp.varnames()[0]);
        assertEquals(1, comp.argcount());
    }

    @Test
    void generatorCodeStartsWithResumeAndNoPopTop() {
        CodeUnit gen = nested(compile("def g(x):\n    yield x\n"), "g");
        assertTrue((gen.flags() & CodeUnit.GENERATOR) != 0);
        assertEquals(Opcode.RESUME, Opcode.of(CodeUnit.op(gen.code()[0])));
        assertEquals(List.of("LOAD_FAST", "YIELD_VALUE", "POP_TOP", "LOAD_CONST", "RETURN_VALUE"), ops(gen));
    }

    @Test
    void makeCellNamesTheCellAndCell2ArgMapsParameterCells() {
        CodeUnit f = nested(compile("def f(a, b):\n    c = 1\n    return lambda: a + c\n"), "f");
        assertArrayEquals(new String[] {"a", "c"}, f.cellvars());
        assertArrayEquals(new int[] {0, -1}, f.cell2arg());
        assertEquals(Opcode.MAKE_CELL, Opcode.of(CodeUnit.op(f.code()[0])));
        assertEquals(0, CodeUnit.arg(f.code()[0]));
        assertEquals(1, CodeUnit.arg(f.code()[1]));
        CodeUnit lambda = nested(f, "<lambda>");
        assertArrayEquals(new String[] {"a", "c"}, lambda.freevars());
        assertTrue((lambda.flags() & CodeUnit.NESTED) != 0);
    }

    @Test
    void zeroArgumentSuperGivesTheClassAClassCell() {
        CodeUnit cls = nested(compile("class B(A):\n    def m(self):\n        return super().m()\n"), "B");
        assertArrayEquals(new String[] {"__class__"}, cls.cellvars());
        assertTrue(Arrays.asList(cls.names()).contains("__classcell__"));
        assertEquals(CodeUnit.NAMESPACE_BODY, cls.flags());
        assertArrayEquals(new String[] {"__class__"}, nested(cls, "m").freevars());
    }

    @Test
    void qualnamesFollowNesting() {
        CodeUnit code = compile("def f():\n    def g():\n        return [lambda: 0 for _ in ()]\n"
                + "class C:\n    def m(self):\n        pass\n");
        assertEquals("f.<locals>.g", nested(code, "g").qualname());
        assertEquals("f.<locals>.g.<locals>.<listcomp>", nested(code, "<listcomp>").qualname());
        assertEquals("f.<locals>.g.<locals>.<listcomp>.<lambda>", nested(code, "<lambda>").qualname());
        assertEquals("C.m", nested(code, "m").qualname());
    }

    @Test
    void instructionsCarryTheLineOfTheirStatement() {
        CodeUnit code = compile("x = 1\n\ny = x / 0\n");
        int div = ops(code).indexOf("BINARY_OP") + 1; // + RESUME
        assertEquals(3, code.lines()[div]);
        assertEquals(0, code.lines()[0]); // the module's RESUME, as CPython
    }

    @Test
    void varargsAndKeywordsSetTheFlagsAndCounts() {
        CodeUnit f = nested(compile("def f(a, /, b, *args, c, **kw):\n    pass\n"), "f");
        assertEquals(2, f.argcount());
        assertEquals(1, f.posonlyargcount());
        assertEquals(1, f.kwonlyargcount());
        assertEquals(CodeUnit.VARARGS | CodeUnit.VARKEYWORDS, f.flags());
        assertArrayEquals(new String[] {"a", "b", "c", "args", "kw"}, f.varnames());
    }
}
