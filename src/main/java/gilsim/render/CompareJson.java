package gilsim.render;

import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;

import java.util.Map;
import java.util.Optional;

/**
 * A {@code %%compare} report as {@code application/vnd.gilsim.report+json} (DESIGN.md §6):
 * {@code {"version": 1, "keys": [...], "rows": [{"settings", "total", "crash", "leaks", ...}]}}.
 * Each row's fields are exactly those of the run's own report ({@link ReportJson}), so a test or
 * an exercise reads a row as it reads a single run; "choices" adds the row's values of the keys
 * that vary, "status" how the run ended. When every row runs the same number of threads (the same
 * work), "baseline" is the index of the row the others are read against (the first that finished)
 * and each row's "wall_vs_baseline" its wall time divided by the baseline's (null for a row that
 * did not finish); across thread counts the work differs, and both are null.
 */
public final class CompareJson {
    private CompareJson() {}

    public static JsonObject render(CompareResult compare) {
        JsonObject o = new JsonObject();
        o.addProperty("version", ReportJson.VERSION);
        JsonArray keys = new JsonArray();
        for (String k : compare.keys()) keys.add(k);
        o.add("keys", keys);
        Optional<WallComparison> wall = WallComparison.of(compare);
        if (wall.isPresent()) o.addProperty("baseline", compare.rows().indexOf(wall.get().baseline()));
        else o.add("baseline", JsonNull.INSTANCE);
        JsonArray rows = new JsonArray();
        for (CompareResult.Row row : compare.rows()) {
            JsonObject run = ReportJson.render(row.result());
            JsonObject r = new JsonObject();
            JsonObject choices = new JsonObject();
            for (Map.Entry<String, String> e : row.choices().entrySet()) choices.addProperty(e.getKey(), e.getValue());
            r.add("choices", choices);
            r.add("status", run.get("status"));
            r.add("settings", run.get("settings"));
            r.add("total", run.get("total"));
            r.add("crash", run.get("crash"));
            r.add("leaks", run.get("leaks"));
            r.add("undercounts", run.get("undercounts"));
            Double ratio = wall.map(w -> w.ratio(row)).orElse(null);
            if (ratio == null) r.add("wall_vs_baseline", JsonNull.INSTANCE);
            else r.addProperty("wall_vs_baseline", Math.round(ratio * 10_000) / 10_000.0);
            rows.add(r);
        }
        o.add("rows", rows);
        return o;
    }
}
