package gilsim.lang.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import gilsim.lang.Parser;
import gilsim.lang.UnsupportedFeatureError;
import gilsim.lang.ast.Module;
import gilsim.lang.bytecode.CodeUnit;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each snippet of {@code compile_patterns.py} (and each golden disassembly program) compiles to what CPython 3.11 compiles it to:
 * the same instructions with the same arguments and lines, the same constants, names, locals,
 * cells, flags, stack size and exception table (in gilsim's normalized form). Skipped when
 * python3 is not 3.11.
 */
class MatchesCPythonTest {

    static Stream<Arguments> snippets() throws IOException {
        String all;
        try (InputStream in = MatchesCPythonTest.class.getResourceAsStream("/py311/compile_patterns.py")) {
            all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Arguments> out = new ArrayList<>();
        String name = null;
        StringBuilder body = new StringBuilder();
        for (String line : all.split("\n", -1)) {
            if (line.startsWith("# --- ")) {
                if (name != null) {
                    out.add(Arguments.of(name, body.toString()));
                }
                name = line.substring(6).trim();
                body.setLength(0);
            } else if (name != null) {
                body.append(line).append('\n');
            }
        }
        if (name != null) {
            out.add(Arguments.of(name, body.toString()));
        }
        // The golden disassembly programs too.
        for (String program : GoldenDisassemblyTest.programs().toList()) {
            out.add(Arguments.of("golden " + program, java.nio.file.Files.readString(
                    java.nio.file.Path.of("src/test/resources/golden/dis", program + ".py"))));
        }
        return out.stream();
    }

    /** Snippet source to (CPython's AST, CPython's listing), computed in two python3 runs. */
    private static Map<String, Object[]> cpython;

    private static synchronized Object[] cpython(String source) throws IOException {
        if (cpython == null) {
            List<String> sources = snippets().map(a -> (String) a.get()[1]).toList();
            List<Module> asts = PythonAst.parseAll(sources);
            String[] listings = CPython311.run("dis_normalized.py", sources).split("\n=====\n");
            cpython = new HashMap<>();
            for (int i = 0; i < sources.size(); i++) {
                cpython.put(sources.get(i), new Object[] {asts.get(i), listings[i].strip()});
            }
        }
        return cpython.get(source);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("snippets")
    void compilesAsCPython311(String name, String source) throws Exception {
        assumeTrue(CPython311.available(), "python3 is not CPython 3.11");
        Object[] expected = cpython(source);
        CodeUnit code = Compiler.compileModule((Module) expected[0], source, "<cell>", false);
        assertEquals(expected[1], NormalizedListing.of(code));
        BytecodeVerifier.verify(code);
    }

    /** The same through gilsim's own parser: its tree and positions must lead to the same code. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("snippets")
    void compilesParsedSourceAsCPython311(String name, String source) throws Exception {
        assumeTrue(CPython311.available(), "python3 is not CPython 3.11");
        Module parsed;
        try {
            parsed = Parser.parse(source);
        } catch (UnsupportedFeatureError e) {
            assumeTrue(false, "outside gilsim's subset: " + e.getMessage());
            return;
        }
        CodeUnit code = Compiler.compileModule(parsed, source, "<cell>", false);
        assertEquals(cpython(source)[1], NormalizedListing.of(code));
    }
}
