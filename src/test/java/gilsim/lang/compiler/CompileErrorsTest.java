package gilsim.lang.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import gilsim.lang.PySyntaxError;
import gilsim.lang.ast.Module;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The SyntaxErrors CPython raises after parsing (symbol table and compiler) are gilsim's
 * CompileErrors with the same message, line and column range. The expectations come from
 * python3 itself; skipped when it is not CPython 3.11.
 */
class CompileErrorsTest {
    private static List<String> cases;
    private static List<String> expected;
    private static List<Module> asts;

    static Stream<Integer> cases() throws IOException {
        try (InputStream in = CompileErrorsTest.class.getResourceAsStream("/py311/compile_error_cases.txt")) {
            String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            all = all.substring(all.indexOf("\n", all.lastIndexOf("\n# ")) + 1);
            cases = Arrays.stream(all.split("\n----\n")).map(s -> s.strip() + "\n").toList();
        }
        return Stream.iterate(0, i -> i + 1).limit(cases.size());
    }

    private static synchronized void runCPython() {
        if (expected == null) {
            expected = List.of(CPython311.run("compile_errors.py", cases).split("\n"));
            asts = PythonAst.parseAll(cases);
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void raisesCPythonsSyntaxError(int index) {
        assumeTrue(CPython311.available(), "python3 is not CPython 3.11");
        runCPython();
        String[] want = expected.get(index).split("\\|");
        PySyntaxError e = assertThrows(PySyntaxError.class,
                () -> Compiler.compileModule(asts.get(index), cases.get(index), "<cell>", false), cases.get(index));
        String got = e.msg() + "|" + e.pos().line() + "|" + e.pos().column() + "|"
                + e.end().line() + "|" + e.end().column();
        assertEquals(String.join("|", want), got, cases.get(index));
    }
}
