package gilsim.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real python3 for %%python: where it is found, how the body runs, and how a run is stopped. */
class PythonProcessTest {
    @TempDir Path dir;

    private static boolean python3OnPath() {
        return PythonProcess.locate(System.getenv()).path() != null;
    }

    @Test
    void theOverrideWinsOverPathAndAMissingOneIsNamed() {
        PythonProcess.Located located = PythonProcess.locate(Map.of("GILSIM_PYTHON3", "/nowhere/python3", "PATH", "/usr/bin"));
        assertNull(located.path());
        assertEquals("python3 not found: GILSIM_PYTHON3 is set to /nowhere/python3, which is not an executable file.",
                located.problem());
    }

    @Test
    void theFirstExecutablePython3OnPathIsUsed() throws Exception {
        Path notExecutable = Files.createDirectory(dir.resolve("a"));
        Files.writeString(notExecutable.resolve("python3"), "");
        Path good = Files.createDirectory(dir.resolve("b"));
        Path python = Files.writeString(good.resolve("python3"), "#!/bin/sh\n");
        Files.setPosixFilePermissions(python, PosixFilePermissions.fromString("rwxr-xr-x"));
        assertEquals(python, PythonProcess.locate(Map.of("PATH", notExecutable + ":" + good)).path());
        assertTrue(PythonProcess.locate(Map.of("PATH", notExecutable.toString())).problem().startsWith("python3 not found on PATH"));
    }

    @Test
    void theBodyRunsAsACellWithItsFinalExpressionAndItsTracebackInOrder() {
        assumeTrue(python3OnPath(), "no python3 on PATH");
        PythonProcess.Result r = PythonProcess.run("\nprint('a')\nimport sys\nprint('b', file=sys.stderr)\n[1, 2]\n",
                "Cell In[9]", 10, 10_000, () -> false);
        assertEquals(PythonProcess.Status.FINISHED, r.status());
        assertTrue(r.version().startsWith("3."), r.version());
        assertEquals("a\nb\n[1, 2]\n", r.output());
        PythonProcess.Result failed = PythonProcess.run("x = 1\nx.nope\n", "Cell In[2]", 10, 10_000, () -> false);
        assertEquals("Traceback (most recent call last):\n  File \"Cell In[2]\", line 2, in <module>\n    x.nope\n"
                + "AttributeError: 'int' object has no attribute 'nope'\n", failed.output());
    }

    @Test
    void shellCharactersInTheBodyAreJustPython() {
        assumeTrue(python3OnPath(), "no python3 on PATH");
        PythonProcess.Result r = PythonProcess.run("print('$(echo hi); `id` && exit 3')\n", "Cell In['; rm -rf /']", 10, 10_000, () -> false);
        assertEquals("$(echo hi); `id` && exit 3\n", r.output());
    }

    @Test
    void aTimeoutStopsTheProcessAndKeepsWhatItPrinted() {
        assumeTrue(python3OnPath(), "no python3 on PATH");
        long start = System.nanoTime();
        PythonProcess.Result r = PythonProcess.run("print('start')\nwhile True:\n    pass\n", "Cell In[1]", 0.5, 10_000, () -> false);
        assertEquals(PythonProcess.Status.TIMED_OUT, r.status());
        assertEquals("start\n", r.output());
        assertTrue(r.problem().startsWith("python3 timed out after 0.5 s"), r.problem());
        assertTrue(System.nanoTime() - start < 5_000_000_000L);
    }

    @Test
    void runawayOutputIsCappedAndTheProcessStopped() {
        assumeTrue(python3OnPath(), "no python3 on PATH");
        PythonProcess.Result r = PythonProcess.run("while True:\n    print('x' * 100)\n", "Cell In[1]", 20, 5_000, () -> false);
        assertEquals(PythonProcess.Status.OUTPUT_LIMIT, r.status());
        assertTrue(r.output().length() <= 5_000 + 64, "kept " + r.output().length());
        assertTrue(r.problem().contains("%limit output=N"));
    }

    @Test
    void anInterruptStopsTheProcess() {
        assumeTrue(python3OnPath(), "no python3 on PATH");
        long start = System.nanoTime();
        PythonProcess.Result r = PythonProcess.run("import time\ntime.sleep(30)\n", "Cell In[1]", 60, 10_000,
                () -> System.nanoTime() - start > 300_000_000L);
        assertEquals(PythonProcess.Status.INTERRUPTED, r.status());
    }
}
