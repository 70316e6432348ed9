package gilsim.render;

import gilsim.sim.Activity;
import gilsim.sim.Figures;
import gilsim.sim.RunResult;
import gilsim.sim.TimelineData;
import gilsim.sim.WatchData;
import gilsim.sim.settings.GilMode;
import gilsim.sim.settings.RefcountMode;
import gilsim.sim.settings.Settings;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The one sentence under each part of a report that says what to look at, chosen from the run's
 * own numbers: a learner should not have to know what a good or a bad chart looks like.
 */
final class Captions {
    private Captions() {}

    /**
     * Under the throughput table: how the speedup compares with the ideal, and why. The ideal
     * counts the threads that shared the work ({@link WorkShares}), at most one per core: a
     * MainThread that only started the others and joined them adds nothing to it.
     */
    static String throughput(RunResult r) {
        Figures t = r.total();
        Settings s = r.settings();
        int n = r.threads().size();
        String lost = t.lostUpdates() > 0
                ? " " + Units.count(t.lostUpdates()) + " refcount updates were lost to races (plain counts, no GIL)."
                : "";
        if (t.speedup() == null) {
            return (r.status() == RunResult.Status.CRASHED
                    ? "No speedup: the run stopped at a simulated crash."
                    : "No speedup: the run did not finish, so these are the numbers measured until it stopped.") + lost;
        }
        double speedup = t.speedup();
        if (n <= 1) {
            return "One thread: its speedup of " + Units.speedup(speedup)
                    + " is the baseline; run it with %threads 4 to see what more threads bring." + lost;
        }
        List<Figures> idle = WorkShares.idle(r.threads());
        int working = n - idle.size();
        String who = idle.isEmpty() ? Units.plural(n, "thread", "threads")
                : working + " of the " + n + " threads did the work (" + idleNames(idle) + " under "
                + Math.round(WorkShares.SHARE * 100) + "% of the busiest thread's),";
        int ideal = WorkShares.ideal(r);
        String head = who + " on " + Units.plural(s.cores(), "core", "cores") + ": "
                + Units.speedup(speedup) + " against an ideal of " + ideal + "×";
        if (working == 1) return head + ": one thread did the work, so nothing could run in parallel." + lost;
        if (speedup >= 0.8 * ideal) return head + ": the threads really run in parallel." + lost;
        return head + ": " + mainLoss(r, n) + "." + lost;
    }

    /** "MainThread did", "MainThread and T3 did", "3 threads did". */
    private static String idleNames(List<Figures> idle) {
        if (idle.size() == 1) return idle.get(0).name() + " did";
        if (idle.size() == 2) return idle.get(0).name() + " and " + idle.get(1).name() + " did";
        return idle.size() + " others did";
    }

    /** The biggest thing the threads spent their time on instead of their own work. */
    private static String mainLoss(RunResult r, int threads) {
        Figures t = r.total();
        Settings s = r.settings();
        long gil = t.gilWaitNs();
        long lock = t.refcountLockWaitNs();
        // With more threads than cores the ideal already has them take turns: only the time
        // without a core beyond that share is a loss.
        long expectedWithoutCore = threads > s.cores() ? threadTime(t) * (threads - s.cores()) / threads : 0;
        long core = Math.max(0, t.descheduledNs() - expectedWithoutCore);
        long contention = Math.max(0, t.cpuNs() - t.ownWorkNs());
        long blocked = t.ioNs() + t.lockWaitNs();
        long unstarted = notStartedNs(r.timeline());
        long max = Math.max(Math.max(Math.max(gil, lock), Math.max(Math.max(core, contention), blocked)), unstarted);
        if (max == 0) return "the threads overlap little";
        if (max == unstarted) {
            return "the threads started late (the last at " + Units.duration(lastStartNs(r.timeline())) + " of "
                    + Units.duration(t.wallNs()) + ") and did " + Units.duration(t.ownWorkNs())
                    + " of work in all: the run is too short for threads to pay off";
        }
        if (max == gil) {
            return s.gil() == GilMode.LEGACY
                    ? "the old GIL hands over badly, and the threads spend " + Units.percent(gil, threadTime(t))
                    + " of their time waiting for it"
                    : "only the thread holding the GIL runs, so the threads take turns and spend "
                    + Units.percent(gil, threadTime(t)) + " of their time waiting for it";
        }
        if (max == lock) {
            return (s.refcount() == RefcountMode.GLOBAL_LOCK ? "every refcount operation queues for the one global lock"
                    : "threads queue for the locks of shared reference counts") + " ("
                    + Units.percent(lock, threadTime(t)) + " of their time)";
        }
        if (max == core) return "runnable threads wait for a core (the OS time-slices them)";
        if (max == contention) {
            return "updating shared reference counts from several cores is slow: cache lines bounce between cores ("
                    + Units.percent(t.contendedOps(), t.refcountOps()) + " of refcount operations were contended)";
        }
        return "the threads spend much of their time blocked (I/O, sleep, locks)";
    }

