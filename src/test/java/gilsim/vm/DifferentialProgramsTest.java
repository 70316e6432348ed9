package gilsim.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every program of the differential corpus prints, in gilsim, byte for byte what CPython 3.11
 * printed (the .out files, made with PYTHONHASHSEED=0). All run in this one JVM.
 */
class DifferentialProgramsTest {
    static List<Path> programs() throws IOException {
        return DifferentialPrograms.all();
    }

    static List<Path> programsWithTracebacks() throws IOException {
        return DifferentialPrograms.withTracebacks();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programs")
    void stdoutMatchesCPython(Path program) throws IOException {
        String expected = Files.readString(DifferentialPrograms.expectedOf(program), StandardCharsets.UTF_8);
        assertEquals(expected, DifferentialPrograms.run(program), program.toString());
    }

    /** The traceback python3 prog.py prints, markers included (.err). */
    @ParameterizedTest(name = "{0}")
    @MethodSource("programsWithTracebacks")
    void uncaughtTracebackMatchesTheInterpreters(Path program) throws IOException {
        String expected = Files.readString(DifferentialPrograms.siblingWithSuffix(program, ".err"), StandardCharsets.UTF_8);
        assertEquals(expected, DifferentialPrograms.runCapturing(program, TracebackStyle.INTERPRETER).stderr(),
                program.toString());
    }

    /** The traceback traceback.print_exception prints in the %%python driver (.err_module). */
    @ParameterizedTest(name = "{0}")
    @MethodSource("programsWithTracebacks")
    void tracebackMatchesTheTracebackModules(Path program) throws IOException {
        String expected = Files.readString(DifferentialPrograms.siblingWithSuffix(program, ".err_module"),
                StandardCharsets.UTF_8);
        assertEquals(expected, DifferentialPrograms.runCapturing(program, TracebackStyle.TRACEBACK_MODULE).stderr(),
                program.toString());
    }
}
