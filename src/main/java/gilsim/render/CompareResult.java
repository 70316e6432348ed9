package gilsim.render;

import gilsim.sim.RunResult;
import gilsim.sim.settings.Durations;
import gilsim.sim.settings.Settings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code %%compare} measured: one run per combination of settings, in the order the
 * combinations were made, and the settings keys that tell the rows apart.
 *
 * @param keys the {@code %%compare} keys shown as columns (those given more than one value), in
 *             the order written: "threads", "cores", "gil", "refcount", "immortal", "python",
 *             "switchinterval"
 * @param rows one per combination
 */
public record CompareResult(List<String> keys, List<Row> rows) {

    /** @param choices key → the value's label for this combination; @param result its run */
    public record Row(Map<String, String> choices, RunResult result) {
        public Row {
            choices = new LinkedHashMap<>(choices);
        }

        public Settings settings() { return result.settings(); }
    }

    public CompareResult {
        keys = List.copyOf(keys);
        rows = List.copyOf(rows);
    }

    /** Rows whose labels are read from each run's own settings. */
    public static CompareResult of(List<String> keys, List<RunResult> results) {
        List<Row> rows = new ArrayList<>();
        for (RunResult r : results) {
            Map<String, String> choices = new LinkedHashMap<>();
            for (String key : keys) choices.put(key, label(key, r.settings()));
            rows.add(new Row(choices, r));
        }
        return new CompareResult(keys, rows);
    }

    /** The label of a {@code %%compare} key's value in these settings, as the magic writes it. */
    public static String label(String key, Settings s) {
        return switch (key) {
            case "threads" -> String.valueOf(s.threads());
            case "cores" -> String.valueOf(s.cores());
            case "gil" -> s.gil().label();
            case "refcount" -> s.refcount().label();
            case "immortal" -> s.immortal() ? "on" : "off";
            case "python" -> s.python().label();
            case "switchinterval" -> Durations.format(s.switchIntervalNs());
            default -> throw new IllegalArgumentException("not a %%compare key: " + key);
        };
    }

    /** "gil off · refcount plain": the row's values of the given keys, for legends and captions. */
    public static String describe(Row row, List<String> keys) {
        List<String> parts = new ArrayList<>();
        for (String key : keys) parts.add(key + " " + row.choices().get(key));
        return parts.isEmpty() ? "all" : String.join(" · ", parts);
    }
}
