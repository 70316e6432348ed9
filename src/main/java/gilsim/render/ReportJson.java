package gilsim.render;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import gilsim.sim.Activity;
import gilsim.sim.Crash;
import gilsim.sim.Figures;
import gilsim.sim.Leak;
import gilsim.sim.LostUpdate;
import gilsim.sim.RefcountKinds;
import gilsim.sim.RunResult;
import gilsim.sim.TimelineData;
import gilsim.sim.WatchData;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * A run result as {@code application/vnd.gilsim.report+json} (DESIGN.md §6): a JSON object with
 * "version", "settings", "total", "threads", "crash" and "leaks" as the contract lists them, plus
 * "status", "undercounts", "timeline", "watch" and "notes". Numbers are exact integers (ns, counts)
 * except throughput (instructions per simulated second, rounded) and speedup (3 decimals, null for
 * crashed, interrupted or stopped runs). A watch entry's "start_ns" says when its series began: 0
 * for a name bound when the run started, else the moment the cell bound (or rebound) it. Bounded
 * in size: timelines and watch series are already aggregated by the machine.
 */
public final class ReportJson {
    public static final String MIME = "application/vnd.gilsim.report+json";
    public static final int VERSION = 1;

    private ReportJson() {}

    public static JsonObject render(RunResult r) {
        JsonObject o = new JsonObject();
        o.addProperty("version", VERSION);
        o.addProperty("status", r.status().name().toLowerCase());
        o.add("settings", toJson(r.settings().toReportMap()));
        o.add("total", figures(r.total(), false));
        JsonArray threads = new JsonArray();
        for (Figures f : r.threads()) threads.add(figures(f, true));
        o.add("threads", threads);
        o.add("crash", r.crash() == null ? JsonNull.INSTANCE : crash(r.crash()));
        o.add("leaks", leaks(r.leaks()));
        o.add("undercounts", leaks(r.undercounts()));
        o.add("timeline", timeline(r.timeline()));
        JsonArray watches = new JsonArray();
        for (WatchData w : r.watches()) watches.add(watch(w));
        o.add("watch", watches);
        JsonArray notes = new JsonArray();
        for (String n : r.notes()) notes.add(n);
        o.add("notes", notes);
        return o;
    }

    /**
     * A {@code %%compare} report (DESIGN.md §6): {"version": 1, "rows": [{"settings", "total", "crash",
     * "leaks"}, ...]}, one row per combination in the order run.
     */
    public static JsonObject renderCompare(List<RunResult> runs) {
        JsonObject o = new JsonObject();
        o.addProperty("version", VERSION);
        JsonArray rows = new JsonArray();
        for (RunResult r : runs) {
            JsonObject row = new JsonObject();
            row.addProperty("status", r.status().name().toLowerCase());
            row.add("settings", toJson(r.settings().toReportMap()));
            row.add("total", figures(r.total(), false));
            row.add("crash", r.crash() == null ? JsonNull.INSTANCE : crash(r.crash()));
            row.add("leaks", leaks(r.leaks()));
            rows.add(row);
        }
        o.add("rows", rows);
        return o;
    }

    static JsonObject figures(Figures f, boolean withName) {
        JsonObject o = new JsonObject();
        if (withName) o.addProperty("name", f.name());
        o.addProperty("instructions", f.instructions());
        o.addProperty("wall_ns", f.wallNs());
        o.addProperty("cpu_ns", f.cpuNs());
        o.addProperty("gil_wait_ns", f.gilWaitNs());
        o.addProperty("gil_switches", f.gilSwitches());
        o.addProperty("refcount_ops", f.refcountOps());
        o.addProperty("atomic_ops", f.atomicOps());
        o.addProperty("contended_ops", f.contendedOps());
        o.addProperty("lost_updates", f.lostUpdates());
        o.addProperty("throughput_ips", Math.round(f.throughputIps()));
        o.add("speedup", f.speedup() == null ? JsonNull.INSTANCE : new JsonPrimitive(round3(f.speedup())));
        o.addProperty("io_ns", f.ioNs());
        o.addProperty("lock_wait_ns", f.lockWaitNs());
        o.addProperty("descheduled_ns", f.descheduledNs());
        o.addProperty("own_work_ns", f.ownWorkNs());
        o.addProperty("failed_wakeups", f.failedWakeups());
        o.addProperty("context_switches", f.contextSwitches());
        o.addProperty("refcount_lock_wait_ns", f.refcountLockWaitNs());
        o.add("refcount_by_kind", kinds(f.kinds()));
        return o;
    }

    private static JsonObject kinds(RefcountKinds k) {
        JsonObject o = new JsonObject();
        o.addProperty("plain", k.plain());
        o.addProperty("atomic", k.atomic());
        o.addProperty("contended", k.contended());
        o.addProperty("biased_local", k.biasedLocal());
        o.addProperty("biased_shared", k.biasedShared());
        o.addProperty("locked", k.locked());
        o.addProperty("global_lock", k.globalLock());
        o.addProperty("immortal_skipped", k.immortalSkipped());
        o.addProperty("deferred_skipped", k.deferredSkipped());
        o.addProperty("queued", k.queued());
        return o;
    }

