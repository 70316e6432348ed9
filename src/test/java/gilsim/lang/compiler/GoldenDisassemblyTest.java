package gilsim.lang.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gilsim.lang.bytecode.CodeUnit;
import gilsim.lang.bytecode.Disassembler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each program {@code golden/dis/NAME.py} disassembles to {@code golden/dis/NAME.txt}. After an
 * intended change, regenerate with {@code mvn test -Dtest=GoldenDisassemblyTest
 * -Dgolden.update=true} and review the diff like code.
 */
class GoldenDisassemblyTest {
    private static final Path DIR = Path.of("src/test/resources/golden/dis");

    static Stream<String> programs() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".py")).sorted()
                    .map(n -> n.substring(0, n.length() - 3)).toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("programs")
    void disassemblyMatchesGoldenFile(String name) throws IOException {
        String source = Files.readString(DIR.resolve(name + ".py"), StandardCharsets.UTF_8);
        CodeUnit code = CompiledCode.compile(source);
        String actual = Disassembler.disassemble(code);
        Path golden = DIR.resolve(name + ".txt");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual, name);
    }
}
