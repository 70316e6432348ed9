package gilsim.kernel;

import java.util.Locale;

/** The words of the progress line: simulated figures only, so a notebook re-runs to the same bytes. */
final class ProgressText {
    private ProgressText() {}

    static String summary(long instructions, long simulatedNs, int threads) {
        return String.format(Locale.ROOT, "%,d instructions, %s simulated, %d thread%s",
                instructions, time(simulatedNs), threads, threads == 1 ? "" : "s");
    }

    static String percent(long done, long limit) {
        return limit <= 0 ? "?" : String.format(Locale.ROOT, "%.0f%%", 100.0 * done / limit);
    }

    static String time(long ns) {
        if (ns >= 1_000_000_000L) return String.format(Locale.ROOT, "%.2f s", ns / 1e9);
        if (ns >= 1_000_000L) return String.format(Locale.ROOT, "%.2f ms", ns / 1e6);
        if (ns >= 1_000L) return String.format(Locale.ROOT, "%.1f µs", ns / 1e3);
        return ns + " ns";
    }
}
