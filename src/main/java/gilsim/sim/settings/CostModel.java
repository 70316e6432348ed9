package gilsim.sim.settings;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The costs of the simulated machine in simulated nanoseconds ({@code %cost}). The defaults and
 * their sources are FACTS.md §9, "Recommended simulator defaults" (3 GHz assumed).
 *
 * <p>The bytecode instruction cost is the measured 3.11 cost per instruction (≈ 8 ns, which already
 * contains the plain refcount work of a GIL build) split, as FACTS.md asks, into 6 ns for the
 * instruction itself plus the refcount events the simulator charges separately (about two plain
 * increments or decrements of 1 ns per instruction on average).
 *
 * <p>The simulator reads the typed components; users and reports use the snake_case names of
 * {@link #entries()}, in the same order as the components.
 *
 * @param instruction       one bytecode instruction, without its refcount events
 * @param refcountPlain     a non-atomic incref/decref (load, add, store)
 * @param refcountAtomic    an atomic incref/decref on a cache line this core already owns
 * @param refcountContended an atomic incref/decref on a line another core wrote last
 * @param biasedLocal       PEP 703 owner fast path (thread-id compare, non-atomic update)
 * @param biasedShared      PEP 703 shared path, uncontended (contended: {@code refcountContended})
 * @param mutex             an uncontended mutex lock+unlock
 * @param gilAcquire        taking and dropping the GIL when nobody waits for it
 * @param gilHandoff        a forced GIL switch between threads
 * @param condSignal        the releaser's condition-variable signal (a system call)
 * @param wakeup            a blocked thread's wake-up latency, from signal to running
 * @param contextSwitch     the OS switching a core to another thread
 * @param timeSlice         the OS quantum when there are more runnable threads than cores
 * @param builtinItem       per input item of a long builtin call ({@code sum}, {@code sorted}, ...)
 */
public record CostModel(double instruction, double refcountPlain, double refcountAtomic, double refcountContended,
                        double biasedLocal, double biasedShared, double mutex, double gilAcquire, double gilHandoff,
                        double condSignal, double wakeup, double contextSwitch, double timeSlice,
                        double builtinItem) {

    /** No cost may exceed this (10 simulated seconds): it keeps sums of costs far from overflow. */
    public static final double MAX_NS = 10e9;

    private static final List<CostEntry> ENTRIES = List.of(
            new CostEntry("instruction", 6, "ns",
                    "one bytecode instruction, its refcount events charged separately",
                    "FACTS §9: 3.11 measured ≈ 8.6 ns per bytecode (60 ns per 7-instruction loop), split 6 ns + refcount events",
                    true),
            new CostEntry("refcount_plain", 1, "ns",
                    "non-atomic Py_INCREF/Py_DECREF (load, add, store), %refcount plain",
                    "L1 hit add ≈ 3 cycles: Agner Fog, Instruction tables; Dean, L1 reference 0.5 ns",
                    false),
            new CostEntry("refcount_atomic", 6, "ns",
                    "atomic incref/decref, cache line already owned by this core",
                    "LOCK XADD ≈ 18-20 cycles (Skylake): Agner Fog, Instruction tables [approximate]",
                    false),
            new CostEntry("refcount_contended", 60, "ns",
                    "atomic incref/decref on a cache line another core wrote last (line transfer)",
                    "40-100 ns same socket: Schweizer, Besta, Hoefler, PACT 2015 [approximate]",
                    false),
            new CostEntry("biased_local", 1.5, "ns",
                    "biased counting, owner thread: thread-id compare + non-atomic update",
                    "PEP 703 fast path: 1 ns add + ≈ 0.5 ns ob_tid compare",
                    false),
            new CostEntry("biased_shared", 6, "ns",
                    "biased counting, other threads: atomic on ob_ref_shared (contended: refcount_contended)",
                    "PEP 703 shared path = atomic: LOCK XADD, Agner Fog [approximate]",
                    false),
            new CostEntry("mutex", 25, "ns",
                    "uncontended mutex lock+unlock: %refcount locked and global-lock; threading.Lock (half at acquire, half at release)",
                    "Dean, \"Latency numbers every programmer should know\" (25 ns; 2009 talk: 100 ns)",
                    false),
            new CostEntry("gil_acquire", 25, "ns",
                    "take_gil + drop_gil when no other thread waits (a mutex-protected flag)",
                    "one uncontended mutex lock+unlock, Dean [approximate]",
                    false),
            new CostEntry("gil_handoff", 10_000, "ns",
                    "forced GIL switch: the waiter wakes, then the old holder (two wake-ups)",
                    "2 × wake-up latency, 5-50 µs supported [approximate]",
                    false),
            new CostEntry("cond_signal", 1_500, "ns",
                    "the releaser signals a waiter (2.x every check interval, 3.x on drop): a system call",
                    "futex wake / syscall ≈ 1-2 µs [approximate]",
                    false),
            new CostEntry("wakeup", 5_000, "ns",
                    "a blocked thread's latency from being signalled to running on a core",
                    "scheduler wake-up latency ≈ 5-50 µs [approximate]; why the 2.x GIL battle is lost",
                    false),
            new CostEntry("context_switch", 3_000, "ns",
                    "the OS switching a core to another thread",
                    "1-5 µs direct: Li, Ding, Shen, ExpCS 2007 [approximate]",
                    false),
            new CostEntry("time_slice", 3_000_000, "ns",
                    "OS quantum for CPU-bound threads when runnable threads outnumber cores",
                    "Linux CFS, a few ms [approximate]",
                    true),
            new CostEntry("builtin_item", 22, "ns",
                    "per input item of one long builtin call (sum, sorted, str.join, list(range(n)))",
                    "FACTS §2: sum(range(30_000_000)) took 0.66 s on 3.11.7 ≈ 22 ns per item",
                    false));

    public CostModel {
        double[] values = {instruction, refcountPlain, refcountAtomic, refcountContended, biasedLocal, biasedShared,
                mutex, gilAcquire, gilHandoff, condSignal, wakeup, contextSwitch, timeSlice, builtinItem};
        for (int i = 0; i < values.length; i++) check(ENTRIES.get(i), values[i]);
    }

    /** The documented defaults of FACTS.md §9. */
    public static CostModel defaults() {
        return fromArray(ENTRIES.stream().mapToDouble(CostEntry::defaultValue).toArray());
    }

    /** Every cost with its default, unit, meaning and source, in component order. */
    public static List<CostEntry> entries() { return ENTRIES; }

    public static List<String> names() {
        return ENTRIES.stream().map(CostEntry::name).toList();
    }

    /** The value of the cost called {@code name}. */
    public double get(String name) {
        return toArray()[indexOf(name)];
    }

    /**
     * A copy with one cost changed.
     *
     * @throws IllegalArgumentException for an unknown name (the message lists the names) or a value
     *                                  that is negative, not finite, zero where zero is not allowed,
     *                                  or above {@link #MAX_NS}
     */
    public CostModel with(String name, double value) {
        double[] values = toArray();
        values[indexOf(name)] = value;
        return fromArray(values);
    }

    /**
     * A copy with one cost changed, the value written as users write it: a number of
     * nanoseconds ({@code 8}, {@code 1.5}) or a number with a unit ({@code 10us}, {@code 3ms}).
     */
    public CostModel with(String name, String value) {
        indexOf(name);
        BigDecimal ns;
        try {
            ns = Durations.parseNanos(value, Durations.Unit.NANOS);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("cost " + name + ": '" + value.trim()
                    + "' is not a number of nanoseconds (write 8, 1.5 or 10us)");
        }
        return with(name, ns.doubleValue());
    }

    /** Whether the cost called {@code name} differs from its default. */
    public boolean isChanged(String name) {
        return get(name) != ENTRIES.get(indexOf(name)).defaultValue();
    }

    /** name → value in ns, in entry order. */
    public Map<String, Double> toMap() {
        double[] values = toArray();
        Map<String, Double> map = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) map.put(ENTRIES.get(i).name(), values[i]);
        return map;
    }

    private double[] toArray() {
        return new double[] {instruction, refcountPlain, refcountAtomic, refcountContended, biasedLocal, biasedShared,
                mutex, gilAcquire, gilHandoff, condSignal, wakeup, contextSwitch, timeSlice, builtinItem};
    }

    private static CostModel fromArray(double[] v) {
        return new CostModel(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10], v[11], v[12], v[13]);
    }

    private static int indexOf(String name) {
        for (int i = 0; i < ENTRIES.size(); i++) {
            if (ENTRIES.get(i).name().equals(name)) return i;
        }
        throw new IllegalArgumentException("unknown cost '" + name + "'; the costs are: "
                + ENTRIES.stream().map(CostEntry::name).collect(Collectors.joining(", ")));
    }

    private static void check(CostEntry entry, double value) {
        if (!Double.isFinite(value) || value < 0) {
            throw new IllegalArgumentException("cost " + entry.name() + " must be a number of nanoseconds ≥ 0, got "
                    + value);
        }
        if (entry.positive() && value == 0) {
            throw new IllegalArgumentException("cost " + entry.name() + " must be above 0");
        }
        if (value > MAX_NS) {
            throw new IllegalArgumentException("cost " + entry.name() + " must be at most "
                    + Durations.format(MAX_NS) + ", got " + Durations.format(value));
        }
    }
}