    /** The threads' time before they started, from the timeline (0 without one). */
    private static long notStartedNs(TimelineData timeline) {
        if (timeline == null) return 0;
        long sum = 0;
        for (TimelineData.ThreadRow row : timeline.threads()) {
            for (long[] bucket : row.ns()) sum += bucket[Activity.NOT_STARTED.ordinal()];
        }
        return sum;
    }

    /** When the last thread to start started: the start of its first bucket with time alive. */
    private static long lastStartNs(TimelineData timeline) {
        long last = 0;
        for (TimelineData.ThreadRow row : timeline.threads()) {
            for (int b = 0; b < row.ns().length; b++) {
                long[] bucket = row.ns()[b];
                long alive = 0;
                for (Activity a : Activity.values()) {
                    if (a != Activity.NOT_STARTED && a != Activity.FINISHED) alive += bucket[a.ordinal()];
                }
                if (alive > 0) {
                    last = Math.max(last, b * timeline.bucketNs() + bucket[Activity.NOT_STARTED.ordinal()]);
                    break;
                }
            }
        }
        return last;
    }

    private static long threadTime(Figures t) {
        return Math.max(1, t.cpuNs() + t.gilWaitNs() + t.descheduledNs() + t.ioNs() + t.lockWaitNs());
    }

    /** Under the thread timeline. */
    static String timeline(RunResult r) {
        Settings s = r.settings();
        long[] sums = new long[Activity.values().length];
        if (r.timeline() != null) {
            for (TimelineData.ThreadRow row : r.timeline().threads()) {
                for (long[] bucket : row.ns()) for (int a = 0; a < sums.length; a++) sums[a] += bucket[a];
            }
        }
        long alive = 0;
        for (StateStyle st : StateStyle.STACK) alive += sums[st.activity.ordinal()];
        String waiting = Units.percent(sums[Activity.WAITING_GIL.ordinal()], alive);
        String core = sums[Activity.DESCHEDULED.ordinal()] > 0
                ? " Dotted stretches: more threads than cores, so a runnable thread waits for a core." : "";
        if (r.threads().size() <= 1) return "One thread holds the processor all along: nothing to share yet." + core;
        return switch (s.gil()) {
            case ON -> "Only the thread holding the GIL runs: the solid stretches take turns, ▼ marks each hand-off, "
                    + "and the hatched stretches (" + waiting + " of the threads' time) are waits for the GIL." + core;
            case LEGACY -> "The old GIL is released every " + Settings.CHECK_INTERVAL
                    + " instructions but taken back at once: the waiting threads rarely win it ("
                    + Units.count(r.total().failedWakeups()) + " failed wake-ups), hatched = waiting." + core;
            case OFF -> "Without a GIL the threads run at the same time: the solid rows lie side by side." + core;
            case PER_INTERPRETER -> "Each thread runs in its own interpreter with its own GIL, so the rows run side "
                    + "by side and nobody waits." + core;
        };
    }

    /** Under a watched object's refcount chart. */
    static String refcount(WatchData w, RunResult r) {
        long diff = w.endStored() - w.endTrue();
        if (w.lostUpdates() == 0) {
            return "The stored count (solid) follows the true count (dashed) exactly: no update was lost"
                    + safeBecause(r.settings()) + ".";
        }
        String head = "Each × is an update lost to a race (" + Units.count(w.lostUpdates()) + " in all): ";
        if (w.freedAtNs() >= 0 && w.endTrue() > 0) {
            return head + "the stored count drifted below the true count and reached 0 while "
                    + Units.plural(w.endTrue(), "reference still existed", "references still existed")
                    + ", so the object was freed while in use.";
        }
        if (diff > 0) {
            return head + "the stored count ends " + diff + " above the true count, so it never reaches 0: "
                    + "the object leaks.";
        }
        if (diff < 0) {
            return head + "the stored count ends " + (-diff) + " below the true count: a later decrement will free "
                    + "the object while it is still in use.";
        }
        return head + "this time the lost increments and decrements happened to cancel out.";
    }

