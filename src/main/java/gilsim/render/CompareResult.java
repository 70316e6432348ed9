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

    /** Every setting a {@code %%compare} key can name, in the order a report lists them. */
    public static final List<String> SETTINGS =
            List.of("python", "threads", "cores", "gil", "refcount", "immortal", "switchinterval");

    /**
     * The table's setting columns: the keys, then every other setting that differs between rows.
     * A {@code python=} preset sets gil, refcount, immortal and the switch interval per row, so
     * with {@code python=3.11,3.13t} those differ too although no key names them.
     */
    public List<String> columns() {
        List<String> out = new ArrayList<>(keys);
        for (String setting : SETTINGS) if (!keys.contains(setting) && !shared(setting)) out.add(setting);
        return out;
    }

    /** The settings no row differs in (none of them a key): the header's "same for all". */
    public List<String> sharedSettings() {
        List<String> out = new ArrayList<>();
        for (String setting : SETTINGS) if (!keys.contains(setting) && shared(setting)) out.add(setting);
        return out;
    }

    /** Whether a column is there because a preset changed it rather than because a key named it. */
    public boolean derived(String column) {
        return !keys.contains(column);
    }

    private boolean shared(String setting) {
        return rows.stream().map(r -> label(setting, r.settings())).distinct().count() <= 1;
    }

    /** The row's value of a column: its key's label, or its own setting for a derived column. */
    public static String value(Row row, String column) {
        String chosen = row.choices().get(column);
        return chosen != null ? chosen : label(column, row.settings());
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
