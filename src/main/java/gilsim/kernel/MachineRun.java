package gilsim.kernel;

import gilsim.lang.bytecode.CodeUnit;
import gilsim.render.ProgressLine;
import gilsim.render.ReportHtml;
import gilsim.render.ReportJson;
import gilsim.render.ReportText;
import gilsim.sim.Machine;
import gilsim.sim.MachineListener;
import gilsim.sim.RunResult;
import gilsim.sim.settings.GilMode;
import gilsim.sim.settings.RefcountMode;
import gilsim.sim.settings.ReportLevel;
import gilsim.sim.settings.Settings;
import gilsim.vm.RunOutcome;
import gilsim.vm.Session;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;

import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One cell run on the simulated machine, seen from the kernel: output in simulated-time order,
 * an in-place progress line for long runs, the report as one display_data, and the outcome as
 * the kernel reports it (a simulated crash is an error reply).
 */
final class MachineRun {
    private static int runs;

    private final Session session;
    private final Settings settings;
    private final StreamBuffer stream;
    private final OutputChannel out;
    private final BooleanSupplier cancelled;
    /** Kernel > Interrupt or the %limit seconds watchdog: the runner knows which. */
    private final Function<RunOutcome.PythonError, KernelError> interrupted;
    private final String progressId;
    private boolean progressShown;
    private String errorText;

    MachineRun(Session session, Settings settings, StreamBuffer stream, OutputChannel out,
               BooleanSupplier cancelled, Function<RunOutcome.PythonError, KernelError> interrupted) {
        this.session = session;
        this.settings = settings;
        this.stream = stream;
        this.out = out;
        this.cancelled = cancelled;
        this.interrupted = interrupted;
        // Stable across executions of the same notebook: no random part (transient ids are not saved anyway).
        this.progressId = "gilsim-progress-" + (++runs);
    }

    /**
     * Cells that need the machine: several threads, watched objects, or settings other than a
     * plain CPython 3.11 script. The rest run on the VM alone, at the language's speed, unless
     * they may start threads themselves ({@link gilsim.sim.ThreadUse}, checked by the runner).
     */
    static boolean needed(Settings s) {
        return s.threads() > 1 || !s.watch().isEmpty() || s.gil() != GilMode.ON || s.refcount() != RefcountMode.PLAIN
                || s.immortal();
    }

    KernelError run(CodeUnit unit, String source, Consumer<DisplayData> result) {
        RunResult run = Machine.run(session, unit, source, settings, listener());
        stream.flush();
        if (progressShown) {
            long ns = run.total().wallNs(), instructions = run.total().instructions();
            int threads = run.threads().size();
            out.updateDisplay(progressLine(ProgressLine.done(ns, threads, instructions, run.status()),
                    ProgressLine.doneHtml(ns, threads, instructions, run.status())));
        }
        if (run.wantsReport() && settings.report() != ReportLevel.OFF) out.display(report(run, settings.report()));
        if (run.status() == RunResult.Status.CRASHED) errorText = "SimulatedCrash: " + run.crash().message() + "\n";
        else if (run.status() != RunResult.Status.OK && run.error() != null) errorText = run.error().tracebackModuleText();
        return switch (run.status()) {
            case OK -> {
                if (run.resultRepr() != null) result.accept(new DisplayData(run.resultRepr()));
                yield null;
            }
            case ERROR -> CellRunner.pythonError(run.error());
            case INTERRUPTED -> interrupted.apply(run.error());
            case LIMIT, DEADLOCK -> ErrorFormatter.usage(run.error() == null ? "RuntimeError" : run.error().ename(),
                    run.error() == null ? "a limit stopped the run" : run.error().evalue());
            // The crash's own message says what happened, what CPython might do, and that the
            // session was left as it was before the cell.
            case CRASHED -> ErrorFormatter.usage("SimulatedCrash", run.crash().message());
        };
    }

    /** The run's error as python3 would print it (a simulated crash in its own words), or null. */
    String errorText() {
        return errorText;
    }

    private MachineListener listener() {
        return new MachineListener() {
            @Override public void output(String name, String text) {
                if ("stderr".equals(name)) stream.stderr(text);
                else stream.stdout(text);
            }

            @Override public void progress(long instructions, long simulatedNs) {
                stream.flush();
                long budget = settings.limits().instructions();
                DisplayData line = progressLine(ProgressLine.text(simulatedNs, settings.threads(), instructions, budget),
                        ProgressLine.html(simulatedNs, settings.threads(), instructions, budget));
                if (progressShown) out.updateDisplay(line);
                else out.display(line);
                progressShown = true;
            }

            @Override public boolean cancelled() {
                return cancelled.getAsBoolean();
            }
        };
    }

    private DisplayData progressLine(String text, String html) {
        DisplayData data = new DisplayData(text);
        data.putHTML(html);
        data.setDisplayId(progressId);
        return data;
    }

    static DisplayData report(RunResult run, ReportLevel level) {
        DisplayData data = new DisplayData(ReportText.render(run));
        data.putHTML(ReportHtml.render(run, level));
        data.putData(ReportJson.MIME, ReportJson.render(run));
        return data;
    }
}
