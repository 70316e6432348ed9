package gilsim.render;

import gilsim.sim.Activity;
import gilsim.sim.Crash;
import gilsim.sim.Figures;
import gilsim.sim.Leak;
import gilsim.sim.LostUpdate;
import gilsim.sim.RefcountKinds;
import gilsim.sim.RunResult;
import gilsim.sim.TimelineData;
import gilsim.sim.WatchData;
import gilsim.sim.settings.GilMode;
import gilsim.sim.settings.Limits;
import gilsim.sim.settings.RefcountMode;
import gilsim.sim.settings.Settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Fixed run results for the renderer's tests, built by hand (no simulator): the numbers are
 * invented but consistent (threads add up to the total, timelines fill the wall time), and every
 * one is deterministic, so golden files can hold their output.
 */
final class ReportFixtures {
    private static final int STATES = Activity.values().length;

    private ReportFixtures() {}

    /** 4 threads, %gil off, %refcount plain, %watch shared: lost updates, then a use-after-free. */
    static RunResult gilOffPlainCrash() {
        Settings s = Settings.defaults().withThreads(4).withGil(GilMode.OFF).withRefcount(RefcountMode.PLAIN)
                .withSeed(7).withWatch(List.of("shared"));
        long bucket = 8_000;
        long end = 229 * bucket + 7_000;
        List<TimelineData.ThreadRow> rows = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            long[][] ns = new long[230][STATES];
            for (int b = 0; b < ns.length; b++) {
                long from = b * bucket;
                long to = Math.min(end, from + bucket);
                long start = 3_000L * t;
                if (to <= start) ns[b][Activity.NOT_STARTED.ordinal()] = to - from;
                else ns[b][Activity.RUNNING.ordinal()] = to - Math.max(from, start);
            }
            rows.add(new TimelineData.ThreadRow("T" + t, ns, new int[ns.length]));
        }
        String shared = "list object at 0x7f3a10 (shared)";
        // The true count swings with the threads' borrowing; four increments are lost on the way
        // (at buckets 40, 95 and twice at 160), so the stored count runs 4 below the truth and
        // reaches 0 when the true count comes down to 4.
        List<WatchData.Point> points = new ArrayList<>();
        List<LostUpdate> lost = new ArrayList<>();
        long lostSoFar = 0;
        long previousStored = 6;
        long truth = 6;
        int last = 229;
        for (int b = 0; b <= last; b++) {
            truth = b < 200 ? 7 + Math.round(3 * Math.sin(b / 9.0)) : Math.max(4, 7 - (b - 200) / 5);
            int lostHere = b == 40 || b == 95 ? 1 : b == 160 ? 2 : 0;
            for (int k = 0; k < lostHere; k++) {
                lost.add(new LostUpdate(b * bucket + 3_000 + k * 1_000, shared, "T" + (1 + (b + k) % 3), "T0",
                        "incref"));
            }
            lostSoFar += lostHere;
            long stored = Math.max(0, truth - lostSoFar);
            if (b == last) stored = 0;
            points.add(new WatchData.Point((b + 1) * bucket, stored, truth, Math.min(previousStored, stored),
                    Math.max(previousStored, stored) + (b % 7 == 0 ? 1 : 0), lostHere));
            previousStored = stored;
        }
        long freedAt = last * bucket + 5_000;
        WatchData watch = new WatchData("shared", shared, 6, 6, 0, truth, 2_210, lostSoFar, freedAt, bucket, points);
        Crash crash = new Crash(Crash.USE_AFTER_FREE, shared, "T2", freedAt + 2_000,
                "T1 decremented the count of " + shared + ", computed 0 and freed it, but " + truth
                        + " references to it still existed: " + lostSoFar + " increments had been lost on the way. "
                        + "T2 then used the freed list. Real CPython might crash here, or silently corrupt data.",
                "T1", lost);
        long wall = crash.timeNs();
        List<Figures> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            long life = wall - 3_000L * t;
            long ops = 310_000 / 100 + t * 7;
            threads.add(figures("T" + t, 120_000 + t * 1_333, life, life, 0, 0, ops, 0, ops / 3, 4 + t, 0, 0, 0,
                    life * 9 / 10, 0, new RefcountKinds(ops, 0, ops / 3, 0, 0, 0, 0, 0, 0, 0)));
        }
        return new RunResult(RunResult.Status.CRASHED, s, null, null, total(threads, wall, false), threads, crash,
                List.of(), List.of(), new TimelineData(bucket, end, rows), List.of(watch), List.of());
    }

    /** 4 threads under the GIL (switch interval 1 ms): turns, hand-offs, waits; no update lost. */
    static RunResult gilOnFourThreads() {
        Settings s = Settings.defaults().withThreads(4).withSwitchIntervalNs(1_000_000).withWatch(List.of("counter"));
        long bucket = 64_000;
        long end = 12_000_000;
        long turn = 1_000_000;
        int buckets = (int) ((end + bucket - 1) / bucket);
        List<TimelineData.ThreadRow> rows = new ArrayList<>();
        for (int t = 0; t < 4; t++) rows.add(new TimelineData.ThreadRow("T" + t, new long[buckets][STATES], new int[buckets]));
        for (long at = 0; at < end; at += 1_000) {
            int holder = (int) ((at / turn) % 4);
            int b = (int) (at / bucket);
            for (int t = 0; t < 4; t++) {
                Activity a = t == holder ? Activity.RUNNING_GIL : Activity.WAITING_GIL;
                rows.get(t).ns()[b][a.ordinal()] += 1_000;
            }
            if (at % turn == 0 && at > 0) rows.get(holder).handoffs()[b]++;
        }
        List<WatchData.Point> points = new ArrayList<>();
        long count = 2;
        for (int b = 0; b < buckets; b++) {
            long before = count;
            count = 2 + (b / 8) % 3;
            points.add(new WatchData.Point((b + 1) * bucket, count, count, Math.min(before, count),
                    Math.max(before, count), 0));
        }
        WatchData watch = new WatchData("counter", "int object at 0x7f3a58 (counter)", 2, 2, count, count, 4_820, 0,
                -1, bucket, points);
        List<Figures> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            threads.add(figures("T" + t, 600_000, end, end / 4, end * 3 / 4, 3, 150_000, 0, 0, 0,
                    0, 0, 0, end / 4, 0, new RefcountKinds(150_000, 0, 0, 0, 0, 0, 0, 0, 0, 0)));
        }
        threads = withSpeedups(threads, end);
        return new RunResult(RunResult.Status.OK, s, null, null, total(threads, end, true), threads, null, List.of(),
                List.of(), new TimelineData(bucket, end, rows), List.of(watch), List.of());
    }

    /**
     * A run far past every bound: 200 threads whose states change every bucket, 16 watched objects
     * with a lost update and a wide range in every bucket, 300 leaks.
     */
    static RunResult huge() {
        Settings s = Settings.defaults().withLimits(Limits.defaults().with("threads", "1024")).withThreads(200).withCores(8).withGil(GilMode.OFF)
                .withWatch(List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p"));
        long bucket = 40_000_000;
        long end = bucket * 256;
        Random random = new Random(1);
        List<TimelineData.ThreadRow> rows = new ArrayList<>();
        List<Figures> threads = new ArrayList<>();
        for (int t = 0; t < 200; t++) {
            long[][] ns = new long[256][STATES];
            int[] handoffs = new int[256];
            for (int b = 0; b < 256; b++) {
                for (int k = 0; k < 3; k++) ns[b][1 + random.nextInt(6)] += bucket / 3;
                handoffs[b] = random.nextInt(3);
            }
            rows.add(new TimelineData.ThreadRow("Thread-" + (t + 1) + " (worker_function)", ns, handoffs));
            threads.add(figures("Thread-" + (t + 1) + " (worker_function)", 10_000_000, end, end / 3, 0, 0, 4_000_000,
                    0, 1_000_000, 1_000, end / 9, end / 9, end / 9, end / 4, 0,
                    new RefcountKinds(4_000_000, 0, 1_000_000, 0, 0, 0, 0, 0, 0, 0)));
        }
        List<WatchData> watches = new ArrayList<>();
        for (String name : s.watch()) {
            List<WatchData.Point> points = new ArrayList<>();
            for (int b = 0; b < 256; b++) {
                long v = 1_000 + random.nextInt(100_000);
                points.add(new WatchData.Point((b + 1) * bucket, v, v + 5, v - 900, v + 900, 1 + random.nextInt(50)));
            }
            watches.add(new WatchData(name, "dict object at 0x7f" + name + " (" + name + ")", 1_000, 1_000, 5, 9,
                    1 << 30, 256 * 25, -1, bucket, points));
        }
        List<Leak> leaks = new ArrayList<>();
        for (int i = 0; i < 300; i++) leaks.add(new Leak("tuple object at 0x7e" + i, 3 + i % 5, 1));
        return new RunResult(RunResult.Status.LIMIT, s, null, null, total(threads, end, false), threads, null, leaks,
                leaks, new TimelineData(bucket, end, rows), watches, List.of("stopped at the instruction limit"));
    }

    static Figures figures(String name, long instructions, long wall, long cpu, long gilWait, long switches, long ops,
                           long atomic, long contended, long lost, long io, long lockWait, long desched, long own,
                           long failed, RefcountKinds kinds) {
        return new Figures(name, instructions, wall, cpu, gilWait, switches, ops, atomic, contended, lost,
                wall == 0 ? 0 : instructions * 1e9 / wall, null, io, lockWait, desched, own, failed, switches, 0,
                kinds);
    }

    /** The total as the simulator makes it: sums, the run's wall time, speedup = own work ÷ wall. */
    static Figures total(List<Figures> threads, long wall, boolean withSpeedup) {
        Figures sum = Figures.sum("total", threads);
        Double speedup = withSpeedup ? (double) sum.ownWorkNs() / wall : null;
        return new Figures("total", sum.instructions(), wall, sum.cpuNs(), sum.gilWaitNs(), sum.gilSwitches(),
                sum.refcountOps(), sum.atomicOps(), sum.contendedOps(), sum.lostUpdates(),
                sum.instructions() * 1e9 / wall, speedup, sum.ioNs(), sum.lockWaitNs(), sum.descheduledNs(),
                sum.ownWorkNs(), sum.failedWakeups(), sum.contextSwitches(), sum.refcountLockWaitNs(), sum.kinds());
    }

    /** Each thread's speedup: its own work ÷ the run's wall time (DESIGN.md §4). */
    static List<Figures> withSpeedups(List<Figures> threads, long wall) {
        List<Figures> out = new ArrayList<>();
        for (Figures f : threads) {
            out.add(new Figures(f.name(), f.instructions(), f.wallNs(), f.cpuNs(), f.gilWaitNs(), f.gilSwitches(),
                    f.refcountOps(), f.atomicOps(), f.contendedOps(), f.lostUpdates(), f.throughputIps(),
                    (double) f.ownWorkNs() / wall, f.ioNs(), f.lockWaitNs(), f.descheduledNs(), f.ownWorkNs(),
                    f.failedWakeups(), f.contextSwitches(), f.refcountLockWaitNs(), f.kinds()));
        }
        return out;
    }

    /**
     * {@code %%compare gil=on,off refcount=plain,atomic,biased threads=1,2,4,8}: 24 runs with
     * plausible speedups; plain counts without a GIL crash from 2 threads on.
     */
    static CompareResult compare24() {
        List<RunResult> runs = new ArrayList<>();
        Settings base = Settings.defaults().withSeed(3);
        for (GilMode gil : List.of(GilMode.ON, GilMode.OFF)) {
            for (RefcountMode rc : List.of(RefcountMode.PLAIN, RefcountMode.ATOMIC, RefcountMode.BIASED)) {
                for (int n : List.of(1, 2, 4, 8)) {
                    Settings s = base.withGil(gil).withRefcount(rc).withThreads(n);
                    double perThread = gil == GilMode.ON ? 1.0 / n * 0.97
                            : rc == RefcountMode.ATOMIC ? 0.82 * Math.min(1, 4.0 / n) * (n == 1 ? 1 : 0.8)
                            : 0.97 * Math.min(1, 4.0 / n);
                    boolean crash = gil == GilMode.OFF && rc == RefcountMode.PLAIN && n > 1;
                    runs.add(compareRun(s, n, perThread, crash));
                }
            }
        }
        return CompareResult.of(List.of("gil", "refcount", "threads"), runs);
    }

    private static RunResult compareRun(Settings s, int n, double perThreadSpeedup, boolean crash) {
        long own = 2_000_000;
        long wall = crash ? 310_000 : Math.round(own / perThreadSpeedup);
        List<Figures> threads = new ArrayList<>();
        for (int t = 0; t < n; t++) {
            long ops = 50_000;
            RefcountKinds kinds = switch (s.refcount()) {
                case ATOMIC -> new RefcountKinds(0, ops, n > 1 ? ops / 2 : 0, 0, 0, 0, 0, 0, 0, 0);
                case BIASED -> new RefcountKinds(0, 0, 0, ops - 500, 500, 0, 0, 0, 0, 0);
                default -> new RefcountKinds(ops, 0, 0, 0, 0, 0, 0, 0, 0, 0);
            };
            long lost = crash ? 3 + t : 0;
            threads.add(figures("T" + t, crash ? 60_000 : 200_000, wall, crash ? wall : Math.min(wall, own * 11 / 10),
                    s.gil() == GilMode.ON ? wall - own : 0, s.gil() == GilMode.ON ? 40 : 0, ops, kinds.atomic(),
                    kinds.contended(), lost, 0, 0, 0, own, 0, kinds));
        }
        if (!crash) threads = withSpeedups(threads, wall);
        Crash c = crash ? new Crash(Crash.USE_AFTER_FREE, "list object at 0x7f3a10 (shared)", "T1", wall,
                "T0 freed the list while T1 still used it.", "T0", List.of()) : null;
        return new RunResult(crash ? RunResult.Status.CRASHED : RunResult.Status.OK, s, null, null,
                total(threads, wall, !crash), threads, c, List.of(), List.of(), new TimelineData(1_000, wall, List.of()),
                List.of(), List.of());
    }

    /**
     * Eight threads whose figures use every optional column of the throughput table (the old GIL
     * with failed wake-ups, no core, I/O, lock and refcount-lock waits, all nine refcount kinds)
     * with counts in the tens of millions, and names as long as a name kept on one line
     * ({@link ThroughputTable#UNBROKEN_NAME}): the widest table a run can make.
     */
    static List<Figures> widestThreads() {
        List<Figures> t = new ArrayList<>();
        for (int k = 0; k < 8; k++) {
            RefcountKinds kinds = new RefcountKinds(12_345_678 + k, 23_456_789, 345_678, 45_678_901, 5_678_901,
                    6_789_012, 7_890_123, 8_901_234, 9_012_345, 1_234_567);
            t.add(new Figures("Thread-" + (k + 10) + " (work)", 10_000_000L + k, 123_456_789_000L, 98_765_432_000L, 87_654_321_000L, 123_456,
                    98_765_432, 23_456_789, 345_678, 12_345, 81_234_567.0, 3.62, 7_654_321_000L, 6_543_210_000L,
                    5_432_109_000L, 90_000_000_000L, 23_456, 34_567, 4_321_098_000L, kinds));
        }
        return t;
    }
}
