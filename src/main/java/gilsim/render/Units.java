package gilsim.render;

import java.util.Locale;

/**
 * How the report writes numbers: counts with thousands separators, simulated times in one unit
 * per table (chosen from the run's length, so a column lines up), throughputs with an SI prefix,
 * speedups with a "×".
 */
final class Units {
    private Units() {}

    /** A time unit for a table or an axis. */
    record TimeUnit(String symbol, long ns) {
        static final TimeUnit S = new TimeUnit("s", 1_000_000_000L);
        static final TimeUnit MS = new TimeUnit("ms", 1_000_000L);
        static final TimeUnit US = new TimeUnit("µs", 1_000L);
        static final TimeUnit NS = new TimeUnit("ns", 1L);

        /** The largest unit in which {@code spanNs} is at least 1 (ns for 0). */
        static TimeUnit forSpan(double spanNs) {
            double abs = Math.abs(spanNs);
            return abs >= 1e9 ? S : abs >= 1e6 ? MS : abs >= 1e3 ? US : NS;
        }
    }

    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** A count with an SI prefix and three significant digits: "770 k", "7.02 M". */
    static String compact(long n) {
        String[] prefixes = {"", "k", "M", "G", "T", "P"};
        int i = 0;
        double v = n;
        while (Math.abs(v) >= 1000 && i < prefixes.length - 1) {
            v /= 1000;
            i++;
        }
        return i == 0 ? count(n) : significant(v, 3) + " " + prefixes[i];
    }

    /** A time in the given unit with two decimals ("31.42"), or "0" for nothing at all. */
    static String time(long ns, TimeUnit unit) {
        if (ns == 0) return "0";
        if (unit == TimeUnit.NS) return count(ns);
        return String.format(Locale.ROOT, "%,.2f", ns / (double) unit.ns());
    }

    /** A time for prose, in its own unit with three significant digits: "1.84 ms", "420 µs". */
    static String duration(double ns) {
        TimeUnit unit = TimeUnit.forSpan(ns);
        return significant(ns / unit.ns(), 3) + " " + unit.symbol();
    }

    /** Instructions per second with an SI prefix: "38.2 M/s". */
    static String rate(double perSecond) {
        if (perSecond <= 0) return "0/s";
        String[] prefixes = {"", "k", "M", "G", "T"};
        int i = 0;
        double v = perSecond;
        while (v >= 1000 && i < prefixes.length - 1) {
            v /= 1000;
            i++;
        }
        return significant(v, 3) + " " + prefixes[i] + "/s";
    }

    /** "3.62×", or "—" when the run has no speedup (crashed, interrupted, stopped). */
    static String speedup(Double s) {
        return s == null ? "—" : String.format(Locale.ROOT, "%.2f×", s);
    }

    /** A share of a whole, "97%"; "<1%" when small but not zero. */
    static String percent(double part, double whole) {
        if (whole <= 0 || part <= 0) return "0%";
        double p = 100 * part / whole;
        if (p < 1) return "<1%";
        return Math.round(p) + "%";
    }

    /** {@code v} with {@code digits} significant digits, without exponent or trailing zeros. */
    static String significant(double v, int digits) {
        if (v == 0) return "0";
        int magnitude = (int) Math.floor(Math.log10(Math.abs(v))) + 1;
        int decimals = Math.max(0, digits - magnitude);
        String s = String.format(Locale.ROOT, "%." + decimals + "f", v);
        if (s.contains(".")) s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
        return s;
    }

    /** "1 thread", "4 threads". */
    static String plural(long n, String one, String many) {
        return count(n) + " " + (n == 1 ? one : many);
    }
}
