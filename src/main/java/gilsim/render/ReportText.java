package gilsim.render;

import gilsim.sim.Activity;
import gilsim.sim.Crash;
import gilsim.sim.Figures;
import gilsim.sim.Leak;
import gilsim.sim.LostUpdate;
import gilsim.sim.RunResult;
import gilsim.sim.TimelineData;
import gilsim.sim.WatchData;
import gilsim.sim.settings.Durations;
import gilsim.sim.settings.Settings;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A run result as aligned {@code text/plain} (DESIGN.md §6): the settings, the throughput table
 * (per thread and total), the crash and leaks, one timeline row per thread (a character per time
 * column: the activity that filled most of it) and the watched counts. For consoles, e-mail and
 * tests that diff.
 */
public final class ReportText {
    /** Characters of a timeline row. */
    static final int TIMELINE_WIDTH = 64;

    private ReportText() {}

    public static String render(RunResult r) {
        StringBuilder sb = new StringBuilder();
        sb.append(header(r.settings(), r.threads().size())).append('\n');
        if (r.status() != RunResult.Status.OK) sb.append("status: ").append(r.status().name().toLowerCase(Locale.ROOT)).append('\n');
        sb.append('\n').append(table(r)).append('\n');
        if (r.crash() != null) crash(sb, r.crash());
        leaks(sb, "leaks (stored count above the true one: never freed)", r.leaks());
        leaks(sb, "undercounts (stored count below the true one: freed too early later)", r.undercounts());
        timeline(sb, r.timeline());
        for (WatchData w : r.watches()) watch(sb, w);
        for (String n : r.notes()) sb.append("note: ").append(n).append('\n');
        return sb.toString();
    }

