package gilsim.kernel;

import com.google.gson.JsonObject;
import gilsim.kernel.magic.CellSplitter;
import gilsim.kernel.magic.Completion;
import gilsim.kernel.magic.MagicCompleter;
import gilsim.kernel.magic.MagicException;
import gilsim.kernel.magic.MagicOutcome;
import gilsim.kernel.magic.Magics;
import gilsim.kernel.magic.ParsedCell;
import gilsim.sim.settings.Settings;
import io.github.spencerpark.jupyter.kernel.BaseKernel;
import io.github.spencerpark.jupyter.kernel.LanguageInfo;
import io.github.spencerpark.jupyter.kernel.ReplacementOptions;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The gilsim kernel, kept thin (STYLE §9): it splits a cell into magics and code, lets the
 * magics change the session's settings, and hands code to the layers below. Everything it
 * returns is plain data; {@link KernelServer} turns it into Jupyter messages.
 */
public final class GilSimKernel extends BaseKernel {
    public static final String VERSION = "0.1.0";

    private final CellRunner runner = new CellRunner();
    private volatile Settings settings = Settings.defaults();

    public Settings settings() { return settings; }

    // ---- execute ----

    /** Runs one cell. Never throws for anything a cell can contain. */
    public ExecutionOutcome execute(String cell, int executionCount, OutputChannel out) {
        runner.clearInterrupt();
        ParsedCell parsed = CellSplitter.split(cell);
        List<JsonObject> payloads = new ArrayList<>();
        for (var help : parsed.helpRequests()) payloads.add(pager(helpText(help.target(), help.isMagic())));

        // All line magics apply before the code runs, wherever they stand (DESIGN §3), and all
        // or none: a bad one leaves the settings as they were.
        MagicOutcome applied;
        try {
            applied = Magics.applyAll(settings, parsed.lineMagics());
        } catch (MagicException e) {
            return ExecutionOutcome.failed(ErrorFormatter.usage(e.ename(), e.getMessage()), payloads);
        }
        settings = applied.settings();
        if (applied.resetSession()) runner.reset();
        applied.outputs().forEach(out::display);

        KernelError error = runner.run(parsed, settings, executionCount, out);
        if (error != null) return ExecutionOutcome.failed(error, payloads);
        return ExecutionOutcome.ok(runner.takeResult(), payloads);
    }

    @Override
    public DisplayData eval(String expr) {
        ExecutionOutcome outcome = execute(expr, 0, OutputChannel.DISCARD);
        if (outcome.isError()) throw new IllegalArgumentException(outcome.error().ename() + ": " + outcome.error().evalue());
        return outcome.result();
    }

    @Override
    public void interrupt() {
        runner.interrupt();
    }

    // ---- complete, inspect, is_complete ----

    @Override
    public ReplacementOptions complete(String code, int cursor) {
        Optional<Completion> magic = MagicCompleter.complete(code, cursor);
        if (magic.isPresent()) {
            var c = magic.get();
            return new ReplacementOptions(c.matches(), c.start(), c.end());
        }
        return runner.complete(code, cursor);
    }

    @Override
    public DisplayData inspect(String code, int cursor, boolean detail) {
        String word = CodeText.wordAt(code, cursor);
        if (word.isEmpty()) return null;
        String text = helpText(word, word.startsWith("%"));
        return text == null ? null : new DisplayData(text);
    }

    @Override
    public String isComplete(String code) {
        return runner.isComplete(code, CellSplitter.split(code));
    }

    private String helpText(String target, boolean isMagic) {
        String name = target.replaceFirst("^%+", "");
        if (isMagic || target.startsWith("%")) {
            return Magics.help(target).orElse("Object `" + target + "` not found. %lsmagic lists the magics.");
        }
        Optional<String> magicHelp = Magics.help(name);
        if (magicHelp.isPresent() && runner.describe(name) == null) return magicHelp.get();
        String described = runner.describe(name);
        return described != null ? described : "Object `" + name + "` not found.";
    }

    private static JsonObject pager(String text) {
        JsonObject data = new JsonObject();
        data.addProperty("text/plain", text);
        JsonObject payload = new JsonObject();
        payload.addProperty("source", "page");
        payload.add("data", data);
        payload.addProperty("start", 0);
        return payload;
    }

    // ---- identity ----

    @Override
    public LanguageInfo getLanguageInfo() {
        return new LanguageInfo.Builder("gilsim")
                .version("3.11")
                .mimetype("text/x-python")
                .fileExtension(".py")
                .pygments("python")
                .codemirror(java.util.Map.of("name", "ipython", "version", 3))
                .exporter("script")
                .build();
    }

    @Override
    public String getBanner() {
        return "gilsim " + VERSION + " - a simulator of CPython 3.11's reference counting and GIL\n"
                + "Cells hold Python plus magics such as %threads 4 and %gil off. %lsmagic lists them, %help NAME explains one.";
    }

    @Override
    public List<LanguageInfo.Help> getHelpLinks() {
        return List.of(
                new LanguageInfo.Help("CPython 3.11 GIL: Python/ceval_gil.c", "https://github.com/python/cpython/blob/3.11/Python/ceval_gil.c"),
                new LanguageInfo.Help("PEP 703: Making the GIL optional", "https://peps.python.org/pep-0703/"),
                new LanguageInfo.Help("PEP 684: A per-interpreter GIL", "https://peps.python.org/pep-0684/"),
                new LanguageInfo.Help("PEP 683: Immortal objects", "https://peps.python.org/pep-0683/"));
    }
}
