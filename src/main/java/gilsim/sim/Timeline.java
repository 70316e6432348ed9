package gilsim.sim;

import java.util.ArrayList;
import java.util.List;

/**
 * Each thread's activities over simulated time, aggregated so that memory stays bounded whatever
 * the run's length: {@link #BUCKETS} time buckets per thread, each holding the time spent in each
 * {@link Activity}, and the GIL hand-offs to that thread. When the run outgrows the buckets, their
 * width doubles and neighbours merge. All threads share one width, so their rows line up.
 */
public final class Timeline {
    public static final int BUCKETS = 256;
    /** The first width: 1 ns, so that a run of a few µs still shows each thread's start and turn. */
    static final long FIRST_WIDTH_PS = 1_000;
    private static final int STATES = Activity.values().length;

    private long widthPs = FIRST_WIDTH_PS;
    private final List<Row> rows = new ArrayList<>();
    private long endPs;

    /** One thread's row. */
    static final class Row {
        final String name;
        final long[][] ps = new long[BUCKETS][STATES];
        final int[] handoffs = new int[BUCKETS];

        Row(String name) {
            this.name = name;
        }
    }

    Row addThread(String name) {
        Row r = new Row(name);
        rows.add(r);
        return r;
    }

    /** The thread spent [from, to) in {@code a}. */
    void add(Row row, Activity a, long from, long to) {
        if (to <= from) return;
        fit(to);
        endPs = Math.max(endPs, to);
        int s = a.ordinal();
        while (from < to) {
            int b = (int) (from / widthPs);
            long end = Math.min(to, (b + 1) * widthPs);
            row.ps[b][s] += end - from;
            from = end;
        }
    }

    /** A GIL hand-off to the thread at {@code at}. */
    void handoff(SimThread t, long at) {
        if (t.timelineRow == null) return;
        fit(at + 1);
        t.timelineRow.handoffs[(int) (at / widthPs)]++;
    }

    private void fit(long t) {
        while (t > widthPs * BUCKETS) {
            for (Row r : rows) {
                for (int b = 0; b < BUCKETS / 2; b++) {
                    long[] merged = r.ps[2 * b];
                    long[] other = r.ps[2 * b + 1];
                    for (int s = 0; s < STATES; s++) merged[s] += other[s];
                    r.ps[b] = merged;
                    r.handoffs[b] = r.handoffs[2 * b] + r.handoffs[2 * b + 1];
                }
                for (int b = BUCKETS / 2; b < BUCKETS; b++) {
                    r.ps[b] = new long[STATES];
                    r.handoffs[b] = 0;
                }
            }
            widthPs *= 2;
        }
    }

    /** An immutable copy for the run result, cut at the run's end. */
    TimelineData snapshot(long runEndPs) {
        long end = Math.max(runEndPs, endPs);
        int used = (int) Math.min(BUCKETS, Math.max(1, (end + widthPs - 1) / widthPs));
        List<TimelineData.ThreadRow> out = new ArrayList<>();
        for (Row r : rows) {
            long[][] ns = new long[used][STATES];
            int[] h = new int[used];
            for (int b = 0; b < used; b++) {
                for (int s = 0; s < STATES; s++) ns[b][s] = Costs.ns(r.ps[b][s]);
                h[b] = r.handoffs[b];
            }
            out.add(new TimelineData.ThreadRow(r.name, ns, h));
        }
        return new TimelineData(Costs.ns(widthPs), Costs.ns(end), out);
    }
}
