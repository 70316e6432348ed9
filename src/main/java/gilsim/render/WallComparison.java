package gilsim.render;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Simulated wall time of each {@code %%compare} row against a baseline row, for a compare whose
 * rows all run the same number of threads. Every thread runs the cell's body, so the same thread
 * count means the same work, and wall times compare directly: "+6.0%" is the price of a model.
 * Speedup does not show it there: each run's speedup is measured against its own model on one
 * thread, so on one thread every model says about 1× (DESIGN.md §4).
 *
 * @param baseline the first row that finished (normally the first row): the one the others are read against
 */
record WallComparison(CompareResult.Row baseline) {

    /** The comparison, or empty when the thread count varies (different work) or no row finished. */
    static Optional<WallComparison> of(CompareResult compare) {
        if (compare.rows().stream().map(r -> r.settings().threads()).distinct().count() != 1) return Optional.empty();
        return compare.rows().stream().filter(WallComparison::finished).findFirst().map(WallComparison::new);
    }

    /** A crashed or interrupted run stopped early: its wall time is not the time of the work. */
    static boolean finished(CompareResult.Row row) {
        return row.result().total().speedup() != null;
    }

    /** The row's wall time divided by the baseline's, or null for a row that did not finish. */
    Double ratio(CompareResult.Row row) {
        if (!finished(row)) return null;
        return row.result().total().wallNs() / (double) Math.max(1, baseline.result().total().wallNs());
    }

    /** The column's header: "wall vs 3.13", "wall vs gil on · refcount plain". */
    String header(List<String> keys) {
        return "wall vs " + name(baseline, keys);
    }

    /** A row's name in headers and captions: its value when one key varies, else "key value · …". */
    static String name(CompareResult.Row row, List<String> keys) {
        return keys.size() == 1 ? row.choices().get(keys.get(0)) : CompareResult.describe(row, keys);
    }

    /** "baseline", "+6.0%", "−74.0% (3.85× faster)", or "—" for a row that did not finish. */
    String label(CompareResult.Row row) {
        if (row == baseline) return "baseline";
        Double ratio = ratio(row);
        return ratio == null ? "—" : relative(ratio);
    }

    /** A ratio of wall times as a change in percent; past 1.5× either way also as "n× slower/faster". */
    static String relative(double ratio) {
        double percent = 100 * (ratio - 1);
        String change = Math.abs(percent) < 0.05 ? "±0.0%"
                : (percent > 0 ? "+" : "−") + String.format(Locale.ROOT, "%.1f%%", Math.abs(percent));
        if (ratio >= 1.5) return change + " (" + Units.significant(ratio, 3) + "× slower)";
        if (ratio > 0 && ratio <= 1 / 1.5) return change + " (" + Units.significant(1 / ratio, 3) + "× faster)";
        return change;
    }
}
