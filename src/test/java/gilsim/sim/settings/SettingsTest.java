package gilsim.sim.settings;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SettingsTest {

    @Test
    void defaultsAreThe311PresetOnOneThreadAndFourCores() {
        Settings s = Settings.defaults();
        assertEquals(1, s.threads());
        assertEquals(4, s.cores());
        assertEquals(GilMode.ON, s.gil());
        assertEquals(RefcountMode.PLAIN, s.refcount());
        assertFalse(s.immortal());
        assertEquals(PythonPreset.V3_11, s.python());
        assertEquals(Set.of(), s.overridden());
        assertEquals(5_000_000L, s.switchIntervalNs());
        assertEquals(0L, s.seed());
        assertEquals(CostModel.defaults(), s.costs());
        assertEquals(List.of(), s.watch());
        assertTrue(s.timeline());
        assertEquals(ReportLevel.FULL, s.report());
        assertEquals(Limits.defaults(), s.limits());
        assertEquals(DeferredMode.NONE, s.deferred());
        assertEquals(100, s.checkInterval());
    }

    @Test
    void withMethodsReturnNewSettingsAndLeaveTheOriginalAlone() {
        Settings s = Settings.defaults();
        Settings t = s.withThreads(4).withCores(8).withSeed(7).withTimeline(false).withReport(ReportLevel.SUMMARY)
                .withWatch(List.of("x", "y")).withSwitchIntervalNs(1_000_000);
        assertEquals(Settings.defaults(), s);
        assertEquals(4, t.threads());
        assertEquals(8, t.cores());
        assertEquals(7, t.seed());
        assertFalse(t.timeline());
        assertEquals(ReportLevel.SUMMARY, t.report());
        assertEquals(List.of("x", "y"), t.watch());
        assertEquals(1_000_000, t.switchIntervalNs());
        assertNotSame(s, t);
    }

    @Test
    void watchListIsCopiedSoTheCallerCannotChangeIt() {
        List<String> names = new ArrayList<>(List.of("x"));
        Settings s = Settings.defaults().withWatch(names);
        names.add("y");
        assertEquals(List.of("x"), s.watch());
        assertThrows(UnsupportedOperationException.class, () -> s.watch().add("z"));
    }

    @Test
    void watchRejectsNonNamesDuplicatesAndTooMany() {
        Settings s = Settings.defaults();
        assertThrows(IllegalArgumentException.class, () -> s.withWatch(List.of("1x")));
        assertThrows(IllegalArgumentException.class, () -> s.withWatch(List.of("a.b")));
        assertThrows(IllegalArgumentException.class, () -> s.withWatch(List.of("x", "x")));
        List<String> many = new ArrayList<>();
        for (int i = 0; i <= Settings.MAX_WATCH; i++) many.add("v" + i);
        assertThrows(IllegalArgumentException.class, () -> s.withWatch(many));
        assertEquals(List.of("größe", "_x1"), s.withWatch(List.of("größe", "_x1")).watch());
    }

    @Test
    void perInterpreterGilTurnsImmortalObjectsOn() {
        Settings s = Settings.defaults().withGil(GilMode.PER_INTERPRETER);
        assertTrue(s.immortal());
        assertEquals(Set.of("gil", "immortal"), s.overridden());
    }

    @Test
    void immortalOffUnderPerInterpreterGilIsRefusedWithTheReason() {
        Settings s = Settings.defaults().withGil(GilMode.PER_INTERPRETER);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> s.withImmortal(false));
        assertTrue(e.getMessage().contains("PEP 684 depends on PEP 683"), e.getMessage());
    }

    @Test
    void threadsAndCoresAreBounded() {
        Settings s = Settings.defaults();
        assertThrows(IllegalArgumentException.class, () -> s.withThreads(0));
        assertThrows(IllegalArgumentException.class, () -> s.withThreads(65));
        assertEquals(64, s.withThreads(64).threads());
        assertThrows(IllegalArgumentException.class, () -> s.withCores(0));
        assertThrows(IllegalArgumentException.class, () -> s.withCores(65));
        assertThrows(IllegalArgumentException.class, () -> s.withSwitchIntervalNs(0));
    }

    @Test
    void threadLimitBoundsThreadsBothWays() {
        Settings s = Settings.defaults().withLimits(Limits.defaults().with("threads", "128")).withThreads(100);
        assertEquals(100, s.threads());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> s.withLimits(Limits.defaults()));
        assertTrue(e.getMessage().contains("lower %threads first"), e.getMessage());
    }

    @Test
    void eachPresetSetsTheVersionTableSettings() {
        // FACTS.md §10
        record Row(PythonPreset p, GilMode gil, RefcountMode rc, boolean immortal, DeferredMode deferred) {}
        List<Row> table = List.of(
                new Row(PythonPreset.V2_7, GilMode.LEGACY, RefcountMode.PLAIN, false, DeferredMode.NONE),
                new Row(PythonPreset.V3_11, GilMode.ON, RefcountMode.PLAIN, false, DeferredMode.NONE),
                new Row(PythonPreset.V3_12, GilMode.ON, RefcountMode.PLAIN, true, DeferredMode.NONE),
                new Row(PythonPreset.V3_13, GilMode.ON, RefcountMode.PLAIN, true, DeferredMode.NONE),
                new Row(PythonPreset.V3_13T, GilMode.OFF, RefcountMode.BIASED, true,
                        DeferredMode.IMMORTALIZE_AT_FIRST_THREAD),
                new Row(PythonPreset.V3_14, GilMode.ON, RefcountMode.PLAIN, true, DeferredMode.NONE),
                new Row(PythonPreset.V3_14T, GilMode.OFF, RefcountMode.BIASED, true, DeferredMode.DEFERRED));
        assertEquals(PythonPreset.values().length, table.size());
        for (Row r : table) {
            Settings s = Settings.defaults().withSwitchIntervalNs(123_456).withPython(r.p());
            assertEquals(r.gil(), s.gil(), r.p().label());
            assertEquals(r.rc(), s.refcount(), r.p().label());
            assertEquals(r.immortal(), s.immortal(), r.p().label());
            assertEquals(r.deferred(), s.deferred(), r.p().label());
            assertEquals(5_000_000L, s.switchIntervalNs(), r.p().label());
            assertEquals(Set.of(), s.overridden(), r.p().label());
        }
    }

    @Test
    void presetLabelsAreTheVersionsUsersType() {
        assertEquals(List.of("2.7", "3.11", "3.12", "3.13", "3.13t", "3.14", "3.14t"), PythonPreset.labels());
        assertEquals(PythonPreset.V3_13T, PythonPreset.fromLabel("3.13T").orElseThrow());
    }

    @Test
    void immortalRefcountIsTheVersionsMagicValue() {
        // FACTS.md §6
        assertEquals(4_294_967_295L, Settings.defaults().withPython(PythonPreset.V3_12).immortalRefcount());
        assertEquals(4_294_967_295L, Settings.defaults().withPython(PythonPreset.V3_13).immortalRefcount());
        assertEquals(4_294_967_295L, Settings.defaults().withPython(PythonPreset.V3_13T).immortalRefcount());
        assertEquals(3_221_225_472L, Settings.defaults().withPython(PythonPreset.V3_14).immortalRefcount());
        assertEquals(3_221_225_472L, Settings.defaults().withPython(PythonPreset.V3_14T).immortalRefcount());
        assertEquals(0L, PythonPreset.V3_11.immortalRefcount());
        assertEquals(0L, PythonPreset.V2_7.immortalRefcount());
        // immortal turned on under 3.11: PEP 683 as first released
        assertEquals(4_294_967_295L, Settings.defaults().withImmortal(true).immortalRefcount());
    }

    @Test
    void internedStringsAreImmortalOnlyInFreeThreadedPresets() {
        assertTrue(Settings.defaults().withPython(PythonPreset.V3_13T).internedStringsImmortal());
        assertTrue(Settings.defaults().withPython(PythonPreset.V3_14T).internedStringsImmortal());
        assertFalse(Settings.defaults().withPython(PythonPreset.V3_12).internedStringsImmortal());
        assertFalse(Settings.defaults().withPython(PythonPreset.V3_14).internedStringsImmortal());
    }

    @Test
    void immortalizationAt313tNeedsImmortalObjects() {
        Settings s = Settings.defaults().withPython(PythonPreset.V3_13T).withImmortal(false);
        assertEquals(DeferredMode.NONE, s.deferred());
        assertEquals(DeferredMode.DEFERRED, Settings.defaults().withPython(PythonPreset.V3_14T).withImmortal(false)
                .deferred());
    }

    @Test
    void settingsChangedAfterThePresetAreMarkedUntilTheyMatchItAgain() {
        Settings s = Settings.defaults().withPython(PythonPreset.V3_12).withGil(GilMode.OFF)
                .withRefcount(RefcountMode.ATOMIC).withSwitchIntervalNs(1_000_000);
        assertEquals(List.of("gil", "refcount", "switch_interval_ns"), List.copyOf(s.overridden()));
        Settings back = s.withGil(GilMode.ON).withRefcount(RefcountMode.PLAIN).withSwitchIntervalNs(5_000_000);
        assertEquals(Set.of(), back.overridden());
        assertEquals(Set.of("immortal"), Settings.defaults().withImmortal(true).overridden());
        assertEquals(Set.of(), s.withPython(PythonPreset.V3_12).overridden());
    }

    @Test
    void overriddenIsRecomputedWhateverTheConstructorIsGiven() {
        Settings d = Settings.defaults();
        Settings s = new Settings(1, 4, GilMode.OFF, RefcountMode.PLAIN, false, PythonPreset.V3_11,
                Set.of("nonsense"), d.switchIntervalNs(), 0, d.costs(), List.of(), true, ReportLevel.FULL, d.limits());
        assertEquals(Set.of("gil"), s.overridden());
    }

    @Test
    void presetKeepsThreadsCoresSeedCostsWatchAndLimits() {
        Settings s = Settings.defaults().withThreads(3).withCores(2).withSeed(9)
                .withCosts(CostModel.defaults().with("instruction", 7)).withWatch(List.of("x"))
                .withPython(PythonPreset.V3_14T);
        assertEquals(3, s.threads());
        assertEquals(2, s.cores());
        assertEquals(9, s.seed());
        assertEquals(7, s.costs().instruction());
        assertEquals(List.of("x"), s.watch());
    }

    @Test
    void reportMapHasTheReportSettingsKeysAndValues() {
        Settings s = Settings.defaults().withThreads(4).withGil(GilMode.PER_INTERPRETER)
                .withRefcount(RefcountMode.GLOBAL_LOCK).withSeed(3);
        Map<String, Object> m = s.toReportMap();
        assertEquals(List.of("threads", "cores", "gil", "refcount", "immortal", "python", "switch_interval_ns", "seed",
                "deferred", "overridden"), List.copyOf(m.keySet()));
        assertEquals(4, m.get("threads"));
        assertEquals(4, m.get("cores"));
        assertEquals("per-interpreter", m.get("gil"));
        assertEquals("global-lock", m.get("refcount"));
        assertEquals(true, m.get("immortal"));
        assertEquals("3.11", m.get("python"));
        assertEquals(5_000_000L, m.get("switch_interval_ns"));
        assertEquals(3L, m.get("seed"));
        assertEquals(List.of("gil", "immortal", "refcount"), m.get("overridden"));
    }

    @Test
    void reportMapShowsTheCheckIntervalOnlyForTheLegacyGil() {
        assertEquals(100, Settings.defaults().withPython(PythonPreset.V2_7).toReportMap().get("check_interval"));
        assertFalse(Settings.defaults().toReportMap().containsKey("check_interval"));
    }

    @Test
    void configMapAddsWatchTimelineReportCostsAndLimits() {
        Map<String, Object> m = Settings.defaults().withWatch(List.of("x")).toConfigMap();
        assertTrue(m.keySet().containsAll(Settings.defaults().toReportMap().keySet()));
        assertEquals(List.of("x"), m.get("watch"));
        assertEquals(true, m.get("timeline"));
        assertEquals("full", m.get("report"));
        @SuppressWarnings("unchecked") Map<String, Object> cost = (Map<String, Object>) m.get("cost");
        assertEquals(CostModel.names(), List.copyOf(cost.keySet()));
        assertEquals(6.0, cost.get("instruction"));
        @SuppressWarnings("unchecked") Map<String, Object> limit = (Map<String, Object>) m.get("limit");
        assertEquals(List.of("instructions", "objects", "threads", "depth", "output", "seconds"),
                List.copyOf(limit.keySet()));
        assertEquals(1_048_576L, limit.get("output"));
    }
}
