package gilsim.kernel.magic;

import com.google.gson.JsonObject;
import gilsim.sim.settings.CostModel;
import gilsim.sim.settings.GilMode;
import gilsim.sim.settings.PythonPreset;
import gilsim.sim.settings.RefcountMode;
import gilsim.sim.settings.ReportLevel;
import gilsim.sim.settings.Settings;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MagicsTest {
    private static final Settings BASE = Settings.defaults();

    private static MagicOutcome run(Settings s, String line) throws MagicException {
        ParsedCell cell = CellSplitter.split(line);
        assertEquals(1, cell.lineMagics().size(), line);
        return Magics.applyLine(s, cell.lineMagics().get(0));
    }

    private static Settings apply(String... lines) throws MagicException {
        Settings s = BASE;
        for (String line : lines) s = run(s, line).settings();
        return s;
    }

    /** Fails the magic and returns the message; also checks that nothing changed. */
    private static String error(Settings s, String line) {
        Settings before = s;
        MagicException e = assertThrows(MagicException.class, () -> run(s, line), line);
        assertEquals("UsageError", e.ename());
        assertEquals(before, s);
        return e.getMessage();
    }

    private static String text(MagicOutcome outcome) {
        assertEquals(1, outcome.outputs().size());
        return (String) outcome.outputs().get(0).getData(MIMEType.TEXT_PLAIN);
    }

    // ---- setting magics ----

    @Test
    void settingMagicsChangeTheirSettingSilently() throws MagicException {
        Settings s = apply("%threads 4", "%cores 8", "%gil off", "%refcount atomic", "%immortal on", "%seed 42",
                "%timeline off", "%report summary", "%switchinterval 0.001");
        assertEquals(4, s.threads());
        assertEquals(8, s.cores());
        assertEquals(GilMode.OFF, s.gil());
        assertEquals(RefcountMode.ATOMIC, s.refcount());
        assertTrue(s.immortal());
        assertEquals(42, s.seed());
        assertFalse(s.timeline());
        assertEquals(ReportLevel.SUMMARY, s.report());
        assertEquals(1_000_000, s.switchIntervalNs());
        assertEquals(List.of(), run(BASE, "%threads 2").outputs());
        assertFalse(run(BASE, "%threads 2").resetSession());
    }

    @Test
    void everyModeOfEveryChoiceMagicIsAccepted() throws MagicException {
        for (GilMode g : GilMode.values()) assertEquals(g, apply("%gil " + g.label()).gil());
        for (RefcountMode r : RefcountMode.values()) assertEquals(r, apply("%refcount " + r.label()).refcount());
        for (ReportLevel r : ReportLevel.values()) assertEquals(r, apply("%report " + r.label()).report());
        for (PythonPreset p : PythonPreset.values()) assertEquals(p, apply("%python " + p.label()).python());
    }

    @Test
    void badArgumentsNameTheAllowedValues() {
        assertTrue(error(BASE, "%threads 0").contains("from 1 to 64"));
        assertTrue(error(BASE, "%threads lots").contains("from 1 to 64"));
        assertTrue(error(BASE, "%threads 100000").contains("from 1 to 64"));
        assertTrue(error(BASE, "%threads 99999999999999999999999").contains("from 1 to 64"));
        assertTrue(error(BASE, "%threads 2 3").contains("takes one value"));
        assertTrue(error(BASE, "%cores -1").contains("from 1 to 64"));
        assertTrue(error(BASE, "%cores 65").contains("from 1 to 64"));
        assertTrue(error(BASE, "%gil maybe").contains("on, legacy, off, per-interpreter"));
        assertTrue(error(BASE, "%refcount fast").contains("plain, locked, global-lock, atomic, biased"));
        assertTrue(error(BASE, "%immortal yes").contains("on, off"));
        assertTrue(error(BASE, "%python 3.10").contains("2.7, 3.11, 3.12, 3.13, 3.13t, 3.14, 3.14t"));
        assertTrue(error(BASE, "%report some").contains("full, summary, off"));
        assertTrue(error(BASE, "%timeline maybe").contains("on, off"));
        assertTrue(error(BASE, "%seed -5").contains("whole number from 0"));
        String si = error(BASE, "%switchinterval abc");
        assertTrue(si.contains("0.005") && si.contains("5ms") && si.contains("500us"), si);
        assertTrue(error(BASE, "%switchinterval 0").contains("out of range"));
        assertTrue(error(BASE, "%switchinterval 100ns").contains("from 1 µs to 60 s"));
    }

    @Test
    void errorMessagesStartWithTheMagicAndSuggestCloseValues() {
        assertEquals("%gil: unknown mode 'of'. Allowed values: on, legacy, off, per-interpreter. Did you mean off or on?",
                error(BASE, "%gil of"));
        assertTrue(error(BASE, "%refcount atomc").endsWith("Did you mean atomic?"));
    }

    @Test
    void theThreadLimitBoundsThreads() throws MagicException {
        Settings s = apply("%limit threads=8");
        assertTrue(error(s, "%threads 9").contains("from 1 to 8"));
        assertEquals(8, run(s, "%threads 8").settings().threads());
        Settings many = apply("%limit threads=200", "%threads 100");
        assertTrue(error(many, "%limit threads=50").contains("lower %threads first"));
    }

    @Test
    void switchIntervalTakesSecondsOrUnits() throws MagicException {
        assertEquals(5_000_000, apply("%switchinterval 0.005").switchIntervalNs());
        assertEquals(5_000_000, apply("%switchinterval 5ms").switchIntervalNs());
        assertEquals(500_000, apply("%switchinterval 500us").switchIntervalNs());
        assertEquals(500_000, apply("%switchinterval 500 µs").switchIntervalNs());
        assertEquals(1_000, apply("%switchinterval 1000ns").switchIntervalNs());
        assertEquals(Settings.DEFAULT_SWITCH_INTERVAL_NS, apply("%switchinterval 1ms", "%python 3.11").switchIntervalNs());
    }

    @Test
    void switchIntervalUnderTheLegacyGilSaysItIsUnused() throws MagicException {
        MagicOutcome o = run(apply("%gil legacy"), "%switchinterval 1ms");
        assertTrue(text(o).contains("legacy GIL does not use it"), text(o));
        assertEquals(1_000_000, o.settings().switchIntervalNs());
    }

    @Test
    void perInterpreterGilTurnsImmortalOnAndSaysSo() throws MagicException {
        MagicOutcome o = run(BASE, "%gil per-interpreter");
        assertTrue(o.settings().immortal());
        assertTrue(text(o).contains("%immortal on") && text(o).contains("PEP 684 depends on PEP 683"), text(o));
        MagicOutcome again = run(apply("%immortal on"), "%gil per-interpreter");
        assertEquals(List.of(), again.outputs());
    }

    @Test
    void immortalOffUnderPerInterpreterGilIsAnErrorExplainingWhy() throws MagicException {
        Settings s = apply("%gil per-interpreter");
        String message = error(s, "%immortal off");
        assertTrue(message.startsWith("%immortal off: a per-interpreter GIL needs immortal objects"), message);
        assertTrue(message.contains("PEP 684 depends on PEP 683"), message);
    }

    @Test
    void presetSetsItsSettingsAndPrintsOneLine() throws MagicException {
        MagicOutcome o = run(apply("%gil off"), "%python 3.14t");
        Settings s = o.settings();
        assertEquals(GilMode.OFF, s.gil());
        assertEquals(RefcountMode.BIASED, s.refcount());
        assertTrue(s.immortal());
        assertEquals(List.of(), List.copyOf(s.overridden()));
        String line = text(o);
        assertEquals(1, line.lines().count(), line);
        assertTrue(line.startsWith("Python 3.14t preset: gil off, refcount biased, immortal on, deferred deferred"), line);
        assertTrue(text(run(BASE, "%python 2.7")).contains("check interval 100 ticks"));
    }

    @Test
    void magicAfterAPresetChangesOnlyItsSettingAndIsMarked() throws MagicException {
        Settings s = apply("%python 3.12", "%refcount atomic");
        assertEquals(PythonPreset.V3_12, s.python());
        assertTrue(s.immortal());
        assertEquals(List.of("refcount"), List.copyOf(s.overridden()));
        String shown = text(run(s, "%python"));
        assertTrue(shown.lines().anyMatch(l -> l.matches("\\s*refcount\\s+plain\\s+atomic \\*")), shown);
        assertTrue(shown.contains("* changed after %python 3.12"), shown);
    }

    @Test
    void pythonAloneShowsThePresetAsTextAndHtml() throws MagicException {
        MagicOutcome o = run(BASE, "%python");
        assertSame(BASE, o.settings());
        DisplayData d = o.outputs().get(0);
        assertTrue(((String) d.getData(MIMEType.TEXT_PLAIN)).startsWith("CPython 3.11: "));
        assertTrue(((String) d.getData(MIMEType.TEXT_HTML)).contains("<table"));
    }

    @Test
    void settingMagicAloneShowsTheCurrentValue() throws MagicException {
        assertEquals("threads: 1   (values: 1 to 64; default 1)", text(run(BASE, "%threads")));
        assertTrue(text(run(apply("%gil off"), "%gil")).startsWith("gil: off"));
        assertTrue(text(run(BASE, "%switchinterval")).startsWith("switchinterval: 0.005 (5 ms)"));
    }

    // ---- %cost, %limit, %watch ----

    @Test
    void costChangesNamedCostsAndShowsTheTableAlone() throws MagicException {
        Settings s = apply("%cost refcount_atomic=8 gil_handoff=20us biased_local = 1.5");
        assertEquals(8, s.costs().refcountAtomic());
        assertEquals(20_000, s.costs().gilHandoff());
        assertEquals(1.5, s.costs().biasedLocal());
        DisplayData table = run(s, "%cost").outputs().get(0);
        String plain = (String) table.getData(MIMEType.TEXT_PLAIN);
        assertTrue(plain.contains("source:") && plain.contains("Agner Fog"), plain);
        assertTrue(((String) table.getData(MIMEType.TEXT_HTML)).contains("<table"));
        assertEquals(CostModel.defaults(), run(s, "%cost reset").settings().costs());
    }

    @Test
    void costErrorsNameTheCosts() {
        String unknown = error(BASE, "%cost atomic=3");
        assertTrue(unknown.contains("unknown cost 'atomic'") && unknown.contains("refcount_atomic"), unknown);
        assertTrue(error(BASE, "%cost mutex=-1").contains("mutex"));
        assertTrue(error(BASE, "%cost mutex=fast").contains("not a number"));
        assertTrue(error(BASE, "%cost mutex").contains("expected key=value"));
        assertTrue(error(BASE, "%cost mutex=1 mutex=2").contains("twice"));
    }

    @Test
    void costErrorOnALaterPairNamesThatPair() {
        assertTrue(error(BASE, "%cost mutex=30 nonsense=1").contains("'nonsense'"));
    }

    @Test
    void limitChangesLimitsAndShowsThemAlone() throws MagicException {
        Settings s = apply("%limit depth=3000 output=2MB seconds=10");
        assertEquals(3000, s.limits().depth());
        assertEquals(2 * 1_048_576L, s.limits().outputBytes());
        assertEquals(10.0, s.limits().seconds());
        assertTrue(text(run(s, "%limit")).contains("3000 *"));
        assertEquals(1000, run(s, "%limit reset").settings().limits().depth());
        assertTrue(error(BASE, "%limit memory=1").contains("instructions, objects, threads, depth, output, seconds"));
        assertTrue(error(BASE, "%limit depht=5").contains("Did you mean depth?"));
        assertTrue(error(BASE, "%limit depth=5").contains("from 10 to 100000"));
    }

    @Test
    void watchAddsListsAndClears() throws MagicException {
        Settings s = apply("%watch x y", "%watch y z");
        assertEquals(List.of("x", "y", "z"), s.watch());
        assertEquals("Watching: x y z", text(run(s, "%watch")));
        assertEquals(List.of(), run(s, "%watch off").settings().watch());
        assertTrue(text(run(BASE, "%watch")).startsWith("Watching nothing"));
        assertTrue(error(BASE, "%watch 1x").contains("not a Python name"));
    }

    // ---- %config, %reset, %lsmagic, %help, %heap ----

    @Test
    void configShowsTextHtmlAndSettingsJsonObject() throws MagicException {
        Settings s = apply("%threads 3", "%cost mutex=30");
        MagicOutcome o = run(s, "%config");
        assertSame(s, o.settings());
        DisplayData d = o.outputs().get(0);
        assertTrue(((String) d.getData(MIMEType.TEXT_PLAIN)).contains("threads"));
        assertTrue(((String) d.getData(MIMEType.TEXT_HTML)).contains("<table"));
        Object json = d.getData(MIMEType.parse("application/vnd.gilsim.settings+json"));
        JsonObject object = assertInstanceOf(JsonObject.class, json);
        assertEquals(3, object.get("threads").getAsInt());
        assertEquals("on", object.get("gil").getAsString());
        assertEquals(5_000_000L, object.get("switch_interval_ns").getAsLong());
        assertEquals(30.0, object.getAsJsonObject("cost").get("mutex").getAsDouble());
        assertEquals(64, object.getAsJsonObject("limit").get("threads").getAsInt());
        for (String key : List.of("threads", "cores", "gil", "refcount", "immortal", "python", "switch_interval_ns",
                "seed", "cost", "limit")) {
            assertTrue(object.has(key), key);
        }
        assertTrue(error(BASE, "%config x").contains("takes no arguments"));
    }

    @Test
    void resetRestoresDefaultsAndAsksForAFreshSession() throws MagicException {
        MagicOutcome o = run(apply("%threads 4", "%python 3.14t"), "%reset");
        assertEquals(Settings.defaults(), o.settings());
        assertTrue(o.resetSession());
        assertTrue(run(BASE, "%reset -f").resetSession());
        assertTrue(error(BASE, "%reset everything").contains("takes no arguments"));
    }

    @Test
    void lsmagicListsLineCellAndPlannedMagics() throws MagicException {
        String list = text(run(BASE, "%lsmagic"));
        for (String name : List.of("%threads", "%cores", "%gil", "%refcount", "%immortal", "%python",
                "%switchinterval", "%seed", "%cost", "%watch", "%timeline", "%report", "%limit", "%config", "%reset",
                "%lsmagic", "%help", "%%compare", "%%python")) {
            assertTrue(list.contains(name), name);
        }
        assertTrue(list.contains("Planned, not available yet:\n%heap  %%steps"), list);
    }

    @Test
    void helpMagicShowsOneMagicOrAllOfThem() throws MagicException {
        assertTrue(text(run(BASE, "%help gil")).startsWith("%gil — "));
        assertTrue(text(run(BASE, "%help %%compare")).startsWith("%%compare — "));
        String all = text(run(BASE, "%help"));
        for (String name : Magics.names()) assertTrue(all.contains(name), name);
        assertTrue(error(BASE, "%help thread").contains("Did you mean %threads?"));
        assertTrue(error(BASE, "%help compar").contains("Did you mean %%compare?"));
    }

    @Test
    void heapIsPlannedAndSaysSoWithoutChangingAnything() throws MagicException {
        MagicOutcome o = run(BASE, "%heap x");
        assertSame(BASE, o.settings());
        assertTrue(text(o).contains("planned") && text(o).contains("not available yet"), text(o));
    }

    // ---- unknown magics ----

    @Test
    void unknownMagicListsCloseMatches() {
        assertEquals("Line magic function `%thread` not found. Did you mean %threads?", error(BASE, "%thread 4"));
        assertTrue(error(BASE, "%swtichinterval 1ms").endsWith("Did you mean %switchinterval?"));
        assertTrue(error(BASE, "%refcnt plain").endsWith("Did you mean %refcount?"));
        assertTrue(error(BASE, "%xyzzy").endsWith("%lsmagic lists the magics."));
        assertTrue(error(BASE, "%compare gil=on,off").contains("%%compare is a cell magic"));
        assertTrue(error(BASE, "%compar gil=on,off").contains("Did you mean %%compare?"));
    }

    @Test
    void cellMagicBelowTheFirstLineSaysWhereItBelongs() {
        ParsedCell cell = CellSplitter.split("%threads 2\n%%compare gil=on,off");
        MagicException e = assertThrows(MagicException.class, () -> Magics.applyAll(BASE, cell.lineMagics()));
        assertTrue(e.getMessage().contains("must be the first line of the cell"), e.getMessage());
        assertEquals(2, e.line());
    }

    @Test
    void cellMagicsResolveAndUnknownOnesListCloseMatches() throws MagicException {
        assertEquals(CellMagicKind.COMPARE, Magics.resolveCell("compare"));
        assertEquals(CellMagicKind.PYTHON, Magics.resolveCell("python"));
        assertTrue(Magics.resolveCell("steps").planned());
        assertTrue(Magics.resolveCell("steps").plannedMessage().contains("not available yet"));
        MagicException close = assertThrows(MagicException.class, () -> Magics.resolveCell("compar"));
        assertEquals("Cell magic `%%compar` not found. Did you mean %%compare?", close.getMessage());
        MagicException line = assertThrows(MagicException.class, () -> Magics.resolveCell("threads"));
        assertTrue(line.getMessage().contains("%threads is a line magic"), line.getMessage());
    }

    // ---- a cell's magics together ----

    @Test
    void applyAllAppliesInOrderAndCollectsOutputs() throws MagicException {
        ParsedCell cell = CellSplitter.split("%python 3.12\n%gil per-interpreter\nx = 1\n%threads 4");
        MagicOutcome o = Magics.applyAll(BASE, cell.lineMagics());
        assertEquals(GilMode.PER_INTERPRETER, o.settings().gil());
        assertEquals(4, o.settings().threads());
        assertEquals(1, o.outputs().size());   // the preset line; 3.12 already had immortal objects
        assertFalse(o.resetSession());
    }

    @Test
    void applyAllChangesNothingWhenOneMagicFailsAndNamesItsLine() {
        ParsedCell cell = CellSplitter.split("%threads 4\n\n%gil maybe");
        MagicException e = assertThrows(MagicException.class, () -> Magics.applyAll(BASE, cell.lineMagics()));
        assertEquals(3, e.line());
        assertEquals(Settings.defaults(), BASE);
    }

    @Test
    void namesHavePrefixes() {
        List<String> names = Magics.names();
        assertTrue(names.contains("%threads") && names.contains("%%compare") && names.contains("%%python"));
        assertTrue(names.stream().allMatch(n -> n.startsWith("%")));
    }
}
