package gilsim.render;

import gilsim.sim.Figures;
import gilsim.sim.RefcountKinds;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * The throughput table: a row per thread and the total, as a real {@code <table>} (numbers must
 * survive the sanitizer and be copyable). Times share one unit, chosen from the run's wall time
 * and named in the group header. Columns that are zero for the whole run (I/O, refcount kinds the
 * model does not use) are left out, so a table shows what this run is about; the text and JSON
 * forms keep every figure.
 */
final class ThroughputTable {
    /** Threads shown one per row; the rest are summed into one row, so the table stays bounded. */
    static final int MAX_THREAD_ROWS = 32;

    /** A column: header, group, how to read it from a thread's figures, and whether it is shown. */
    private record Column(String group, String header, Function<Figures, String> cell, boolean number) {}

    private ThroughputTable() {}

    static String html(List<Figures> threads, Figures total) {
        Units.TimeUnit unit = Units.TimeUnit.forSpan(total.wallNs());
        List<Column> columns = columns(threads, total, unit);
        StringBuilder out = new StringBuilder("<div style=\"overflow-x:auto\">").append(Html.TABLE);
        out.append("<thead>").append(groupRow(columns)).append("<tr>");
        for (Column c : columns) out.append(Html.th(c.header(), c.number()));
        out.append("</tr></thead><tbody>");
        for (Figures f : shownRows(threads)) {
            out.append("<tr>");
            for (Column c : columns) out.append(Html.td(c.cell().apply(f), c.number()));
            out.append("</tr>");
        }
        out.append(Html.totalRow());
        for (Column c : columns) out.append(Html.td(c.cell().apply(total), c.number()));
        return out.append("</tr></tbody></table></div>").toString();
    }

    /** The threads, or the first ones and a summed row for the others. */
    static List<Figures> shownRows(List<Figures> threads) {
        if (threads.size() <= MAX_THREAD_ROWS) return threads;
        List<Figures> rows = new ArrayList<>(threads.subList(0, MAX_THREAD_ROWS - 1));
        rows.add(sum("+" + (threads.size() - MAX_THREAD_ROWS + 1) + " more",
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

    private static List<Column> columns(List<Figures> threads, Figures total, Units.TimeUnit unit) {
        String time = "time (" + unit.symbol() + ")";
        List<Column> c = new ArrayList<>();
        c.add(new Column("", "thread", f -> Html.nowrap(f.name()), false));
        c.add(new Column("", "instructions", f -> Units.count(f.instructions()), true));
        c.add(new Column(time, "wall", f -> Units.time(f.wallNs(), unit), true));
        c.add(new Column(time, "CPU", f -> Units.time(f.cpuNs(), unit), true));
        c.add(new Column(time, "GIL wait", f -> Units.time(f.gilWaitNs(), unit), true));
        optionalTime(c, total, time, "no core", Figures::descheduledNs, unit);
        optionalTime(c, total, time, "I/O", Figures::ioNs, unit);
        optionalTime(c, total, time, "lock wait", Figures::lockWaitNs, unit);
        optionalTime(c, total, time, "refcount lock", Figures::refcountLockWaitNs, unit);
        c.add(new Column("GIL", "switches", f -> Units.count(f.gilSwitches()), true));
        if (total.failedWakeups() > 0) {
            c.add(new Column("GIL", "failed wake-ups", f -> Units.count(f.failedWakeups()), true));
        }
        String ops = "refcount operations";
        c.add(new Column(ops, "all", f -> Units.count(f.refcountOps()), true));
        RefcountKinds k = total.kinds();
        optionalCount(c, ops, "plain", k.plain(), f -> f.kinds().plain());
        optionalCount(c, ops, "atomic", k.atomic(), f -> f.kinds().atomic());
        optionalCount(c, ops, "biased local", k.biasedLocal(), f -> f.kinds().biasedLocal());
        optionalCount(c, ops, "biased shared", k.biasedShared(), f -> f.kinds().biasedShared());
        optionalCount(c, ops, "queued", k.queued(), f -> f.kinds().queued());
        optionalCount(c, ops, "locked", k.locked(), f -> f.kinds().locked());
        optionalCount(c, ops, "global lock", k.globalLock(), f -> f.kinds().globalLock());
        optionalCount(c, ops, "skipped: immortal", k.immortalSkipped(), f -> f.kinds().immortalSkipped());
        optionalCount(c, ops, "skipped: deferred", k.deferredSkipped(), f -> f.kinds().deferredSkipped());
        c.add(new Column(ops, "contended", f -> Units.count(f.contendedOps()), true));
        c.add(new Column(ops, "lost", f -> f.lostUpdates() > 0 ? "<b>" + Units.count(f.lostUpdates()) + "</b>" : "0",
                true));
        c.add(new Column("", "instructions/s", f -> Html.nowrap(Units.rate(f.throughputIps())), true));
        c.add(new Column("", "speedup", f -> Units.speedup(f.speedup()), true));
        return c;
    }

    private static void optionalTime(List<Column> c, Figures total, String group, String header,
                                     ToLongFunction<Figures> value, Units.TimeUnit unit) {
        if (value.applyAsLong(total) > 0) {
            c.add(new Column(group, header, f -> Units.time(value.applyAsLong(f), unit), true));
        }
    }

    private static void optionalCount(List<Column> c, String group, String header, long totalValue,
                                      ToLongFunction<Figures> value) {
        if (totalValue > 0) c.add(new Column(group, header, f -> Units.count(value.applyAsLong(f)), true));
    }

    /** The figures of several threads added up (for the folded row); speedups add up as in the total. */
    static Figures sum(String name, List<Figures> rows) {
        long instructions = 0, wall = 0, cpu = 0, wait = 0, switches = 0, ops = 0, atomic = 0, contended = 0;
        long lost = 0, io = 0, lockWait = 0, desched = 0, own = 0, failed = 0, cs = 0, rcWait = 0;
        double throughput = 0;
        Double speedup = 0.0;
        RefcountKinds kinds = new RefcountKinds(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        for (Figures f : rows) {
            instructions += f.instructions();
            wall = Math.max(wall, f.wallNs());
            cpu += f.cpuNs();
            wait += f.gilWaitNs();
            switches += f.gilSwitches();
            ops += f.refcountOps();
            atomic += f.atomicOps();
            contended += f.contendedOps();
            lost += f.lostUpdates();
            io += f.ioNs();
            lockWait += f.lockWaitNs();
            desched += f.descheduledNs();
            own += f.ownWorkNs();
            failed += f.failedWakeups();
            cs += f.contextSwitches();
            rcWait += f.refcountLockWaitNs();
            throughput += f.throughputIps();
            speedup = speedup == null || f.speedup() == null ? null : speedup + f.speedup();
            RefcountKinds k = f.kinds();
            kinds = new RefcountKinds(kinds.plain() + k.plain(), kinds.atomic() + k.atomic(),
                    kinds.contended() + k.contended(), kinds.biasedLocal() + k.biasedLocal(),
                    kinds.biasedShared() + k.biasedShared(), kinds.locked() + k.locked(),
                    kinds.globalLock() + k.globalLock(), kinds.immortalSkipped() + k.immortalSkipped(),
                    kinds.deferredSkipped() + k.deferredSkipped(), kinds.queued() + k.queued());
        }
        return new Figures(name, instructions, wall, cpu, wait, switches, ops, atomic, contended, lost, throughput,
                speedup, io, lockWait, desched, own, failed, cs, rcWait, kinds);
    }
}
