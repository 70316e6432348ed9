package gilsim.kernel;

import gilsim.kernel.magic.PythonCellSpec;
import gilsim.render.OutputComparison;
import gilsim.sim.settings.Settings;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;

/**
 * One {@code %%python} cell: the body runs in gilsim as a normal cell (the session's settings; what
 * it defines persists; a report shows as usual), then in real python3, and the two outputs are
 * shown side by side ({@link OutputComparison}). What is compared is what each printed: stdout and
 * stderr in order, the final expression's repr (IPython shows it; the python3 driver prints it
 * too), and an uncaught exception's traceback as python3 prints it. An error in the body is part of
 * the comparison, so the cell succeeds; only Kernel > Interrupt and the %limit seconds safety net
 * stop it with an error.
 */
final class PythonCellRun {
    private final CellRunner runner;
    private final Settings settings;
    private final OutputChannel out;

    PythonCellRun(CellRunner runner, Settings settings, OutputChannel out) {
        this.runner = runner;
        this.settings = settings;
        this.out = out;
    }

    KernelError run(String body, String cellName, PythonCellSpec spec) {
        Capture capture = new Capture(out);
        KernelError error = runner.runCode(body, cellName, settings, capture);
        if (error != null && runner.stopped()) return error;
        StringBuilder gilsim = capture.text;
        DisplayData result = runner.takeResult();
        if (result != null) gilsim.append(result.getData(MIMEType.TEXT_PLAIN)).append('\n');
        if (error != null) {
            String text = runner.lastErrorText();
            gilsim.append(text != null ? text : error.ename() + ": " + error.evalue() + "\n");
        }

        PythonProcess.Result python = PythonProcess.run(body, cellName, spec.timeoutOr(settings.limits().seconds()),
                settings.limits().outputBytes(), runner::stopped);
        if (python.status() == PythonProcess.Status.INTERRUPTED) return ErrorFormatter.interrupted("");
        String label = python.version() == null ? "python3" : "python3 " + python.version();
        boolean ran = python.status() != PythonProcess.Status.NOT_FOUND && python.status() != PythonProcess.Status.FAILED_TO_START;
        OutputComparison comparison = new OutputComparison(gilsim.toString(), label, ran ? python.output() : null, python.problem());
        DisplayData shown = new DisplayData(comparison.text());
        shown.putHTML(comparison.html());
        out.display(shown);
        return null;
    }

    /** Keeps what gilsim prints (for the comparison); reports and progress lines go through as usual. */
    private static final class Capture implements OutputChannel {
        private final OutputChannel out;
        final StringBuilder text = new StringBuilder();

        Capture(OutputChannel out) {
            this.out = out;
        }

        @Override public void stream(String name, String chunk) { text.append(chunk); }

        @Override public void display(DisplayData data) { out.display(data); }

        @Override public void updateDisplay(DisplayData data) { out.updateDisplay(data); }
    }
}
