package gilsim.render;

import gilsim.sim.Figures;
import gilsim.sim.RunResult;
import gilsim.sim.settings.Durations;
import gilsim.sim.settings.Settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A {@code %%compare} report as {@code text/html}: the settings all runs share, a table with a row
 * per combination (the settings that vary, wall time, throughput, speedup with a bar, lost
 * updates, what went wrong) and the scaling chart. Same rules as {@link ReportHtml}: real tables,
 * the chart as an {@code <img>}, styles from the sanitizer's allow-list only.
 */
public final class CompareHtml {
    /** Longest speedup bar in the table, in px. */
    private static final int BAR_PX = 90;

    private CompareHtml() {}

    public static String render(CompareResult compare) {
        StringBuilder out = new StringBuilder(8192).append("<div style=\"max-width:940px;line-height:1.4\">");
        out.append("<p style=\"margin:0 0 4px 0;font-size:1.1em\"><b>").append(Html.esc(title(compare)))
                .append("</b></p>");
        if (compare.rows().isEmpty()) return out.append("</div>").toString();
        out.append("<div style=\"margin:0 0 6px 0\"><span>same for all: </span>");
        for (String chip : sharedChips(compare)) out.append(Html.chip(chip));
        out.append("</div>");
        out.append(table(compare));
        if (compare.columns().stream().anyMatch(compare::derived)) {
            out.append("<p style=\"margin:0 0 4px 0\">").append(Html.esc(DERIVED_NOTE)).append("</p>");
        }
        out.append(Html.caption(Captions.compare(compare)));
        Optional<WallComparison> wall = WallComparison.of(compare);
        if (wall.isPresent()) {
            out.append(Html.heading("Simulated wall time", "per combination, the same work in each: shorter is faster"));
            out.append(WallChart.img(compare, wall.get()));
            out.append(Html.caption(Captions.wallChart(compare, wall.get(), true)));
        } else if (compare.rows().stream().map(r -> r.settings().threads()).distinct().count() > 1) {
            out.append(Html.heading("Speedup", "against threads, a line per combination of the other settings; "
                    + "dashed: ideal"));
            out.append(ScalingChart.img(compare));
            out.append(Html.caption(Captions.scaling(compare)));
        }
        return out.append("</div>").toString();
    }

    static String title(CompareResult compare) {
        return "%%compare · " + Units.plural(compare.rows().size(), "combination", "combinations")
                + (compare.keys().isEmpty() ? "" : " of " + String.join(", ", compare.keys()));
    }

    /** Under the table when a column follows from each row's preset rather than from a key. */
    static final String DERIVED_NOTE = "† set per row by its python preset (not a key of the %%compare line)";

    /** A column's header: the key, or the setting marked † when a preset made it differ. */
    static String header(CompareResult compare, String column) {
        return compare.derived(column) ? column + " †" : column;
    }

    /** The settings every run shares, as chips (the ones that differ are the table's columns). */
    private static List<String> sharedChips(CompareResult compare) {
        Settings s = compare.rows().get(0).settings();
        List<String> chips = new ArrayList<>();
        for (String setting : compare.sharedSettings()) {
            chips.add(Html.esc(switch (setting) {
                case "threads" -> Units.plural(s.threads(), "thread", "threads");
                case "cores" -> Units.plural(s.cores(), "core", "cores");
                case "gil" -> "GIL " + s.gil().label();
                case "switchinterval" -> "switch interval " + Durations.format(s.switchIntervalNs());
                default -> setting + " " + CompareResult.label(setting, s);
            }));
        }
        chips.add(Html.esc("seed " + s.seed()));
        return chips;
    }

    private static String table(CompareResult compare) {
        Optional<WallComparison> wall = WallComparison.of(compare);
        boolean speedups = showsSpeedup(compare);
        long maxWall = 0;
        double maxSpeedup = 0;
        for (CompareResult.Row row : compare.rows()) {
            maxWall = Math.max(maxWall, row.result().total().wallNs());
            Double s = row.result().total().speedup();
            if (s != null) maxSpeedup = Math.max(maxSpeedup, s);
        }
        Units.TimeUnit unit = Units.TimeUnit.forSpan(maxWall);
        StringBuilder out = new StringBuilder("<div style=\"overflow-x:auto\">").append(Html.TABLE).append("<thead><tr>");
        for (String column : compare.columns()) out.append(Html.th(header(compare, column), false));
        out.append(Html.th("wall (" + unit.symbol() + ")", true));
        wall.ifPresent(w -> out.append(Html.th(w.header(compare.keys()), true)));
        out.append(Html.th("instructions/s", true));
        if (speedups) out.append(Html.th("speedup", false));
        out.append(Html.th("lost updates", true))
                .append(Html.th("outcome", false)).append("</tr></thead><tbody>");
        for (CompareResult.Row row : compare.rows()) {
            Figures t = row.result().total();
            out.append("<tr>");
            for (String column : compare.columns()) {
                out.append(Html.td(Html.esc(CompareResult.value(row, column)), false));
            }
            out.append(Html.td(Units.time(t.wallNs(), unit), true));
            wall.ifPresent(w -> out.append(Html.td(Html.nowrap(w.label(row)), true)));
            out.append(Html.td(Html.nowrap(Units.rate(t.throughputIps())), true));
            if (speedups) out.append(Html.td(speedupCell(t.speedup(), maxSpeedup), false));
            out.append(Html.td(t.lostUpdates() > 0 ? "<b>" + Units.count(t.lostUpdates()) + "</b>" : "0", true))
                    .append(Html.td(Html.esc(outcome(row.result())), false)).append("</tr>");
        }
        return out.append("</tbody></table></div>").toString();
    }

    /**
     * Whether the table has a speedup column: not when every row runs one thread, where each
     * model's speedup against itself on one thread is about 1× and says nothing (the JSON keeps it).
     */
    static boolean showsSpeedup(CompareResult compare) {
        return compare.rows().stream().anyMatch(r -> r.settings().threads() > 1);
    }

    /** The speedup and a bar as long as it (the bar repeats the number; it is not the only cue). */
    private static String speedupCell(Double speedup, double max) {
        if (speedup == null) return "—";
        int px = max <= 0 ? 0 : (int) Math.round(BAR_PX * speedup / max);
        return "<span style=\"display:inline-block;width:" + BAR_PX + "px\"><span style=\"display:inline-block;width:"
                + Math.max(1, px) + "px;height:10px;background-color:#0072b2\"></span></span> "
                + Html.esc(Units.speedup(speedup));
    }

    /** "ok", "use-after-free in T2 at 1.84 ms", "2 leaks", "interrupted", …. */
    static String outcome(RunResult r) {
        List<String> parts = new ArrayList<>();
        switch (r.status()) {
            case CRASHED -> parts.add(r.crash() == null ? "crashed"
                    : r.crash().kind() + " in " + r.crash().thread() + " at " + Units.duration(r.crash().timeNs()));
            case ERROR -> parts.add("error" + (r.error() == null ? "" : ": " + r.error().ename()));
            case INTERRUPTED -> parts.add("interrupted");
            case LIMIT -> parts.add("stopped by a limit");
            case DEADLOCK -> parts.add("deadlock");
            case OK -> { }
        }
        if (!r.leaks().isEmpty()) parts.add(Units.plural(r.leaks().size(), "leak", "leaks"));
        if (!r.undercounts().isEmpty()) parts.add(Units.plural(r.undercounts().size(), "undercount", "undercounts"));
        return parts.isEmpty() ? "ok" : String.join(", ", parts);
    }
}
