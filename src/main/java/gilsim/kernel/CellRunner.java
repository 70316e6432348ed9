package gilsim.kernel;

import gilsim.kernel.magic.CellMagic;
import gilsim.kernel.magic.CellMagicKind;
import gilsim.kernel.magic.CompareSpec;
import gilsim.kernel.magic.MagicException;
import gilsim.kernel.magic.Magics;
import gilsim.kernel.magic.ParsedCell;
import gilsim.kernel.magic.PythonCellSpec;
import gilsim.lang.CompletenessChecker;
import gilsim.lang.Parser;
import gilsim.lang.PySyntaxError;
import gilsim.lang.UnsupportedFeatureError;
import gilsim.lang.bytecode.CodeUnit;
import gilsim.lang.compiler.Compiler;
import gilsim.sim.ThreadUse;
import gilsim.sim.settings.Settings;
import gilsim.vm.RunOutcome;
import gilsim.vm.Session;
import io.github.spencerpark.jupyter.kernel.ReplacementOptions;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;

import java.util.ArrayList;
import java.util.List;
import java.util.Timer;
import java.util.TimerTask;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the code part of a cell and its cell magic on the session's VM, and answers questions
 * about the namespace (completion, inspection). It owns the interrupt that Kernel > Interrupt
 * sets and the real-time safety net of {@code %limit seconds}.
 */
