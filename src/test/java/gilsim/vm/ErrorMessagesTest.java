package gilsim.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * 205 one-line snippets — every error message DESIGN §3 lists (NameError, operand and call
 * TypeErrors, len, the ZeroDivisionError forms, IndexErrors, KeyError, AttributeErrors,
 * ValueErrors...) and results of builtins, methods and operators — print what python3 3.11
 * printed (snippets.out).
 */
class ErrorMessagesTest {
    @Test
    void snippetsPrintWhatCPythonPrints() throws IOException {
        Path dir = Path.of("src/test/resources/vm");
        String source = Files.readString(dir.resolve("snippets.py"), StandardCharsets.UTF_8);
        String expected = Files.readString(dir.resolve("snippets.out"), StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PrintStream o = new PrintStream(out, false, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(new ByteArrayOutputStream(), false, StandardCharsets.UTF_8)) {
            RunFile.run(source, "snippets.py", o, e);
        }
        String[] want = expected.split("\n");
        String[] got = out.toString(StandardCharsets.UTF_8).split("\n");
        for (int i = 0; i < want.length; i++) {
            assertEquals(want[i], i < got.length ? got[i] : "<missing>", "snippet " + (i + 1));
        }
        assertEquals(want.length, got.length);
    }

    @Test
    void featureTourPrintsWhatCPythonPrints() throws IOException {
        assertEquals(expected("features"), stdoutOf("features"));
    }

    @Test
    void objectLifetimesAndLiteralCountsMatchCPython() throws IOException {
        assertEquals(expected("lifetimes"), stdoutOf("lifetimes"));
    }

    private static String expected(String name) throws IOException {
        return Files.readString(Path.of("src/test/resources/vm", name + ".out"), StandardCharsets.UTF_8);
    }

    private static String stdoutOf(String name) throws IOException {
        String source = Files.readString(Path.of("src/test/resources/vm", name + ".py"), StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PrintStream o = new PrintStream(out, false, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(new ByteArrayOutputStream(), false, StandardCharsets.UTF_8)) {
            RunFile.run(source, name + ".py", o, e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void unboundLocalAndFreeVariableMessages() {
        Py py = new Py();
        assertEquals("cannot access local variable 'x' where it is not associated with a value\n",
                py.print("def f():\n    try:\n        print(x)\n    except UnboundLocalError as e:\n        print(e)\n    x = 1\nf()\n"));
    }
}
