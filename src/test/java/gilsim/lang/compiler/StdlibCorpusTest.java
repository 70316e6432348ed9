package gilsim.lang.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import gilsim.lang.ast.Module;
import gilsim.lang.bytecode.CodeUnit;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Real code as a regression corpus: every module of python3's standard library that gilsim's
 * AST can represent (about 540 files in 3.11.7) compiles to exactly what CPython 3.11 compiles
 * it to, and passes the verifier. Slow (a minute), so opt-in: {@code mvn test
 * -Dtest=StdlibCorpusTest -Dcompiler.stdlib=true}.
 */
class StdlibCorpusTest {
    private static final int BATCH = 60;

    @Test
    void standardLibraryCompilesAsCPython311() throws IOException {
        assumeTrue(Boolean.getBoolean("compiler.stdlib"), "opt-in: -Dcompiler.stdlib=true");
        assumeTrue(CPython311.available(), "python3 is not CPython 3.11");
        List<String> paths = CPython311.run("stdlib_corpus.py", List.of("")).lines().filter(l -> !l.isBlank()).toList();
        List<String> failures = new ArrayList<>();
        for (int from = 0; from < paths.size(); from += BATCH) {
            List<String> batch = paths.subList(from, Math.min(paths.size(), from + BATCH));
            List<String> sources = new ArrayList<>();
            for (String p : batch) {
                sources.add(Files.readString(Path.of(p), StandardCharsets.UTF_8));
            }
            List<Module> asts = PythonAst.parseAll(sources);
            String[] listings = CPython311.run("dis_normalized.py", sources).split("\n=====\n");
            for (int i = 0; i < batch.size(); i++) {
                try {
                    CodeUnit code = Compiler.compileModule(asts.get(i), sources.get(i), "<cell>", false);
                    if (!NormalizedListing.of(code).equals(listings[i].strip())) {
                        failures.add(batch.get(i));
                    }
                    BytecodeVerifier.verify(code);
                } catch (Exception | AssertionError e) {
                    failures.add(batch.get(i) + ": " + e);
                }
            }
        }
        assertEquals(List.of(), failures, "of " + paths.size() + " files");
    }
}
