package gilsim.sim.settings;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Safety limits of a run ({@code %limit}, DESIGN.md §7): no cell may crash, hang or exhaust the
 * kernel. Reaching one is an error with a message naming the limit and how to raise it.
 *
 * @param instructions simulated instructions per run, all threads together
 * @param objects      simulated objects alive at once
 * @param threads      simulated threads at once ({@code %threads} and {@code threading.Thread})
 * @param depth        Python call depth per thread; beyond it, RecursionError (CPython's
 *                     {@code sys.getrecursionlimit()} is 1000)
 * @param outputBytes  bytes a cell may print (UTF-8)
 * @param seconds      real (wall-clock) seconds per cell: a safety net, not simulated time
 */
public record Limits(long instructions, long objects, int threads, int depth, long outputBytes, double seconds) {

    private static final long KIB = 1024;
    private static final long MIB = 1024 * KIB;

    private static final List<LimitEntry> ENTRIES = List.of(
            new LimitEntry("instructions", "simulated instructions per run, all threads together", 200_000_000,
                    1_000, 100_000_000_000d, "instructions"),
            new LimitEntry("objects", "simulated objects alive at once", 5_000_000, 1_000, 100_000_000, "objects"),
            new LimitEntry("threads", "simulated threads at once (%threads and threading.Thread)", 64, 1, 1024,
                    "threads"),
            new LimitEntry("depth", "Python call depth per thread, then RecursionError (CPython's recursion limit)",
                    1000, 10, 100_000, "frames"),
            new LimitEntry("output", "bytes of printed output per cell (KB and MB accepted, 1 KB = 1024 bytes)",
                    MIB, KIB, 64 * MIB, "bytes"),
            new LimitEntry("seconds", "real seconds per cell, a safety net against runaway runs", 60, 0.1, 3600, "s"));

    private static final Pattern COUNT = Pattern.compile("([0-9][0-9_]*(?:\\.[0-9_]+)?)(e[+-]?[0-9]+)?\\s*(k|m|g)?");
    private static final Pattern BYTES = Pattern.compile("([0-9][0-9_]*(?:\\.[0-9_]+)?)\\s*(b|kb|kib|mb|mib)?");
    private static final Pattern SECONDS = Pattern.compile("([0-9][0-9_]*(?:\\.[0-9_]*)?|\\.[0-9]+)\\s*s?");

    public Limits {
        check("instructions", instructions);
        check("objects", objects);
        check("threads", threads);
        check("depth", depth);
        check("output", outputBytes);
        check("seconds", seconds);
    }

    public static Limits defaults() {
        return new Limits(200_000_000L, 5_000_000L, 64, 1000, MIB, 60.0);
    }

    /** The keys with what they mean, their defaults and ranges. */
    public static List<LimitEntry> entries() { return ENTRIES; }

    public static List<String> keys() {
        return ENTRIES.stream().map(LimitEntry::key).toList();
    }

    /**
     * A copy with one limit changed, written as users write it: {@code instructions=5e8},
     * {@code objects=10M}, {@code output=2MB}, {@code seconds=120}.
     *
     * @throws IllegalArgumentException for an unknown key (listing the keys), text that is not a
     *                                  number of the key's kind, or a value out of the key's range
     */
    public Limits with(String key, String value) {
        LimitEntry entry = entry(key);
        String t = value.trim().toLowerCase(Locale.ROOT);
        BigDecimal number = switch (key) {
            case "output" -> parse(BYTES, t, entry, "a number of bytes (1048576, 512KB, 2MB)");
            case "seconds" -> parse(SECONDS, t, entry, "a number of seconds (60, 2.5)");
            default -> parse(COUNT, t, entry, "a whole number (200_000_000, 2e8, 200M)");
        };
        double asDouble = number.doubleValue();
        if (asDouble < entry.min() || asDouble > entry.max()) throw outOfRange(entry, value.trim());
        if (!key.equals("seconds") && number.stripTrailingZeros().scale() > 0) {
            throw new IllegalArgumentException("limit " + key + " must be a whole number, got '" + value.trim() + "'");
        }
        long whole = key.equals("seconds") ? 0 : number.longValueExact();
        return switch (key) {
            case "instructions" -> new Limits(whole, objects, threads, depth, outputBytes, seconds);
            case "objects" -> new Limits(instructions, whole, threads, depth, outputBytes, seconds);
            case "threads" -> new Limits(instructions, objects, (int) whole, depth, outputBytes, seconds);
            case "depth" -> new Limits(instructions, objects, threads, (int) whole, outputBytes, seconds);
            case "output" -> new Limits(instructions, objects, threads, depth, whole, seconds);
            default -> new Limits(instructions, objects, threads, depth, outputBytes, asDouble);
        };
    }

    /** key → value (counts as Long/Integer, seconds as Double), in entry order. */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("instructions", instructions);
        map.put("objects", objects);
        map.put("threads", threads);
        map.put("depth", depth);
        map.put("output", outputBytes);
        map.put("seconds", seconds);
        return map;
    }

    /** The value of {@code key} as a user would write it back ("1MB", "60", "200000000"). */
    public String display(String key) {
        return switch (key) {
            case "output" -> outputBytes % MIB == 0 ? outputBytes / MIB + "MB"
                    : outputBytes % KIB == 0 ? outputBytes / KIB + "KB" : String.valueOf(outputBytes);
            case "seconds" -> Durations.plain(seconds);
            default -> String.valueOf(toMap().get(entry(key).key()));
        };
    }

    /** Whether {@code key} differs from its default. */
    public boolean isChanged(String key) {
        return !toMap().get(entry(key).key()).equals(defaults().toMap().get(key));
    }

    private static BigDecimal parse(Pattern pattern, String t, LimitEntry entry, String expected) {
        Matcher m = pattern.matcher(t);
        if (!m.matches()) {
            throw new IllegalArgumentException("limit " + entry.key() + ": '" + t + "' is not " + expected);
        }
        BigDecimal n = new BigDecimal(m.group(1).replace("_", ""));
        if (pattern == SECONDS) return n;
        if (pattern == COUNT && m.group(2) != null) n = n.scaleByPowerOfTen(Integer.parseInt(m.group(2).substring(1)));
        String suffix = pattern == COUNT ? m.group(3) : m.group(2);
        long factor = suffix == null ? 1 : switch (suffix) {
            case "k" -> 1_000L;
            case "m" -> 1_000_000L;
            case "g" -> 1_000_000_000L;
            case "kb", "kib" -> KIB;
            case "mb", "mib" -> MIB;
            default -> 1L;
        };
        return n.multiply(BigDecimal.valueOf(factor));
    }

    private static LimitEntry entry(String key) {
        return ENTRIES.stream().filter(e -> e.key().equals(key)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("unknown limit '" + key + "'; the limits are: "
                        + String.join(", ", keys())));
    }

    private static void check(String key, double value) {
        LimitEntry entry = entry(key);
        if (!(value >= entry.min() && value <= entry.max())) {
            throw outOfRange(entry, Double.isFinite(value) ? Durations.plain(value) : String.valueOf(value));
        }
    }

    private static IllegalArgumentException outOfRange(LimitEntry entry, String got) {
        return new IllegalArgumentException("limit " + entry.key() + " must be from " + Durations.plain(entry.min())
                + " to " + Durations.plain(entry.max()) + " " + entry.unit() + ", got " + got);
    }
}