    private static String safeBecause(Settings s) {
        if (s.gil() != GilMode.OFF) return ", because the GIL lets one thread at a time touch reference counts";
        return switch (s.refcount()) {
            case PLAIN -> " this time (without a GIL, plain counts can lose updates when threads share an object)";
            case ATOMIC -> ", because atomic instructions make each update indivisible";
            case LOCKED -> ", because each count has its own lock";
            case GLOBAL_LOCK -> ", because one lock guards every count";
            case BIASED -> ", because only the owner updates the local count and others use atomics";
        };
    }

    /**
     * Under a {@code %%compare} table: the fastest and slowest combinations by simulated wall
     * time, the question a learner asks ("which one finished first?"). Speedups do not answer it:
     * each is measured against its own model on one thread, so a model that is slow everywhere can
     * show a fine speedup. Wall times compare only for the same work, and every thread runs the
     * body, so when the thread count varies the ranking is among the rows with the most threads.
     */
    static String compare(CompareResult compare) {
        int crashed = 0;
        int threads = 0;
        List<CompareResult.Row> finished = new ArrayList<>();
        for (CompareResult.Row row : compare.rows()) {
            if (row.result().status() == RunResult.Status.CRASHED) crashed++;
            if (row.result().total().speedup() == null) continue;
            finished.add(row);
            threads = Math.max(threads, row.settings().threads());
        }
        boolean threadsVary = finished.stream().map(r -> r.settings().threads()).distinct().count() > 1;
        int most = threads;
        List<CompareResult.Row> ranked = threadsVary
                ? finished.stream().filter(r -> r.settings().threads() == most).toList() : finished;
        List<String> keys = new ArrayList<>(compare.keys());
        if (threadsVary) keys.remove("threads");
        Comparator<CompareResult.Row> byWall = Comparator
                .<CompareResult.Row>comparingLong(r -> r.result().total().wallNs())
                .thenComparing(r -> -r.result().total().throughputIps());
        StringBuilder out = new StringBuilder();
        if (!ranked.isEmpty()) {
            CompareResult.Row best = ranked.stream().min(byWall).orElseThrow();
            CompareResult.Row worst = ranked.stream().max(byWall).orElseThrow();
            out.append(threadsVary ? "With " + Units.plural(most, "thread", "threads") + " (the same work in each row), "
                    : "").append(threadsVary ? "fastest" : "Fastest").append(" by simulated wall time: ")
                    .append(CompareResult.describe(best, keys)).append(" in ")
                    .append(Units.duration(best.result().total().wallNs()));
            long bestLost = best.result().total().lostUpdates();
            if (bestLost > 0) {
                out.append(" (but it lost ").append(Units.plural(bestLost, "refcount update", "refcount updates"))
                        .append(": its counts are wrong)");
            }
            if (worst != best) {
                out.append("; slowest: ").append(CompareResult.describe(worst, keys)).append(" in ")
                        .append(Units.duration(worst.result().total().wallNs()));
            }
            out.append('.');
            if (threadsVary) {
                out.append(" Each thread runs the body, so more threads do more work: across thread counts compare "
                        + "instructions/s or the chart below.");
            }
        }
        if (crashed > 0) {
            out.append(out.length() > 0 ? " " : "").append(crashed == 1 ? "One combination" : crashed + " combinations")
                    .append(" crashed: plain reference counts without a GIL lose updates and free objects in use.");
        }
        return out.length() == 0 ? "No combination finished, so there is no wall time to compare." : out.toString();
    }

    /**
     * Under the wall-time chart of a {@code %%compare} at one thread count: why wall time and not
     * speedup, and the row that differs most from the baseline, in words.
     */
    static String wallChart(CompareResult compare, WallComparison wall, boolean chart) {
        int threads = wall.baseline().settings().threads();
        String head = threads == 1
                ? "On one thread nothing runs in parallel, so every speedup is about 1×: what differs is the price "
                + "of each setting for the same work. "
                : "Every row runs " + Units.plural(threads, "thread", "threads")
                + ", the same work, so the wall times compare directly. ";
        CompareResult.Row far = null;
        double farthest = 0;
        for (CompareResult.Row row : compare.rows()) {
            Double ratio = wall.ratio(row);
            if (ratio == null || row == wall.baseline()) continue;
            double distance = Math.abs(Math.log(ratio));
            if (far == null || distance > farthest) {
                far = row;
                farthest = distance;
            }
        }
        String base = CompareResult.describe(wall.baseline(), compare.keys());
        if (far == null) return head + "Only " + base + " finished, so there is nothing to compare it with.";
        if (farthest < Math.log(1.005)) {
            return head + (chart ? "Here every bar ends at the dashed line (" + base + ")" : "Here every row takes "
                    + "the time of " + base) + ": the settings cost the same, within 0.5%.";
        }
        double ratio = wall.ratio(far);
        String how = ratio >= 1.5 ? "takes " + Units.significant(ratio, 3) + "× as long as"
                : ratio <= 1 / 1.5 ? "is " + Units.significant(1 / ratio, 3) + "× as fast as"
                : String.format(java.util.Locale.ROOT, "takes %.1f%% %s than", 100 * Math.abs(ratio - 1),
                ratio > 1 ? "longer" : "less time");
        return head + (chart ? "Read each bar against the dashed line (" + base + ")"
                : "Read the column '" + wall.header(compare.keys()) + "'") + ": the biggest difference is "
                + CompareResult.describe(far, compare.keys()) + ", which " + how + " " + base + ".";
    }

