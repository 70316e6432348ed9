package gilsim.kernel;

import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The kernel below the wire: cells in, outcomes out, no socket. */
class GilSimKernelTest {
    private final GilSimKernel kernel = new GilSimKernel();
    private final List<String> printed = new ArrayList<>();
    private final OutputChannel out = new OutputChannel() {
        @Override public void stream(String name, String text) { printed.add(name + ":" + text); }
        @Override public void display(DisplayData data) { printed.add("display"); }
        @Override public void updateDisplay(DisplayData data) { printed.add("update"); }
    };

    @Test
    void namespacePersistsAcrossCellsAndLastExpressionIsTheResult() {
        assertNull(kernel.execute("shared = [1, 2]", 1, out).error());
        ExecutionOutcome outcome = kernel.execute("shared.append(3)\nshared", 2, out);
        assertEquals("[1, 2, 3]", outcome.result().getData(io.github.spencerpark.jupyter.kernel.display.mime.MIMEType.TEXT_PLAIN));
    }

    @Test
    void printGoesToStdoutAndRefcountMatchesCPython() {
        kernel.execute("import sys\nx = object()\nl = [x]\nprint(sys.getrefcount(x))", 1, out);
        assertEquals(List.of("stdout:3\n"), printed);
    }

    @Test
    void syntaxErrorNamesLineAndDrawsCaret() {
        KernelError error = kernel.execute("x = 1\ndef f(:\n    pass", 1, out).error();
        assertEquals("SyntaxError", error.ename());
        assertTrue(error.traceback().get(0).contains("Cell In[1], line 2"), error.traceback().toString());
        assertTrue(error.traceback().get(2).contains("^"));
    }

    @Test
    void runtimeErrorTracebackUsesCellLineNumbers() {
        KernelError error = kernel.execute("def g(n):\n    return 1/n\ng(0)", 7, out).error();
        assertEquals("ZeroDivisionError", error.ename());
        assertEquals("division by zero", error.evalue());
        assertTrue(String.join("\n", error.traceback()).contains("Cell In[7], line 2, in g"));
    }

    @Test
    void failingMagicLeavesSettingsAndCodeUnrun() {
        KernelError error = kernel.execute("%cores 2\n%gil maybe\nprint('ran')", 1, out).error();
        assertEquals("UsageError", error.ename());
        assertEquals(4, kernel.settings().cores());
        assertTrue(printed.isEmpty());
    }

    @Test
    void resetClearsTheNamespace() {
        kernel.execute("y = 5", 1, out);
        assertEquals("NameError", kernel.execute("%reset\ny", 2, out).error().ename());
    }

    @Test
    void indentedPastedCellIsDedentedAsIPythonDoes() {
        assertNull(kernel.execute("    a = 1\n    if a:\n        print(a)", 1, out).error());
        assertEquals(List.of("stdout:1\n"), printed);
    }

    @Test
    void completionOffersAttributesAfterADot() {
        kernel.execute("shared = []", 1, out);
        var options = kernel.complete("shared.ap", 9);
        assertEquals(List.of("append"), options.getReplacements());
        assertEquals(7, options.getSourceStart());
    }

    @Test
    void completionPositionsCountCodePointsAfterAnEmoji() {
        kernel.execute("value = 1", 1, out);
        String code = "s = '\uD83D\uDE00'; val";
        int cursor = code.codePointCount(0, code.length());
        var options = kernel.complete(code, cursor);
        assertEquals(List.of("value"), options.getReplacements());
        assertEquals(cursor - 3, options.getSourceStart());
    }

    @Test
    void interruptStopsARunawayLoop() throws Exception {
        Thread interrupter = new Thread(() -> {
            try { Thread.sleep(300); } catch (InterruptedException ignored) { }
            kernel.interrupt();
        });
        interrupter.start();
        KernelError error = kernel.execute("while True:\n    pass", 1, out).error();
        interrupter.join();
        assertEquals("KeyboardInterrupt", error.ename());
        assertNull(kernel.execute("print('still here')", 2, out).error());
    }

    @Test
    void realTimeLimitStopsAMachineRunWithTimeoutNotKeyboardInterrupt() {
        KernelError error = kernel.execute("%limit seconds=1 instructions=20000000000\n%threads 2\nwhile True:\n    pass", 1, out).error();
        assertEquals("TimeoutError", error.ename(), error.evalue());
        assertNull(kernel.execute("%threads 1\nprint('still here')", 2, out).error());
    }

    @Test
    void aCellThatStartsAThreadUnderDefaultSettingsEndsWithAReportAndItsResult() {
        kernel.execute("import threading\ndef work():\n    print('hi')\n", 1, out);
        ExecutionOutcome outcome = kernel.execute("t = threading.Thread(target=work)\nt.start()\nt.join()\n5", 2, out);
        assertNull(outcome.error());
        assertEquals(List.of("stdout:hi\n", "display"), printed);
        assertEquals("5", outcome.result().getData(io.github.spencerpark.jupyter.kernel.display.mime.MIMEType.TEXT_PLAIN));
    }

    @Test
    void aCellThatOnlyDefinesAThreadStarterShowsNoReport() {
        kernel.execute("import threading\ndef spawn():\n    threading.Thread(target=print).start()\nprint('defined')", 1, out);
        assertEquals(List.of("stdout:defined\n"), printed);
    }

    @Test
    void aLongErrorMessageIsWrappedAtWordsInTheTracebackAndKeptWholeInTheValue() {
        String message = "word ".repeat(60).strip();
        KernelError error = ErrorFormatter.usage("SimulatedCrash", message);
        assertEquals(message, error.evalue());
        String shown = error.traceback().get(0).replaceAll("\u001b\\[[0-9;]*m", "");
        for (String line : shown.split("\n")) assertTrue(line.length() <= ErrorFormatter.WRAP_COLUMNS, line);
        assertEquals("SimulatedCrash: " + message, shown.replace('\n', ' '));
    }

    @Test
    void isCompleteOffersAnIndentAfterAColon() {
        assertEquals("    ", kernel.isComplete("def f():"));
        assertEquals("complete", kernel.isComplete("%threads 4\nx = 1"));
        assertEquals("invalid", kernel.isComplete("a b c"));
    }

    @Test
    void inspectShowsMagicHelpAndObjectRefcount() {
        assertTrue(kernel.inspect("%gil", 2, false).getData(io.github.spencerpark.jupyter.kernel.display.mime.MIMEType.TEXT_PLAIN)
                .toString().contains("per-interpreter"));
        kernel.execute("box = [1]", 1, out);
        String shown = kernel.inspect("box", 2, false).getData(io.github.spencerpark.jupyter.kernel.display.mime.MIMEType.TEXT_PLAIN).toString();
        assertTrue(shown.contains("Refcount:  1"), shown);
    }
}
