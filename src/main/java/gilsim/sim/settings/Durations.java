package gilsim.sim.settings;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reading and writing simulated durations. Everything inside the simulator is nanoseconds; users
 * write seconds (as {@code sys.setswitchinterval} takes them) or a number with a unit.
 */
public final class Durations {
    private static final Pattern DURATION = Pattern.compile(
            "([0-9][0-9_]*(?:\\.[0-9_]*)?|\\.[0-9][0-9_]*)(e[+-]?[0-9]+)?\\s*(s|ms|us|µs|μs|ns)?");

    public static final String UNITS = "s, ms, us (or µs), ns";

    private Durations() {}

    /** A time unit and how many nanoseconds it holds. */
    public enum Unit {
        SECONDS(1_000_000_000L), MILLIS(1_000_000L), MICROS(1_000L), NANOS(1L);

        private final long ns;

        Unit(long ns) { this.ns = ns; }

        public long ns() { return ns; }
    }

    /**
     * Parses "0.005", "5ms", "500us", "500µs", "1000ns", "2 s"; a bare number is in
     * {@code bareUnit}. Returns nanoseconds, exact (possibly fractional).
     *
     * @throws IllegalArgumentException if the text is not a non-negative number with an optional unit
     */
    public static BigDecimal parseNanos(String text, Unit bareUnit) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        Matcher m = DURATION.matcher(t);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text.trim() + "' is not a duration: write a number of "
                    + (bareUnit == Unit.SECONDS ? "seconds (0.005)" : "nanoseconds (25)")
                    + " or a number with a unit (5ms, 500us, 1000ns)");
        }
        BigDecimal number = new BigDecimal(m.group(1).replace("_", "") + (m.group(2) == null ? "" : m.group(2)));
        Unit unit = m.group(3) == null ? bareUnit : switch (m.group(3)) {
            case "s" -> Unit.SECONDS;
            case "ms" -> Unit.MILLIS;
            case "ns" -> Unit.NANOS;
            default -> Unit.MICROS;
        };
        return number.multiply(BigDecimal.valueOf(unit.ns()));
    }

    /** "5 ms", "1.5 µs", "6 ns", "2 s": the largest unit that keeps the number at least 1. */
    public static String format(double ns) {
        if (!Double.isFinite(ns)) return String.valueOf(ns);
        double abs = Math.abs(ns);
        Unit unit = abs >= 1e9 ? Unit.SECONDS : abs >= 1e6 ? Unit.MILLIS : abs >= 1e3 ? Unit.MICROS : Unit.NANOS;
        String symbol = switch (unit) {
            case SECONDS -> "s";
            case MILLIS -> "ms";
            case MICROS -> "µs";
            case NANOS -> "ns";
        };
        BigDecimal value = BigDecimal.valueOf(ns).divide(BigDecimal.valueOf(unit.ns()));
        return plain(value.setScale(Math.min(value.scale(), 3), RoundingMode.HALF_EVEN)) + " " + symbol;
    }

    /** Nanoseconds as seconds, the way {@code sys.getswitchinterval()} shows them: 5 ms is "0.005". */
    public static String formatSeconds(long ns) {
        return plain(BigDecimal.valueOf(ns).movePointLeft(9));
    }

    /** A number without exponent or trailing zeros: 6.0 is "6", 1.50 is "1.5". */
    public static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.scale() < 0) stripped = stripped.setScale(0);
        return stripped.toPlainString();
    }

    public static String plain(double value) {
        return plain(BigDecimal.valueOf(value));
    }
}
