package gilsim.render;

import gilsim.sim.RunResult;
import gilsim.sim.WatchData;
import gilsim.sim.settings.ReportLevel;

import java.util.List;

/**
 * A run's report as {@code text/html} (DESIGN.md §6): the header with the settings, the crash in
 * plain words, the throughput table, the thread/GIL timeline, a refcount timeline per watched
 * object, and the leaks, each chart with one sentence that says what to look at.
 *
 * <p>It must read the same in a trusted notebook, an untrusted one (JupyterLab's sanitizer), an
 * nbconvert handout and VS Code: numbers in real tables, charts as {@code <img>} with SVG
 * {@code data:} URLs ({@link Svg}), no script, no {@code <style>}, no external URL or font, inline
 * styles from the sanitizer's allow-list only ({@link Html}). Bounded: tables and charts fold
 * what does not fit (threads past a limit, timeline columns, refcount points), so a report stays
 * well under 150 KB whatever the run.
 */
public final class ReportHtml {
    /** SVG bytes (before base64) shared by all refcount charts of a report. */
    private static final int REFCOUNT_SVG_BYTES = 45_000;
    /** A refcount chart may always have this much, however many objects are watched. */
    private static final int MIN_REFCOUNT_SVG_BYTES = 3_000;

    private ReportHtml() {}

    /** The report; "" for {@link ReportLevel#OFF}. SUMMARY leaves out the charts. */
    public static String render(RunResult r, ReportLevel level) {
        if (level == ReportLevel.OFF) return "";
        StringBuilder out = new StringBuilder(16384).append("<div style=\"max-width:940px;line-height:1.4\">");
        out.append(ReportHeader.html(r));
        if (r.crash() != null) out.append(CrashBox.html(r.crash(), r.settings()));
        if (r.status() != RunResult.Status.OK && r.status() != RunResult.Status.CRASHED) {
            out.append("<p style=\"margin:4px 0\">").append(Html.esc(statusWords(r))).append("</p>");
        }
        for (String note : r.notes()) out.append("<p style=\"margin:2px 0\">Note: ").append(Html.esc(note)).append("</p>");

        out.append(Html.heading("Throughput", "simulated; speedup = the threads' own work at one-thread cost ÷ wall time"));
        out.append(ThroughputTable.html(r.threads(), r.total(), r.settings().gil()));
        out.append(ThroughputTable.negligibleNote(r.threads()));
        out.append(Html.caption(Captions.throughput(r)));
        String waits = ThroughputTable.waitsHtml(r.threads(), r.total(), r.settings().gil());
        if (!waits.isEmpty()) {
            out.append(Html.heading("Waiting", "time each thread spent not running, by cause"));
            out.append(waits);
        }
        String kinds = ThroughputTable.kindsHtml(r.threads(), r.total());
        if (!kinds.isEmpty()) {
            out.append(Html.heading("Refcount operations by kind", "how the model updated each count"));
            out.append(kinds);
        }

        if (level == ReportLevel.FULL) {
            long endNs = Math.max(r.total().wallNs(), r.timeline() == null ? 0 : r.timeline().endNs());
            int left = TimelineChart.leftFor(r.timeline());
            if (r.settings().timeline() && r.timeline() != null && !r.timeline().threads().isEmpty()) {
                out.append(Html.heading("Who ran when", "a row per thread; %timeline off hides it"));
                out.append(TimelineChart.img(r.timeline(), endNs, left, r.crash()));
                out.append(Html.caption(Captions.timeline(r)));
            }
            int perWatch = Math.max(MIN_REFCOUNT_SVG_BYTES, REFCOUNT_SVG_BYTES / Math.max(1, r.watches().size()));
            for (int i = 0; i < r.watches().size(); i++) {
                WatchData w = r.watches().get(i);
                out.append("<p style=\"margin:12px 0 2px 0\"><b>Reference count of <code>").append(Html.esc(w.name()))
                        .append("</code></b> <span>").append(Html.esc(w.object())).append("</span></p>");
                out.append(RefcountChart.img(w, endNs, left, perWatch, r.crash()));
                out.append(Html.caption(Captions.refcount(w, r)));
            }
        }
        out.append(LeaksTable.html("Leaks", "stored count above the true count at the end: these never reach 0",
                r.leaks()));
        out.append(LeaksTable.html("Undercounts", "stored count below the true count: a later decrement frees them "
                + "while still in use", r.undercounts()));
        return out.append("</div>").toString();
    }

    private static String statusWords(RunResult r) {
        String what = switch (r.status()) {
            case INTERRUPTED -> "Interrupted: the numbers below are what was measured until then.";
            case LIMIT -> "Stopped by a limit: the numbers below are what was measured until then.";
            case DEADLOCK -> "Deadlock: every thread waited for another (the error above says who waits for what); "
                    + "the numbers below are what was measured until then.";
            default -> "A thread ended with an error (traceback above): the numbers below cover the run until then.";
        };
        return r.error() == null || r.error().ename().isEmpty() ? what : what + " (" + r.error().ename() + ")";
    }
}
