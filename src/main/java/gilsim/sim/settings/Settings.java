package gilsim.sim.settings;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Everything a run depends on besides the code: the value object the simulator receives. Line
 * magics ({@code %threads 4}, {@code %gil off}, ...) produce new instances with the {@code withX}
 * methods; an instance never changes.
 *
 * <p>A {@code %python} preset sets {@link #gil}, {@link #refcount}, {@link #immortal} and
 * {@link #switchIntervalNs} as that CPython version has them (FACTS.md §10); a later magic changes
 * only its own setting. {@link #overridden} names the preset-controlled settings that now differ
 * from the preset, under their report keys ("gil", "refcount", "immortal", "switch_interval_ns"),
 * so that {@code %config} and report headers can mark them. It is always recomputed: the value
 * passed to the constructor is replaced.
 *
 * <p>Invariants, checked on construction: threads from 1 to {@code limits.threads()}, cores from 1
 * to {@link #MAX_CORES}, a positive switch interval, at most {@link #MAX_WATCH} watched names that
 * are Python identifiers, and immortal objects whenever the GIL is per-interpreter (PEP 684
 * depends on PEP 683, FACTS.md §8).
 *
 * @param threads          how many threads run the cell's code ({@code %threads})
 * @param cores            simulated cores ({@code %cores})
 * @param gil              GIL model ({@code %gil})
 * @param refcount         refcount model ({@code %refcount})
 * @param immortal         PEP 683 immortal objects ({@code %immortal})
 * @param python           the preset the settings started from ({@code %python})
 * @param overridden       preset-controlled settings changed after the preset (derived)
 * @param switchIntervalNs the new GIL's switch interval ({@code %switchinterval})
 * @param seed             seed of the simulator's timing jitter ({@code %seed})
 * @param costs            machine costs ({@code %cost})
 * @param watch            names whose objects get refcount timelines ({@code %watch})
 * @param timeline         whether reports show the GIL/thread timeline ({@code %timeline})
 * @param report           how much of the report is shown ({@code %report})
 * @param limits           safety limits ({@code %limit})
 */
public record Settings(int threads, int cores, GilMode gil, RefcountMode refcount, boolean immortal,
                       PythonPreset python, Set<String> overridden, long switchIntervalNs, long seed,
                       CostModel costs, List<String> watch, boolean timeline, ReportLevel report, Limits limits) {

    /** {@code DEFAULT_INTERVAL 5000} µs in Python/ceval_gil.c; {@code sys.getswitchinterval()} is 0.005. */
    public static final long DEFAULT_SWITCH_INTERVAL_NS = 5_000_000L;
    /** Python 2's {@code sys.getcheckinterval()}: the old GIL's ticks between releases (FACTS.md §2). */
    public static final int CHECK_INTERVAL = 100;
    public static final int DEFAULT_CORES = 4;
    public static final int MAX_CORES = 64;
    /** Reports draw a timeline per watched object; more than this would not fit one. */
    public static final int MAX_WATCH = 16;
    /** 3.12, 3.13 and 3.13t: {@code _Py_IMMORTAL_REFCNT = UINT_MAX} (FACTS.md §6). */
    public static final long IMMORTAL_REFCNT_UINT_MAX = 4_294_967_295L;
    /** 3.14 and 3.14t: {@code _Py_IMMORTAL_INITIAL_REFCNT = 3ULL << 30} (FACTS.md §6). */
    public static final long IMMORTAL_REFCNT_3_14 = 3_221_225_472L;

    /** Report keys of the settings a preset controls. */
    public static final List<String> PRESET_KEYS = List.of("gil", "refcount", "immortal", "switch_interval_ns");

    private static final Pattern IDENTIFIER = Pattern.compile("[\\p{L}\\p{Nl}_][\\p{L}\\p{Nl}\\p{Mn}\\p{Mc}\\p{Nd}\\p{Pc}]*");

    public Settings {
        Objects.requireNonNull(gil, "gil");
        Objects.requireNonNull(refcount, "refcount");
        Objects.requireNonNull(python, "python");
        Objects.requireNonNull(costs, "costs");
        Objects.requireNonNull(watch, "watch");
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(limits, "limits");
        if (threads < 1 || threads > limits.threads()) {
            throw new IllegalArgumentException("threads must be from 1 to " + limits.threads()
                    + " (the thread limit, %limit threads=...), got " + threads);
        }
        if (cores < 1 || cores > MAX_CORES) {
            throw new IllegalArgumentException("cores must be from 1 to " + MAX_CORES + ", got " + cores);
        }
        if (switchIntervalNs <= 0) {
            throw new IllegalArgumentException("the switch interval must be strictly positive, got "
                    + switchIntervalNs + " ns");
        }
        if (gil == GilMode.PER_INTERPRETER && !immortal) {
            throw new IllegalArgumentException(PER_INTERPRETER_NEEDS_IMMORTAL);
        }
        watch = List.copyOf(watch);
        if (watch.size() > MAX_WATCH) {
            throw new IllegalArgumentException("at most " + MAX_WATCH + " names can be watched, got " + watch.size());
        }
        for (String name : watch) {
            if (!IDENTIFIER.matcher(name).matches()) {
                throw new IllegalArgumentException("'" + name + "' is not a Python name");
            }
        }
        if (watch.stream().distinct().count() != watch.size()) {
            throw new IllegalArgumentException("a name is watched twice: " + watch);
        }
        overridden = differencesFromPreset(python, gil, refcount, immortal, switchIntervalNs);
    }

    /** Why {@code %immortal off} is refused under {@code %gil per-interpreter}. */
    public static final String PER_INTERPRETER_NEEDS_IMMORTAL =
            "a per-interpreter GIL needs immortal objects: interpreters share None, True, False, small ints"
                    + " and static types without a common lock only because those are immortal"
                    + " (PEP 684 depends on PEP 683). Choose another %gil first to turn immortality off.";

    /** The 3.11 preset with one thread on four cores: what a fresh session starts with. */
    public static Settings defaults() {
        PythonPreset p = PythonPreset.V3_11;
        return new Settings(1, DEFAULT_CORES, p.gil(), p.refcount(), p.immortal(), p, Set.of(), p.switchIntervalNs(),
                0L, CostModel.defaults(), List.of(), true, ReportLevel.FULL, Limits.defaults());
    }

    public Settings withThreads(int n) {
        return new Settings(n, cores, gil, refcount, immortal, python, overridden, switchIntervalNs, seed, costs,
                watch, timeline, report, limits);
    }

    public Settings withCores(int n) {
        return new Settings(threads, n, gil, refcount, immortal, python, overridden, switchIntervalNs, seed, costs,
                watch, timeline, report, limits);
    }

    /** Also turns immortal objects on for {@link GilMode#PER_INTERPRETER} (PEP 684 needs PEP 683). */
    public Settings withGil(GilMode mode) {
        boolean imm = immortal || mode == GilMode.PER_INTERPRETER;
        return new Settings(threads, cores, mode, refcount, imm, python, overridden, switchIntervalNs, seed, costs,
                watch, timeline, report, limits);
    }

    public Settings withRefcount(RefcountMode mode) {
        return new Settings(threads, cores, gil, mode, immortal, python, overridden, switchIntervalNs, seed, costs,
                watch, timeline, report, limits);
    }

    /** @throws IllegalArgumentException turning immortality off under a per-interpreter GIL */
    public Settings withImmortal(boolean on) {
        return new Settings(threads, cores, gil, refcount, on, python, overridden, switchIntervalNs, seed, costs,
                watch, timeline, report, limits);
    }

    /**
     * Applies a preset: GIL, refcount model, immortality and switch interval become the version's;
     * threads, cores, seed, costs, watch, timeline, report and limits stay.
     */
    public Settings withPython(PythonPreset preset) {
        return new Settings(threads, cores, preset.gil(), preset.refcount(), preset.immortal(), preset, Set.of(),
                preset.switchIntervalNs(), seed, costs, watch, timeline, report, limits);
    }

    public Settings withSwitchIntervalNs(long ns) {
        return new Settings(threads, cores, gil, refcount, immortal, python, overridden, ns, seed, costs,
                watch, timeline, report, limits);
    }

    public Settings withSeed(long newSeed) {
        return new Settings(threads, cores, gil, refcount, immortal, python, overridden, switchIntervalNs, newSeed,
                costs, watch, timeline, report, limits);
    }

    public Settings withCosts(CostModel newCosts) {
        return new Settings(threads, cores, gil, refcount, immortal, python, overridden, switchIntervalNs, seed,
                newCosts, watch, timeline, report, limits);
    }

    public Settings withWatch(List<String> names) {
        return new Settings(threads, cores, gil, refcount, immortal, python, overridden, switchIntervalNs, seed, costs,
                names, timeline, report, limits);
    }

    public Settings withTimeline(boolean on) {
        return new Settings(threads, cores, gil, refcount, immortal, python, overridden, switchIntervalNs, seed, costs,
                watch, on, report, limits);
    }

    public Settings withReport(ReportLevel level) {
        return new Settings(threads, cores, gil, refcount, immortal, python, overridden, switchIntervalNs, seed, costs,
                watch, timeline, level, limits);
    }

    /** @throws IllegalArgumentException if the current thread count is above the new thread limit */
    public Settings withLimits(Limits newLimits) {
        if (threads > newLimits.threads()) {
            throw new IllegalArgumentException("%threads is " + threads + ", above a thread limit of "
                    + newLimits.threads() + ": lower %threads first");
        }
        return new Settings(threads, cores, gil, refcount, immortal, python, overridden, switchIntervalNs, seed, costs,
                watch, timeline, report, newLimits);
    }

    /**
     * Deferred reference counting as the preset has it (FACTS.md §7): DEFERRED for 3.14t,
     * IMMORTALIZE_AT_FIRST_THREAD for 3.13t (only while immortal objects are on, since it makes
     * objects immortal), NONE otherwise.
     */
    public DeferredMode deferred() {
        DeferredMode mode = python.deferred();
        return mode == DeferredMode.IMMORTALIZE_AT_FIRST_THREAD && !immortal ? DeferredMode.NONE : mode;
    }

    /**
     * What {@code sys.getrefcount} reports for an immortal object (FACTS.md §6): the preset's
     * value, or 3.12's {@code UINT_MAX} (PEP 683 as first released) when immortal objects are
     * turned on under a preset that has none (2.7, 3.11). Meaningful only when {@link #immortal}.
     */
    public long immortalRefcount() {
        return python.immortalRefcount() != 0 ? python.immortalRefcount() : IMMORTAL_REFCNT_UINT_MAX;
    }

    /** Whether interned strings are immortal too (the free-threaded presets), when {@link #immortal}. */
    public boolean internedStringsImmortal() {
        return immortal && python.internedStringsImmortal();
    }

    /**
     * Instructions between the legacy GIL's release-and-reacquire (Python 2's check interval, 100).
     * Only {@link GilMode#LEGACY} uses it.
     */
    public int checkInterval() { return CHECK_INTERVAL; }

    /**
     * The report's "settings" fields (DESIGN.md §6): threads, cores, gil, refcount, immortal,
     * python, switch_interval_ns, seed; then deferred, overridden (a sorted list of report keys)
     * and, under the legacy GIL only, check_interval.
     */
    public Map<String, Object> toReportMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("threads", threads);
        map.put("cores", cores);
        map.put("gil", gil.label());
        map.put("refcount", refcount.label());
        map.put("immortal", immortal);
        map.put("python", python.label());
        map.put("switch_interval_ns", switchIntervalNs);
        map.put("seed", seed);
        map.put("deferred", deferred().label());
        map.put("overridden", new ArrayList<>(overridden));
        if (gil == GilMode.LEGACY) map.put("check_interval", checkInterval());
        return map;
    }

    /**
     * {@link #toReportMap()} plus watch, timeline, report, "cost" (name → ns) and "limit"
     * (key → value): the content of {@code application/vnd.gilsim.settings+json}.
     */
    public Map<String, Object> toConfigMap() {
        Map<String, Object> map = toReportMap();
        map.put("watch", new ArrayList<>(watch));
        map.put("timeline", timeline);
        map.put("report", report.label());
        map.put("cost", new LinkedHashMap<>(costs.toMap()));
        map.put("limit", limits.toMap());
        return map;
    }

    private static Set<String> differencesFromPreset(PythonPreset p, GilMode gil, RefcountMode refcount,
                                                     boolean immortal, long switchIntervalNs) {
        TreeSet<String> changed = new TreeSet<>();
        if (gil != p.gil()) changed.add("gil");
        if (refcount != p.refcount()) changed.add("refcount");
        if (immortal != p.immortal()) changed.add("immortal");
        if (switchIntervalNs != p.switchIntervalNs()) changed.add("switch_interval_ns");
        return Collections.unmodifiableSortedSet(changed);
    }
}