    /** A {@code %%compare} table: one row per combination, the settings that vary first. */
    public static String renderCompare(List<RunResult> runs) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"python", "gil", "refcount", "immortal", "threads", "cores", "switch interval", "wall",
            "lost", "contended", "throughput", "speedup", "outcome"});
        for (RunResult r : runs) {
            Settings s = r.settings();
            Figures t = r.total();
            rows.add(new String[] {s.python().label(), s.gil().label(), s.refcount().label(), s.immortal() ? "on" : "off",
                String.valueOf(s.threads()), String.valueOf(s.cores()), Durations.format(s.switchIntervalNs()),
                Durations.format(t.wallNs()), count(t.lostUpdates()), count(t.contendedOps()), rate(t.throughputIps()),
                t.speedup() == null ? "-" : String.format(Locale.ROOT, "%.2fx", t.speedup()),
                r.crash() != null ? r.crash().kind() : !r.leaks().isEmpty() ? r.leaks().size() + " leaks"
                        : r.status().name().toLowerCase(Locale.ROOT)});
        }
        return align(rows);
    }

    /** The settings in one line; {@code ran} threads, when not the {@code %threads} setting, follow it. */
    static String header(Settings s, int ran) {
        StringBuilder h = new StringBuilder();
        h.append("python ").append(s.python().label());
        h.append(" | gil ").append(s.gil().label()).append(mark(s, "gil"));
        h.append(" | refcount ").append(s.refcount().label()).append(mark(s, "refcount"));
        h.append(" | immortal ").append(s.immortal() ? "on" : "off").append(mark(s, "immortal"));
        h.append(" | threads ").append(s.threads());
        if (ran != s.threads()) h.append(" (").append(ran).append(" ran)");
        h.append(" | cores ").append(s.cores());
        h.append(" | switch interval ").append(Durations.format(s.switchIntervalNs())).append(mark(s, "switch_interval_ns"));
        h.append(" | seed ").append(s.seed());
        return h.toString();
    }

    private static String mark(Settings s, String key) {
        return s.overridden().contains(key) ? "*" : "";
    }

    private static final String[] COLUMNS = {"thread", "instructions", "wall", "cpu", "GIL wait", "I/O", "switches",
        "refcount ops", "atomic", "contended", "lost", "throughput", "speedup"};

    static String table(RunResult r) {
        List<String[]> rows = new ArrayList<>();
        rows.add(COLUMNS);
        for (Figures f : r.threads()) rows.add(row(f, WorkShares.speedupMeaningful(f)));
        if (r.threads().size() != 1) rows.add(row(r.total(), true));
        String note = WorkShares.anyNegligible(r.threads())
                ? "speedup -: the thread's own work is under " + Math.round(WorkShares.SHARE * 100)
                + "% of the wall time, so its speedup says nothing\n" : "";
        return align(rows) + note;
    }

    /** Columns padded to their widest cell: the first left-aligned, the others right-aligned. */
    private static String align(List<String[]> rows) {
        int[] width = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) width[i] = Math.max(width[i], row[i].length());
        }
        StringBuilder sb = new StringBuilder();
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                if (i > 0) sb.append("  ");
                String cell = row[i];
                String pad = " ".repeat(width[i] - cell.length());
                sb.append(i == 0 ? cell + pad : pad + cell);
            }
            sb.append('\n');
        }
        return sb.toString().replaceAll(" +\n", "\n");
    }

    /** A row of the table; {@code speedup} false writes "-" for a speedup that says nothing. */
    private static String[] row(Figures f, boolean speedup) {
        return new String[] {f.name(), count(f.instructions()), Durations.format(f.wallNs()), Durations.format(f.cpuNs()),
            Durations.format(f.gilWaitNs()), Durations.format(f.ioNs()), count(f.gilSwitches()), count(f.refcountOps()),
            count(f.atomicOps()), count(f.contendedOps()), count(f.lostUpdates()), rate(f.throughputIps()),
            f.speedup() == null || !speedup ? "-" : String.format(Locale.ROOT, "%.2fx", f.speedup())};
    }

    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static String rate(double ips) {
        if (ips >= 1e9) return String.format(Locale.ROOT, "%.2f G/s", ips / 1e9);
        if (ips >= 1e6) return String.format(Locale.ROOT, "%.1f M/s", ips / 1e6);
        if (ips >= 1e3) return String.format(Locale.ROOT, "%.1f k/s", ips / 1e3);
        return String.format(Locale.ROOT, "%.0f /s", ips);
    }

    private static void crash(StringBuilder sb, Crash c) {
        sb.append("CRASH (").append(c.kind()).append(") in ").append(c.thread()).append(" at ")
                .append(Durations.format(c.timeNs())).append(": ").append(c.object()).append('\n');
        sb.append("  ").append(c.message()).append('\n');
        for (LostUpdate u : c.lostUpdates()) {
            sb.append("  lost update at ").append(Durations.format(u.timeNs())).append(": ").append(u.lostThread())
                    .append("'s ").append(u.op()).append(" overwritten by ").append(u.otherThread()).append('\n');
        }
        sb.append('\n');
    }

    private static void leaks(StringBuilder sb, String title, List<Leak> leaks) {
        if (leaks.isEmpty()) return;
        sb.append(title).append(":\n");
        for (Leak l : leaks) {
            sb.append("  ").append(l.object()).append(": stored ").append(l.stored()).append(", true ")
                    .append(l.trueCount()).append('\n');
        }
        sb.append('\n');
    }

    static void timeline(StringBuilder sb, TimelineData t) {
        if (t.threads().isEmpty() || t.endNs() <= 0) return;
        long columnNs = Math.max(1, (t.endNs() + TIMELINE_WIDTH - 1) / TIMELINE_WIDTH);
        int nameWidth = 0;
        for (TimelineData.ThreadRow row : t.threads()) nameWidth = Math.max(nameWidth, row.name().length());
        sb.append("timeline, one column per ").append(Durations.format(columnNs)).append(":\n");
        for (TimelineData.ThreadRow row : t.threads()) {
            sb.append(row.name()).append(" ".repeat(nameWidth - row.name().length())).append(" |")
                    .append(timelineRow(row, t.bucketNs(), columnNs, t.endNs())).append("|\n");
        }
        StringBuilder legend = new StringBuilder();
        for (Activity a : Activity.values()) {
            if (a == Activity.NOT_STARTED || a == Activity.FINISHED) continue;
            if (legend.length() > 0) legend.append(", ");
            legend.append(a.code()).append(" ").append(a.label());
        }
        sb.append(" ".repeat(nameWidth)).append("  ").append(legend).append("\n\n");
    }

    /**
     * A thread's row, a character per column: the activity that filled most of it. A thread that
     * ran for less than half a column in every column would leave no mark at all, as if it had
     * never run: it gets one character of its own main activity, in the column where it was alive
     * longest.
     */
    static String timelineRow(TimelineData.ThreadRow row, long bucketNs, long columnNs, long endNs) {
        StringBuilder out = new StringBuilder(TIMELINE_WIDTH);
        long[] whole = new long[Activity.values().length];
        int aliveColumn = -1;
        long aliveMost = 0;
        for (int c = 0; c < TIMELINE_WIDTH && c * columnNs < endNs; c++) {
            long[] sum = sums(row, bucketNs, c * columnNs, (c + 1) * columnNs);
            out.append(dominant(sum, Activity.values()).code());
            long alive = 0;
            for (Activity a : ALIVE) {
                alive += sum[a.ordinal()];
                whole[a.ordinal()] += sum[a.ordinal()];
            }
            if (alive > aliveMost) {
                aliveMost = alive;
                aliveColumn = c;
            }
        }
        boolean marked = false;
        for (Activity a : ALIVE) marked |= out.indexOf(String.valueOf(a.code())) >= 0;
        if (!marked && aliveColumn >= 0) out.setCharAt(aliveColumn, dominant(whole, ALIVE).code());
        return out.toString();
    }

    /** The states of a thread that has started and not yet finished. */
    private static final Activity[] ALIVE = java.util.Arrays.stream(Activity.values())
            .filter(a -> a != Activity.NOT_STARTED && a != Activity.FINISHED).toArray(Activity[]::new);

    /** The activity among {@code among} with the most time, FINISHED when none has any. */
    private static Activity dominant(long[] sum, Activity[] among) {
        Activity best = Activity.FINISHED;
        long most = 0;
        for (Activity a : among) {
            if (sum[a.ordinal()] > most) {
                most = sum[a.ordinal()];
                best = a;
            }
        }
        return best;
    }

    /** Each activity's time in [from, to), from the buckets it overlaps. */
    private static long[] sums(TimelineData.ThreadRow row, long bucketNs, long from, long to) {
        long[] sum = new long[Activity.values().length];
        int first = (int) (from / bucketNs);
        int last = (int) Math.min(row.ns().length - 1, (to - 1) / bucketNs);
        for (int b = first; b <= last; b++) {
            long bs = b * bucketNs;
            long overlap = Math.min(to, bs + bucketNs) - Math.max(from, bs);
            if (overlap <= 0) continue;
            for (int s = 0; s < sum.length; s++) sum[s] += row.ns()[b][s] * overlap / bucketNs;
        }
        return sum;
    }

    private static void watch(StringBuilder sb, WatchData w) {
        sb.append("watch ").append(w.name()).append(": ").append(w.object());
        if (w.startNs() > 0) sb.append(", watched from ").append(Durations.format(w.startNs()));
        sb.append('\n');
        sb.append("  stored ").append(w.startStored()).append(" -> ").append(w.endStored()).append(", true ")
                .append(w.startTrue()).append(" -> ").append(w.endTrue()).append(", ").append(count(w.ops()))
                .append(" counts, ").append(count(w.lostUpdates())).append(" lost");
        if (w.freedAtNs() >= 0) sb.append(", freed at ").append(Durations.format(w.freedAtNs()));
        sb.append("\n\n");
    }
}