final class CellRunner {
    /** Test hooks (GILSIM_TEST_HOOKS=1) add %%block, which waits until interrupted. */
    private static final boolean TEST_HOOKS = "1".equals(System.getenv("GILSIM_TEST_HOOKS"));
    private static final long BLOCK_LIMIT_MS = 60_000;
    private static final Pattern DOTTED_NAME_AT_END = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*)*\\.?$");
    private static final List<String> KEYWORDS = List.of("False", "None", "True", "and", "assert", "break",
            "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
            "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try",
            "while", "with", "yield");

    private final Object interruptLock = new Object();
    private final Timer watchdog = new Timer("gilsim-watchdog", true);
    private final Session session = new Session();
    private volatile boolean interruptRequested;
    private volatile boolean timedOut;
    private DisplayData result;
    /** The last failing run's error as python3 would print it (for %%python), or null. */
    private String lastErrorText;

    void clearInterrupt() {
        interruptRequested = false;
        timedOut = false;
    }

    void interrupt() {
        synchronized (interruptLock) {
            interruptRequested = true;
            interruptLock.notifyAll();
        }
        session.requestInterrupt();
    }

    void reset() {
        result = null;
        session.reset();
    }

    DisplayData takeResult() {
        DisplayData taken = result;
        result = null;
        return taken;
    }

    /** Runs the cell's cell magic or code; null when it succeeded. */
    KernelError run(ParsedCell cell, Settings settings, int executionCount, OutputChannel out) {
        CellMagic magic = cell.cellMagic();
        if (magic != null) return runCellMagic(magic, settings, "Cell In[" + executionCount + "]", out);
        if (cell.code().isBlank()) return null;
        return runCode(dedent(cell.code()), "Cell In[" + executionCount + "]", settings, out);
    }

    /**
     * IPython's leading_indent transform: a cell whose first line is indented (pasted from inside
     * a function) has that indentation removed from every line that carries it.
     */
    static String dedent(String code) {
        String first = code.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
        int width = first.length() - first.stripLeading().length();
        if (width == 0) return code;
        String prefix = first.substring(0, width);
        return java.util.Arrays.stream(code.split("\n", -1))
                .map(line -> line.startsWith(prefix) ? line.substring(width) : line)
                .collect(java.util.stream.Collectors.joining("\n"));
    }

    KernelError runCode(String code, String cellName, Settings settings, OutputChannel out) {
        lastErrorText = null;
        Compiled compiled = compile(code, cellName);
        if (compiled.error() != null) {
            lastErrorText = compiled.errorText();
            return compiled.error();
        }
        CodeUnit unit = compiled.unit();
        applyLimits(settings);
        StreamBuffer stream = new StreamBuffer(out, settings.limits().outputBytes());
        TimerTask timeout = scheduleTimeout(settings.limits().seconds());
        try {
            // A cell that starts threads itself needs the machine too, for its timeline and report.
            if (MachineRun.needed(settings) || ThreadUse.mayStartThread(unit, session.globals())) {
                MachineRun machine = new MachineRun(session, settings, stream, out, this::cancelled,
                        error -> interrupted(error, settings));
                KernelError error = machine.run(unit, code, value -> result = value);
                lastErrorText = machine.errorText();
                return error;
            }
            return sessionOutcome(session.runCell(unit, code, stream), settings);
        } finally {
            timeout.cancel();
            stream.flush();
        }
    }

    /** A cell's code compiled, or the syntax error to show (and its text as python3 prints it). */
    private record Compiled(CodeUnit unit, KernelError error, String errorText) {}

    private static Compiled compile(String code, String cellName) {
        try {
            Parser.Analysis analysis = Parser.analyze(code);
            return new Compiled(Compiler.compileModule(analysis, code, cellName, true), null, null);
        } catch (PySyntaxError e) {
            return new Compiled(null, ErrorFormatter.syntax(e.kind(), e.msg(), cellName, e.pos().line(), e.pos().column(), e.lineText()),
                    ErrorFormatter.syntaxText(e.kind(), e.msg(), cellName, e.pos().line(), e.pos().column(),
                            e.end() == null ? 0 : e.end().column(), e.lineText()));
        } catch (UnsupportedFeatureError e) {
            return new Compiled(null, ErrorFormatter.usage("NotImplementedError", e.getMessage()),
                    "NotImplementedError: " + e.getMessage() + "\n");
        }
    }

    /**
     * The last failing run's traceback as python3's traceback.print_exception prints it (the
     * %%python driver does); null after a success.
     */
    String lastErrorText() {
        return lastErrorText;
    }

    /** Whether the current cell was stopped by Kernel > Interrupt or the %limit seconds watchdog. */
    boolean stopped() {
        return cancelled();
    }

    private boolean cancelled() {
        return interruptRequested || timedOut;
    }

    private KernelError sessionOutcome(RunOutcome outcome, Settings settings) {
        if (outcome.error() != null) lastErrorText = outcome.error().tracebackModuleText();
        return switch (outcome.status()) {
            case OK -> {
                if (outcome.resultRepr() != null) result = new DisplayData(outcome.resultRepr());
                yield null;
            }
            case ERROR -> pythonError(outcome.error());
            case INTERRUPTED -> interrupted(outcome.error(), settings);
            case LIMIT -> ErrorFormatter.usage(outcome.error().ename(), outcome.error().evalue());
        };
    }

    KernelError interrupted(RunOutcome.PythonError error, Settings settings) {
        return timedOut
                ? ErrorFormatter.usage("TimeoutError", "the cell ran longer than " + settings.limits().seconds()
                        + " s of real time, gilsim's safety net (%limit seconds=N to change it); what it did so far is kept")
                : ErrorFormatter.python("KeyboardInterrupt", "", frames(error));
    }

    private void applyLimits(Settings settings) {
        var limits = session.limits();
        limits.maxInstructions = settings.limits().instructions();
        limits.maxObjects = settings.limits().objects();
        limits.recursionLimit = settings.limits().depth();
    }

    private TimerTask scheduleTimeout(double seconds) {
        TimerTask task = new TimerTask() {
            @Override public void run() {
                timedOut = true;
                session.requestInterrupt();
            }
        };
        watchdog.schedule(task, Math.max(1, (long) (seconds * 1000)));
        return task;
    }

    static KernelError pythonError(RunOutcome.PythonError error) {
        return ErrorFormatter.python(error.ename(), error.evalue(), frames(error));
    }

    /** Traceback frames as IPython 8 prints them: "Cell In[3], line 2, in f" and the line. */
    private static List<String> frames(RunOutcome.PythonError error) {
        List<String> lines = new ArrayList<>();
        if (error == null) return lines;
        for (var frame : error.frames()) {
            String where = "\u001b[0;32m" + frame.filename() + ", line " + frame.line()
                    + ("<module>".equals(frame.function()) ? "" : ", in " + frame.function()) + "\u001b[0m";
            lines.add(frame.sourceLine() == null ? where : where + "\n    " + frame.sourceLine().strip());
        }
        return lines;
    }

    private KernelError runCellMagic(CellMagic magic, Settings settings, String cellName, OutputChannel out) {
        if (TEST_HOOKS && magic.name().equals("block")) return block();
        try {
            CellMagicKind kind = Magics.resolveCell(magic.name());
            if (kind.planned()) {
                out.stream("stdout", kind.plannedMessage() + "\n");
                return null;
            }
            return switch (kind) {
                case COMPARE -> {
                    CompareSpec spec = CompareSpec.parse(magic.args(), settings);
                    // Blank lines in place of the magic line keep the cell's line numbers in tracebacks.
                    String body = "\n".repeat(Math.max(0, magic.bodyFirstLine() - 1)) + dedent(magic.body());
                    Compiled compiled = compile(body, cellName);
                    if (compiled.error() != null) yield compiled.error();
                    applyLimits(settings);
                    TimerTask timeout = scheduleTimeout(settings.limits().seconds());
                    try {
                        yield new CompareRun(session, this::cancelled, error -> interrupted(error, settings)).run(spec, compiled.unit(), body, out);
                    } finally {
                        timeout.cancel();
                    }
                }
                case PYTHON -> {
                    PythonCellSpec spec = PythonCellSpec.parse(magic.args());
                    // Blank lines in place of the magic line: both sides report the cell's line numbers.
                    String body = "\n".repeat(Math.max(0, magic.bodyFirstLine() - 1)) + dedent(magic.body());
                    yield new PythonCellRun(this, settings, out).run(body, cellName, spec);
                }
                case STEPS -> null;
            };
        } catch (MagicException e) {
            return ErrorFormatter.usage(e.ename(), e.getMessage());
        }
    }

    /** The test hook behind %%block: a run that really blocks until Kernel > Interrupt. */
    private KernelError block() {
        long deadline = System.currentTimeMillis() + BLOCK_LIMIT_MS;
        synchronized (interruptLock) {
            while (!interruptRequested) {
                long left = deadline - System.currentTimeMillis();
                if (left <= 0) return ErrorFormatter.usage("TimeoutError", "%%block gave up after 60 s without an interrupt");
                try {
                    interruptLock.wait(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        return ErrorFormatter.interrupted("");
    }

    /** Names in the namespace, builtins and keywords; attributes after a dot ({@code shared.ap}). */
    ReplacementOptions complete(String code, int cursor) {
        int index = CodeText.toIndex(code, cursor);
        Matcher m = DOTTED_NAME_AT_END.matcher(code.substring(0, index));
        if (!m.find()) return new ReplacementOptions(List.of(), cursor, cursor);
        String word = m.group();
        int dot = word.lastIndexOf('.');
        String prefix = dot < 0 ? word : word.substring(dot + 1);
        TreeSet<String> matches = new TreeSet<>();
        if (dot >= 0) {
            for (String name : session.attributeNames(word.substring(0, dot))) {
                if (name.startsWith(prefix) && (prefix.startsWith("_") || !name.startsWith("_"))) matches.add(name);
            }
        } else {
            for (String name : session.globalNames()) if (name.startsWith(prefix) && !name.startsWith("__")) matches.add(name);
            for (String name : session.builtinNames()) if (name.startsWith(prefix)) matches.add(name);
            for (String name : KEYWORDS) if (name.startsWith(prefix)) matches.add(name);
        }
        int start = CodeText.toCursor(code, index - prefix.length());
        return new ReplacementOptions(new ArrayList<>(matches), start, cursor);
    }

    /** What {@code name?} shows: type, value and reference count; null when the name is unbound. */
    String describe(String name) {
        Session.ObjectInfo info = session.inspect(name);
        if (info == null) return null;
        return "Name:      " + info.name() + "\n"
                + "Type:      " + info.typeName() + "\n"
                + "Value:     " + info.repr() + "\n"
                + "Refcount:  " + info.refcount() + "   (sys.getrefcount(" + info.name() + ") would show "
                + (info.refcount() + 1) + ": its argument is one more reference)";
    }

    /**
     * Jupyter's is_complete for {@code jupyter console}: magic lines are complete on their own
     * (they are blanked in the code part), which decides "complete", "invalid" or the indent.
     */
    String isComplete(String raw, ParsedCell cell) {
        // A cell magic's body goes on until a blank line, as in IPython's console.
        CompletenessChecker.Completeness verdict = CompletenessChecker.check(cell.cellMagic() != null ? raw : cell.code());
        return switch (verdict.status()) {
            case COMPLETE -> "complete";
            case INVALID -> "invalid";
            case INCOMPLETE -> verdict.indent();
        };
    }
}