    private static JsonObject crash(Crash c) {
        JsonObject o = new JsonObject();
        o.addProperty("kind", c.kind());
        o.addProperty("object", c.object());
        o.addProperty("thread", c.thread());
        o.addProperty("time_ns", c.timeNs());
        o.addProperty("message", c.message());
        o.add("freed_by", c.freedBy() == null ? JsonNull.INSTANCE : new JsonPrimitive(c.freedBy()));
        JsonArray lost = new JsonArray();
        for (LostUpdate u : c.lostUpdates()) {
            JsonObject l = new JsonObject();
            l.addProperty("time_ns", u.timeNs());
            l.addProperty("thread", u.lostThread());
            l.addProperty("overwritten_by", u.otherThread());
            l.addProperty("op", u.op());
            lost.add(l);
        }
        o.add("lost_updates", lost);
        return o;
    }

    private static JsonArray leaks(List<Leak> leaks) {
        JsonArray a = new JsonArray();
        for (Leak l : leaks) {
            JsonObject o = new JsonObject();
            o.addProperty("object", l.object());
            o.addProperty("stored", l.stored());
            o.addProperty("true", l.trueCount());
            a.add(o);
        }
        return a;
    }

    private static JsonObject timeline(TimelineData t) {
        JsonObject o = new JsonObject();
        o.addProperty("bucket_ns", t.bucketNs());
        o.addProperty("end_ns", t.endNs());
        JsonArray states = new JsonArray();
        for (Activity a : Activity.values()) states.add(a.label());
        o.add("states", states);
        JsonArray threads = new JsonArray();
        for (TimelineData.ThreadRow row : t.threads()) {
            JsonObject r = new JsonObject();
            r.addProperty("name", row.name());
            JsonArray segments = new JsonArray();
            for (TimelineData.Segment s : row.segments(t.bucketNs())) {
                JsonArray seg = new JsonArray();
                seg.add(s.startNs());
                seg.add(Math.min(s.endNs(), t.endNs()));
                seg.add(s.activity().label());
                segments.add(seg);
            }
            r.add("segments", segments);
            JsonArray handoffs = new JsonArray();
            for (int b = 0; b < row.handoffs().length; b++) {
                if (row.handoffs()[b] == 0) continue;
                JsonArray h = new JsonArray();
                h.add(b * t.bucketNs());
                h.add(row.handoffs()[b]);
                handoffs.add(h);
            }
            r.add("handoffs", handoffs);
            threads.add(r);
        }
        o.add("threads", threads);
        return o;
    }

    private static JsonObject watch(WatchData w) {
        JsonObject o = new JsonObject();
        o.addProperty("name", w.name());
        o.addProperty("object", w.object());
        o.addProperty("start_ns", w.startNs());
        o.addProperty("start_stored", w.startStored());
        o.addProperty("start_true", w.startTrue());
        o.addProperty("end_stored", w.endStored());
        o.addProperty("end_true", w.endTrue());
        o.addProperty("ops", w.ops());
        o.addProperty("lost_updates", w.lostUpdates());
        o.add("freed_at_ns", w.freedAtNs() < 0 ? JsonNull.INSTANCE : new JsonPrimitive(w.freedAtNs()));
        o.addProperty("bucket_ns", w.bucketNs());
        JsonArray points = new JsonArray();
        for (WatchData.Point p : w.points()) {
            JsonArray a = new JsonArray();
            a.add(p.timeNs());
            a.add(p.stored());
            a.add(p.trueCount());
            a.add(p.minStored());
            a.add(p.maxStored());
            a.add(p.lostUpdates());
            points.add(a);
        }
        o.add("points", points);
        o.addProperty("points_format", "[time_ns, stored, true, min_stored, max_stored, lost_updates]");
        return o;
    }

    private static double round3(double x) {
        return Math.round(x * 1000) / 1000.0;
    }

    /** Settings maps hold numbers, booleans, strings and lists of strings. */
    static JsonElement toJson(Object v) {
        if (v == null) return JsonNull.INSTANCE;
        if (v instanceof Number n) return new JsonPrimitive(n);
        if (v instanceof Boolean b) return new JsonPrimitive(b);
        if (v instanceof Map<?, ?> m) {
            JsonObject o = new JsonObject();
            for (Map.Entry<?, ?> e : m.entrySet()) o.add(String.valueOf(e.getKey()), toJson(e.getValue()));
            return o;
        }
        if (v instanceof Collection<?> c) {
            JsonArray a = new JsonArray();
            for (Object x : c) a.add(toJson(x));
            return a;
        }
        return new JsonPrimitive(String.valueOf(v));
    }
}
