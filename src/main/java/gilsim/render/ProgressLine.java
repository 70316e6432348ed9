package gilsim.render;

import gilsim.sim.RunResult;

/**
 * The progress display of a long run (DESIGN.md §6): a line updated in place while the machine
 * runs, then replaced by a one-line "done". Only simulated figures appear (simulated time,
 * threads, instructions against the budget), never a real-time one, so that a notebook executes
 * to the same bytes every time.
 */
public final class ProgressLine {
    /** Characters of the text bar. */
    static final int BAR = 20;

    private ProgressLine() {}

    /** "simulating: [#####---------------] 25% of the instruction budget · 12.4 ms simulated · 4 threads". */
    public static String text(long simulatedNs, int threads, long instructions, long budget) {
        int percent = percent(instructions, budget);
        int filled = percent * BAR / 100;
        return "simulating: [" + "#".repeat(filled) + "-".repeat(BAR - filled) + "] " + percent
                + "% of the instruction budget · " + Units.duration(simulatedNs) + " simulated · "
                + Units.plural(threads, "thread", "threads");
    }

    /** The same as HTML: a {@code <progress>} bar (kept by JupyterLab's sanitizer) and the words. */
    public static String html(long simulatedNs, int threads, long instructions, long budget) {
        int percent = percent(instructions, budget);
        return "<div><progress max=\"100\" value=\"" + percent + "\" style=\"width:200px;vertical-align:middle\">"
                + percent + "%</progress> <span>" + Html.esc(percent + "% of the instruction budget · "
                + Units.duration(simulatedNs) + " simulated · " + Units.plural(threads, "thread", "threads"))
                + "</span></div>";
    }

    /** The final line: "done: 12.4 ms simulated · 4 threads · 148,000,000 instructions" (or how it ended). */
    public static String done(long simulatedNs, int threads, long instructions, RunResult.Status status) {
        String how = switch (status) {
            case OK -> "done";
            case ERROR -> "ended with an error";
            case INTERRUPTED -> "interrupted";
            case LIMIT -> "stopped by a limit";
            case DEADLOCK -> "stopped: deadlock";
            case CRASHED -> "stopped by a simulated crash";
        };
        return how + ": " + Units.duration(simulatedNs) + " simulated · " + Units.plural(threads, "thread", "threads")
                + " · " + Units.plural(instructions, "instruction", "instructions");
    }

    /** The done line as HTML, for the same display's last update. */
    public static String doneHtml(long simulatedNs, int threads, long instructions, RunResult.Status status) {
        return "<div>" + Html.esc(done(simulatedNs, threads, instructions, status)) + "</div>";
    }

    private static int percent(long instructions, long budget) {
        if (budget <= 0) return 0;
        return (int) Math.max(0, Math.min(100, instructions * 100 / budget));
    }
}