    /**
     * Under the scaling chart: which lines follow the ideal, which stay flat near 1×, which
     * crashed, each read at its largest thread count, so a learner knows what the shapes mean.
     */
    static String scaling(CompareResult compare) {
        List<String> others = new ArrayList<>(compare.keys());
        others.remove("threads");
        java.util.Map<String, List<CompareResult.Row>> lines = new java.util.LinkedHashMap<>();
        for (CompareResult.Row row : compare.rows()) {
            lines.computeIfAbsent(CompareResult.describe(row, others), k -> new ArrayList<>()).add(row);
        }
        List<List<CompareResult.Row>> near = new ArrayList<>();
        List<List<CompareResult.Row>> flat = new ArrayList<>();
        List<List<CompareResult.Row>> between = new ArrayList<>();
        List<List<CompareResult.Row>> crashed = new ArrayList<>();
        for (List<CompareResult.Row> line : lines.values()) {
            CompareResult.Row last = line.stream().filter(r -> r.result().total().speedup() != null)
                    .max(Comparator.comparingInt(r -> r.settings().threads())).orElse(null);
            if (line.stream().anyMatch(r -> r.result().status() == RunResult.Status.CRASHED)) crashed.add(line);
            else if (last == null || last.settings().threads() == 1) continue;
            else if (last.result().total().speedup() >= 0.8 * ideal(last)) near.add(line);
            else if (last.result().total().speedup() <= 1.25) flat.add(line);
            else between.add(line);
        }
        List<String> parts = new ArrayList<>();
        if (!near.isEmpty()) parts.add(verb(names(near, lines, others), "follows", "follow")
                + " it: the threads run in parallel");
        if (!flat.isEmpty()) parts.add(verb(names(flat, lines, others), "stays", "stay")
                + " near 1×: more threads finish no sooner");
        for (List<CompareResult.Row> line : between) {
            CompareResult.Row last = line.stream().filter(r -> r.result().total().speedup() != null)
                    .max(Comparator.comparingInt(r -> r.settings().threads())).orElseThrow();
            parts.add(CompareResult.describe(line.get(0), others) + " reaches " + Units.speedup(last.result().total()
                    .speedup()) + " of an ideal " + Units.significant(ideal(last), 3) + "× on "
                    + Units.plural(last.settings().threads(), "thread", "threads"));
        }
        if (!crashed.isEmpty()) parts.add(names(crashed, lines, others) + " crashed (✕ on the zero line: no speedup)");
        if (parts.isEmpty()) return "Read each line against the dashed ideal.";
        return "Read each line against the dashed ideal: " + String.join("; ", parts) + ".";
    }

    /** "every gil on line stays", "a and b stay". */
    private static String verb(String subject, String one, String many) {
        return subject + " " + (subject.startsWith("every ") || !subject.contains(" and ") ? one : many);
    }

    private static double ideal(CompareResult.Row row) {
        return Math.min(row.settings().threads(), row.settings().cores());
    }

    /** "every gil on line" when the lines are exactly those with one value of a key, else their names. */
    private static String names(List<List<CompareResult.Row>> group, java.util.Map<String, List<CompareResult.Row>> all,
                                List<String> keys) {
        for (String key : keys) {
            String value = group.get(0).get(0).choices().get(key);
            long withValue = all.values().stream().filter(l -> value.equals(l.get(0).choices().get(key))).count();
            boolean same = group.stream().allMatch(l -> value.equals(l.get(0).choices().get(key)));
            if (group.size() > 1 && same && withValue == group.size() && keys.size() > 1) {
                return "every " + key + " " + value + " line";
            }
        }
        List<String> names = new ArrayList<>();
        for (List<CompareResult.Row> line : group) names.add(CompareResult.describe(line.get(0), keys));
        if (names.size() == 1) return names.get(0);
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
