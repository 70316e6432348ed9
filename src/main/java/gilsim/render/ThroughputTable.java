package gilsim.render;

import gilsim.sim.Figures;
import gilsim.sim.RefcountKinds;
import gilsim.sim.settings.GilMode;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * The throughput table: a row per thread and the total, as a real {@code <table>} (numbers must
 * survive the sanitizer and be copyable). Times share one unit, chosen from the run's wall time
 * and named in the group header. Columns that are zero for the whole run (I/O, the GIL's columns
 * without a GIL) are left out, so a table shows what this run is about; the text and JSON forms
 * keep every figure.
 *
 * <p>It must fit a notebook's output area (848 px in a 1280 px JupyterLab window with the file
 * browser open) without scrolling, whatever the model: refcount operations by kind go to a table
 * of their own ({@link #kindsHtml}) when the run used more than one kind, the waiting times too
 * ({@link #waitsHtml}) when the main table would have more than {@link #MAX_COLUMNS} columns;
 * counts of a million and more are written "7.02 M" (the exact count in the cell's title, and in
 * the text and JSON forms); headers are words that may wrap, thread names do not ({@link #threadName}).
 */
final class ThroughputTable {
    /** Threads shown one per row; the rest are summed into one row, so the table stays bounded. */
    static final int MAX_THREAD_ROWS = 32;
    /** Counts from a million on are written with an SI prefix in the HTML table. */
    private static final long COMPACT_FROM = 1_000_000;

    /** A column: group, header, how to read it from a thread's figures, and whether it is a number. */
    private record Column(String group, String header, Function<Figures, String> cell, boolean number) {}

    /** A kind of refcount operation: its header and how to read it. */
    private record Kind(String header, ToLongFunction<RefcountKinds> count) {}

    private static final List<Kind> KINDS = List.of(
            new Kind("plain", RefcountKinds::plain),
            new Kind("atomic", RefcountKinds::atomic),
            new Kind("biased local", RefcountKinds::biasedLocal),
            new Kind("biased shared", RefcountKinds::biasedShared),
            new Kind("queued", RefcountKinds::queued),
            new Kind("locked", RefcountKinds::locked),
            new Kind("global lock", RefcountKinds::globalLock),
            new Kind("skipped: immortal", RefcountKinds::immortalSkipped),
            new Kind("skipped: deferred", RefcountKinds::deferredSkipped));

    private ThroughputTable() {}

    /** Above this many columns the waiting times move to their own table ({@link #waitsHtml}). */
    static final int MAX_COLUMNS = 12;

    /**
     * The note under the table that explains a thread's "—" speedup, or "" when every thread's
     * speedup is shown (or none is known: a crashed or stopped run, which its caption explains).
     */
    static String negligibleNote(List<Figures> threads) {
        if (!WorkShares.anyNegligible(shownRows(threads))) return "";
        return "<p style=\"margin:0 0 6px 0;font-size:smaller\">" + Html.esc("— in a thread's speedup: its own work is under "
                + Math.round(WorkShares.SHARE * 100) + "% of the wall time (it mostly started, waited for or joined "
                + "other threads, or the run was too short for threads to pay off), so its speedup says nothing.")
                + "</p>";
    }

    static String html(List<Figures> threads, Figures total, GilMode gil) {
        Units.TimeUnit unit = Units.TimeUnit.forSpan(total.wallNs());
        List<Column> all = columns(total, unit, gil);
        return table(all.size() > MAX_COLUMNS ? withoutWaits(all) : all, threads, total);
    }

    /**
     * The waiting times (GIL, core, I/O, locks) of each thread when the main table had too many
     * columns to hold them, or "" when it holds them.
     */
    static String waitsHtml(List<Figures> threads, Figures total, GilMode gil) {
        Units.TimeUnit unit = Units.TimeUnit.forSpan(total.wallNs());
        List<Column> all = columns(total, unit, gil);
        if (all.size() <= MAX_COLUMNS) return "";
        List<Column> waits = new ArrayList<>(all.subList(0, 1));
        waits.addAll(all.stream().filter(ThroughputTable::isWait).toList());
        return table(waits, threads, total);
    }

    private static List<Column> withoutWaits(List<Column> columns) {
        return columns.stream().filter(c -> !isWait(c)).toList();
    }

    private static boolean isWait(Column c) {
        return c.group().startsWith("time") && !c.header().equals("wall") && !c.header().equals("CPU");
    }

    /**
     * The refcount operations of each thread by kind, or "" when the run used one kind only (then
     * the main table's group header names it).
     */
    static String kindsHtml(List<Figures> threads, Figures total) {
        List<Kind> used = usedKinds(total);
        if (used.size() <= 1) return "";
        List<Column> c = new ArrayList<>();
        c.add(new Column("", "thread", f -> threadName(f.name()), false));
        for (Kind k : used) c.add(new Column("", k.header(), f -> count(k.count().applyAsLong(f.kinds())), true));
        c.add(new Column("", "all", f -> count(f.refcountOps()), true));
        return table(c, threads, total);
    }

    private static String table(List<Column> columns, List<Figures> threads, Figures total) {
        StringBuilder out = new StringBuilder("<div style=\"overflow-x:auto\">").append(Html.TABLE);
        out.append("<thead>");
        if (columns.stream().anyMatch(c -> !c.group().isEmpty())) out.append(groupRow(columns));
        out.append("<tr>");
        for (Column c : columns) out.append(Html.th(c.header(), c.number()));
        out.append("</tr></thead><tbody>");
        for (Figures f : shownRows(threads)) {
            out.append("<tr>");
            for (Column c : columns) out.append(Html.td(c.cell().apply(f), c.number()));
            out.append("</tr>");
        }
        // One thread is its own total (the text form leaves it out too); a second row would only
        // differ where the total's figures are rounded from nanoseconds (0.99× beside 1.00×).
        if (threads.size() != 1) {
            out.append(Html.totalRow());
            for (Column c : columns) out.append(Html.td(c.cell().apply(total), c.number()));
            out.append("</tr>");
        }
        return out.append("</tbody></table></div>").toString();
    }

    /** The threads, or the first ones and a summed row for the others. */
    static List<Figures> shownRows(List<Figures> threads) {
        if (threads.size() <= MAX_THREAD_ROWS) return threads;
        List<Figures> rows = new ArrayList<>(threads.subList(0, MAX_THREAD_ROWS - 1));
        rows.add(Figures.sum("+" + (threads.size() - MAX_THREAD_ROWS + 1) + " more",
                threads.subList(MAX_THREAD_ROWS - 1, threads.size())));
        return rows;
    }

    private static String groupRow(List<Column> columns) {
        StringBuilder out = new StringBuilder("<tr>");
        int i = 0;
        while (i < columns.size()) {
            String group = columns.get(i).group();
            int j = i + 1;
            while (j < columns.size() && columns.get(j).group().equals(group)) j++;
            out.append("<th colspan=\"").append(j - i).append("\" style=\"text-align:center")
                    .append(group.isEmpty() ? "" : ";border-bottom:" + Html.RULE).append("\">")
                    .append(Html.esc(group)).append("</th>");
            i = j;
        }
        return out.append("</tr>").toString();
    }

    private static List<Kind> usedKinds(Figures total) {
        return KINDS.stream().filter(k -> k.count().applyAsLong(total.kinds()) > 0).toList();
    }

    /**
     * A thread's name on one line: "Thread-1 (work)" must not break at its hyphen. A name longer
     * than {@link #UNBROKEN_NAME} characters may break at its spaces only, so that the widest
     * table still fits the output area.
     */
    static String threadName(String name) {
        // Letters and digits alone never break (and most tables are T0, T1, ...): no span needed.
        if (name.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '_')) return Html.esc(name);
        if (name.length() <= UNBROKEN_NAME) return NO_WRAP + Html.esc(name) + "</span>";
        StringBuilder out = new StringBuilder();
        for (String word : name.split(" ", -1)) {
            if (out.length() > 0) out.append(' ');
            out.append(NO_WRAP).append(Html.esc(word)).append("</span>");
        }
        return out.toString();
    }

    /** The longest thread name kept on one line ("Thread-10 (work)" and shorter). */
    static final int UNBROKEN_NAME = 16;
    private static final String NO_WRAP = "<span style=\"white-space:nowrap\">";

    /** "12,345", or "7.02 M" with the exact count in a title for big ones. */
    static String count(long n) {
        if (Math.abs(n) < COMPACT_FROM) return Units.count(n);
        return "<span title=\"" + Units.count(n) + "\">" + Html.nowrap(Units.compact(n)) + "</span>";
    }

    /**
     * The columns: first what the run achieved (instructions, per second, speedup), then where the
     * time went, the GIL's hand-overs and the refcount operations.
     */
    private static List<Column> columns(Figures total, Units.TimeUnit unit, GilMode gil) {
        String time = "time (" + unit.symbol() + ")";
        List<Column> c = new ArrayList<>();
        c.add(new Column("", "thread", f -> threadName(f.name()), false));
        c.add(new Column("instructions", "run", f -> count(f.instructions()), true));
        c.add(new Column("instructions", "per second", f -> Html.nowrap(Units.rate(f.throughputIps())), true));
        c.add(new Column("", "speedup", f -> f == total || WorkShares.speedupMeaningful(f)
                ? Units.speedup(f.speedup()) : "—", true));
        c.add(new Column(time, "wall", f -> Units.time(f.wallNs(), unit), true));
        c.add(new Column(time, "CPU", f -> Units.time(f.cpuNs(), unit), true));
        // Without a GIL nobody waits for it or hands it over: two columns of zeros say nothing
        // the header's "GIL off" does not.
        boolean gilColumns = gil != GilMode.OFF || total.gilWaitNs() > 0 || total.gilSwitches() > 0;
        if (gilColumns) c.add(new Column(time, "GIL wait", f -> Units.time(f.gilWaitNs(), unit), true));
        optionalTime(c, total, time, "no core", Figures::descheduledNs, unit);
        optionalTime(c, total, time, "I/O", Figures::ioNs, unit);
        optionalTime(c, total, time, "lock wait", Figures::lockWaitNs, unit);
        optionalTime(c, total, time, "refcount lock", Figures::refcountLockWaitNs, unit);
        if (gilColumns) c.add(new Column("GIL", "switches", f -> count(f.gilSwitches()), true));
        if (total.failedWakeups() > 0) {
            c.add(new Column("GIL", "failed wake-ups", f -> count(f.failedWakeups()), true));
        }
        List<Kind> kinds = usedKinds(total);
        String ops = kinds.size() == 1 ? "refcount ops (" + kinds.get(0).header() + ")" : "refcount ops";
        c.add(new Column(ops, "all", f -> count(f.refcountOps()), true));
        c.add(new Column(ops, "contended", f -> count(f.contendedOps()), true));
        c.add(new Column(ops, "lost", f -> f.lostUpdates() > 0 ? "<b>" + count(f.lostUpdates()) + "</b>" : "0",
                true));
        return c;
    }

    private static void optionalTime(List<Column> c, Figures total, String group, String header,
                                     ToLongFunction<Figures> value, Units.TimeUnit unit) {
        if (value.applyAsLong(total) > 0) {
            c.add(new Column(group, header, f -> Units.time(value.applyAsLong(f), unit), true));
        }
    }
}
