package gilsim.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import gilsim.lang.Parser;
import gilsim.lang.bytecode.CodeUnit;
import gilsim.lang.compiler.Compiler;
import gilsim.sim.Machine;
import gilsim.sim.MachineListener;
import gilsim.sim.RunResult;
import gilsim.sim.settings.GilMode;
import gilsim.sim.settings.Settings;
import gilsim.vm.Session;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The report's JSON has the shape DESIGN.md §6 gives it. */
class ReportJsonTest {
    static RunResult run(String source, Settings settings) {
        try {
            CodeUnit code = Compiler.compileModule(Parser.analyze(source).module(), source, "<cell>", true);
            return Machine.run(new Session(), code, source, settings, MachineListener.SILENT);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static final String LOOP = "def work(n):\n    t = 0\n    for i in range(n):\n        t += i\nwork(3000)\n";

    @Test
    void reportHasTheContractsFields() {
        JsonObject o = ReportJson.render(run(LOOP, Settings.defaults().withThreads(2)));
        assertEquals(1, o.get("version").getAsInt());
        for (String k : List.of("threads", "cores", "gil", "refcount", "immortal", "python", "switch_interval_ns", "seed")) {
            assertTrue(o.getAsJsonObject("settings").has(k), "settings." + k);
        }
        List<String> figures = List.of("instructions", "wall_ns", "cpu_ns", "gil_wait_ns", "gil_switches", "refcount_ops",
                "atomic_ops", "contended_ops", "lost_updates", "throughput_ips", "speedup");
        for (String k : figures) assertTrue(o.getAsJsonObject("total").has(k), "total." + k);
        assertEquals(2, o.getAsJsonArray("threads").size());
        JsonObject t0 = o.getAsJsonArray("threads").get(0).getAsJsonObject();
        assertEquals("T0", t0.get("name").getAsString());
        for (String k : figures) assertTrue(t0.has(k), "threads[0]." + k);
        assertTrue(t0.has("io_ns"));
        assertTrue(o.get("crash").isJsonNull());
        assertTrue(o.getAsJsonArray("leaks").isEmpty());
        assertEquals("on", o.getAsJsonObject("settings").get("gil").getAsString());
        long instructions = o.getAsJsonObject("total").get("instructions").getAsLong();
        long sum = t0.get("instructions").getAsLong()
                + o.getAsJsonArray("threads").get(1).getAsJsonObject().get("instructions").getAsLong();
        assertEquals(sum, instructions);
    }

    @Test
    void crashedRunsReportTheCrashAndNoSpeedup() {
        String shared = "shared = [1, 2, 3]\ndef touch(n):\n    for i in range(n):\n        x = shared\ntouch(3000)\n";
        JsonObject o = ReportJson.render(run(shared, Settings.defaults().withThreads(4).withGil(GilMode.OFF)));
        JsonObject crash = o.getAsJsonObject("crash");
        for (String k : List.of("kind", "object", "thread", "time_ns", "message")) assertTrue(crash.has(k), "crash." + k);
        assertTrue(List.of("use-after-free", "double-free").contains(crash.get("kind").getAsString()));
        assertTrue(o.getAsJsonObject("total").get("speedup").isJsonNull());
        assertEquals("crashed", o.get("status").getAsString());
        assertTrue(crash.getAsJsonArray("lost_updates").size() > 0);
    }

    @Test
    void leaksListObjectStoredAndTrue() {
        String shared = "shared = [1, 2, 3]\ndef touch(n):\n    for i in range(n):\n        x = shared\ntouch(60)\n";
        JsonObject o = ReportJson.render(run(shared, Settings.defaults().withThreads(4).withGil(GilMode.OFF).withSeed(4)));
        JsonObject leak = o.getAsJsonArray("leaks").get(0).getAsJsonObject();
        assertTrue(leak.get("stored").getAsLong() > leak.get("true").getAsLong());
        assertTrue(leak.get("object").getAsString().contains("object at 0x"));
    }

    @Test
    void reportStaysSmallWhateverTheRunsLength() {
        Settings s = Settings.defaults().withThreads(8).withSwitchIntervalNs(20_000).withWatch(List.of("shared"));
        String code = "shared = []\ndef work(n):\n    for i in range(n):\n        x = shared\nwork(30000)\n";
        String json = ReportJson.render(run(code, s)).toString();
        assertTrue(json.length() < 150_000, "report of " + json.length() + " bytes");
        assertTrue(json.contains("\"watch\":[{\"name\":\"shared\""));
    }

    @Test
    void compareReportHasOneRowPerCombination() {
        RunResult on = run(LOOP, Settings.defaults().withThreads(2));
        RunResult off = run(LOOP, Settings.defaults().withThreads(2).withGil(GilMode.OFF));
        JsonObject o = ReportJson.renderCompare(List.of(on, off));
        assertEquals(1, o.get("version").getAsInt());
        assertEquals(2, o.getAsJsonArray("rows").size());
        JsonObject row = o.getAsJsonArray("rows").get(1).getAsJsonObject();
        for (String k : List.of("settings", "total", "crash", "leaks")) assertTrue(row.has(k), k);
        assertEquals("off", row.getAsJsonObject("settings").get("gil").getAsString());
        String text = ReportText.renderCompare(List.of(on, off));
        assertEquals(3, text.split("\n").length, text);
    }
}
