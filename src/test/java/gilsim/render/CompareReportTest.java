package gilsim.render;

import gilsim.sim.RunResult;
import gilsim.sim.settings.GilMode;
import gilsim.sim.settings.PythonPreset;
import gilsim.sim.settings.Settings;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CompareReportTest {
    @Test
    void compareMatchesGoldenFiles() throws IOException {
        CompareResult compare = ReportFixtures.compare24();
        Golden.assertHtmlMatches("compare24", CompareHtml.render(compare));
        Golden.assertMatches("compare24.txt", CompareText.render(compare));
    }

    @Test
    void jsonHasARowPerCombinationWithTheReportsFields() throws IOException {
        com.google.gson.JsonObject json = CompareJson.render(ReportFixtures.compare24());
        assertEquals(1, json.get("version").getAsInt());
        com.google.gson.JsonArray rows = json.getAsJsonArray("rows");
        assertEquals(24, rows.size());
        com.google.gson.JsonObject crashed = rows.get(13).getAsJsonObject();
        assertEquals("off", crashed.getAsJsonObject("choices").get("gil").getAsString());
        assertEquals("use-after-free", crashed.getAsJsonObject("crash").get("kind").getAsString());
        assertTrue(crashed.getAsJsonObject("total").get("speedup").isJsonNull());
        for (String field : List.of("settings", "total", "crash", "leaks")) assertTrue(crashed.has(field), field);
        assertEquals(4, rows.get(23).getAsJsonObject().getAsJsonObject("settings").get("cores").getAsInt());
        Golden.assertMatches("compare24.json", new com.google.gson.GsonBuilder().setPrettyPrinting().create()
                .toJson(json) + "\n");
    }

    @Test
    void tableHasARowPerCombinationWithTheVaryingSettings() {
        CompareResult compare = ReportFixtures.compare24();
        String html = CompareHtml.render(compare);
        assertEquals(24, html.split("<tr>", -1).length - 2, "a header row and 24 rows");
        assertTrue(html.contains("<th style=\"text-align:left\">gil</th><th style=\"text-align:left\">refcount</th>"
                + "<th style=\"text-align:left\">threads</th>"), html);
        assertTrue(html.contains("use-after-free in T1 at 310 µs"));
        String text = CompareText.render(compare);
        assertEquals(24 + 2, text.lines().filter(l -> l.startsWith("on ") || l.startsWith("off ")
                || l.startsWith("gil ") || l.startsWith("---")).count(), text);
    }

    @Test
    void scalingChartHasALinePerCombinationTheIdealAndTheCrashes() {
        String svg = Golden.svgs(CompareHtml.render(ReportFixtures.compare24())).get(0);
        assertEquals(6, svg.split("stroke-width=\"2.5\"", -1).length - 1 - 6 - 2,
                "6 lines besides 6 legend samples and the crash marks");
        assertTrue(svg.contains("ideal: one thread per core (4 cores)"));
        assertTrue(svg.contains("stroke-dasharray=\"6 5\""), "ideal dashed");
        assertTrue(svg.contains("crashed: no speedup"));
        assertEquals(3, countOf(svg, "l10 10m0-10l-10 10") - 1, "three crashed runs marked (and the legend's)");
    }

    @Test
    void withoutVaryingThreadsTheChartIsABarOfWallTimePerCombination() {
        List<RunResult> runs = new ArrayList<>();
        for (CompareResult.Row row : ReportFixtures.compare24().rows()) {
            if (row.settings().threads() == 4) runs.add(row.result());
        }
        CompareResult compare = CompareResult.of(List.of("gil", "refcount"), runs);
        String html = CompareHtml.render(compare);
        String svg = Golden.svgs(html).get(0);
        assertTrue(svg.contains("gil off · refcount biased"), svg);
        assertTrue(svg.contains("✕ crashed at 310 µs: no time to compare"), svg);
        assertTrue(svg.contains(">2.06 ms · −75.0% (4× faster)<"), svg);
        assertFalse(svg.contains("×<"), "no speedup axis: " + svg);
        assertTrue(html.contains(">speedup</th>"), "on 4 threads the speedup column stays");
        assertTrue(html.contains(">wall vs gil on · refcount plain</th>"), html);
    }

    /** {@code %%compare refcount=plain,atomic,locked} on one thread: the price of each model. */
    private static CompareResult oneThreadPrices(boolean firstCrashed) {
        List<RunResult> runs = new ArrayList<>();
        runs.add(timed(GilMode.ON, "PLAIN", firstCrashed ? 400_000 : 1_000_000, firstCrashed ? null : 0.99, 1));
        runs.add(timed(GilMode.ON, "ATOMIC", 1_060_000, 0.99, 1));
        runs.add(timed(GilMode.ON, "LOCKED", 1_523_000, 0.99, 1));
        return CompareResult.of(List.of("refcount"), runs);
    }
    @Test
    void compareSurvivesSanitizerAndStaysSmall() {
        String html = CompareHtml.render(ReportFixtures.compare24());
        assertEquals(List.of(), JupyterLabAllowList.removals(html));
        for (String bad : List.of("<script", "<style", "<svg", "url(", "href")) assertFalse(html.contains(bad), bad);
        assertTrue(html.getBytes(StandardCharsets.UTF_8).length < 60_000);
    }

    @Test
    void labelsAreReadFromEachRunsSettings() {
        RunResult r = ReportFixtures.gilOnFourThreads();
        assertEquals("on", CompareResult.label("gil", r.settings()));
        assertEquals("1 ms", CompareResult.label("switchinterval", r.settings()));
        CompareResult c = CompareResult.of(List.of("threads", "gil"), List.of(r));
        assertEquals("threads 4 · gil on", CompareResult.describe(c.rows().get(0), c.keys()));
        assertEquals(GilMode.ON, c.rows().get(0).settings().gil());
    }

    /** {@code %%compare python=3.11,3.13t threads=1,4}: the preset sets gil, refcount, immortal per row. */
    private static CompareResult pythonPresets() {
        RunResult base = ReportFixtures.gilOnFourThreads();
        List<RunResult> runs = new ArrayList<>();
        for (PythonPreset p : List.of(PythonPreset.V3_11, PythonPreset.V3_13T)) {
            for (int n : List.of(1, 4)) {
                Settings s = base.settings().withPython(p).withThreads(n);
                runs.add(new RunResult(base.status(), s, null, null, base.total(), base.threads(), null, List.of(),
                        List.of(), base.timeline(), List.of(), List.of()));
            }
        }
        return CompareResult.of(List.of("python", "threads"), runs);
    }

    @Test
    void settingsAPresetChangesPerRowAreColumnsNotSameForAll() {
        CompareResult compare = pythonPresets();
        assertEquals(List.of("python", "threads", "gil", "refcount", "immortal"), compare.columns());
        assertEquals(List.of("cores", "switchinterval"), compare.sharedSettings(), "both presets switch every 5 ms");
        String html = CompareHtml.render(compare);
        String shared = html.substring(html.indexOf("same for all"), html.indexOf("<table"));
        assertFalse(shared.contains("GIL") || shared.contains("refcount") || shared.contains("immortal"), shared);
        assertTrue(html.contains(">gil †</th>") && html.contains(CompareHtml.DERIVED_NOTE), html);
        assertTrue(html.contains("<td style=\"text-align:left\">3.13t</td><td style=\"text-align:left\">1</td>"
                + "<td style=\"text-align:left\">off</td><td style=\"text-align:left\">biased</td>"), html);
        String text = CompareText.render(compare);
        assertTrue(text.contains("same for all: cores 4 | switch interval 5 ms | seed"), text);
        assertTrue(text.lines().anyMatch(l -> l.matches("3\\.11 +1 +on +plain +off .*")), text);
    }

    /** A finished run of the fixture's settings with the given wall time and speedup (same work). */
    private static RunResult timed(GilMode gil, String refcount, long wallNs, double speedup) {
        return timed(gil, refcount, wallNs, speedup, 4);
    }

    /** A run of {@code threads} threads; without a speedup, one that crashed at {@code wallNs}. */
    private static RunResult timed(GilMode gil, String refcount, long wallNs, Double speedup, int threads) {
        RunResult base = ReportFixtures.gilOnFourThreads();
        gilsim.sim.Figures t = base.total();
        gilsim.sim.Figures total = new gilsim.sim.Figures(t.name(), t.instructions(), wallNs, t.cpuNs(), t.gilWaitNs(),
                t.gilSwitches(), t.refcountOps(), t.atomicOps(), t.contendedOps(), 0, t.instructions() * 1e9 / wallNs,
                speedup, 0, 0, 0, t.ownWorkNs(), 0, 0, 0, t.kinds());
        Settings s = base.settings().withGil(gil).withRefcount(gilsim.sim.settings.RefcountMode.valueOf(refcount))
                .withThreads(threads);
        return new RunResult(speedup == null ? RunResult.Status.CRASHED : RunResult.Status.OK, s, null, null, total,
                base.threads(), null, List.of(), List.of(), base.timeline(), List.of(), List.of());
    }

    @Test
    void onOneThreadEachRowSaysItsWallTimeAgainstTheFirstRowInsteadOfASpeedupOfAbout1() throws IOException {
        CompareResult compare = oneThreadPrices(false);
        String html = CompareHtml.render(compare);
        assertTrue(html.contains(">wall vs plain</th>"), html);
        assertTrue(html.contains(">baseline</td>") && html.contains(">+6.0%</td>")
                && html.contains(">+52.3%\u00a0(1.52×\u00a0slower)</td>"), html);
        assertFalse(html.contains(">speedup</th>") || html.contains("0.99×"), "no column of 0.99×: " + html);
        String svg = Golden.svgs(html).get(0);
        assertTrue(svg.contains(">1.06 ms · +6.0%<") && svg.contains(">1 ms · baseline<"), svg);
        assertTrue(svg.contains("dashed: refcount plain"), svg);
        assertTrue(html.contains("On one thread nothing runs in parallel") && html.contains(
                "the biggest difference is refcount locked, which takes 1.52× as long as refcount plain."), html);
        String text = CompareText.render(compare);
        assertTrue(text.lines().anyMatch(l -> l.matches("atomic +1\\.06 +\\+6\\.0% .*")), text);
        assertTrue(text.lines().noneMatch(l -> l.startsWith("refcount ") && l.contains("speedup")), text);
        assertTrue(text.contains("Read the column 'wall vs plain'"), text);
        com.google.gson.JsonObject json = CompareJson.render(compare);
        assertEquals(0, json.get("baseline").getAsInt());
        assertEquals(1.06, json.getAsJsonArray("rows").get(1).getAsJsonObject().get("wall_vs_baseline").getAsDouble());
        assertEquals(0.99, json.getAsJsonArray("rows").get(1).getAsJsonObject().getAsJsonObject("total")
                .get("speedup").getAsDouble(), "the JSON keeps the speedup");
        Golden.assertHtmlMatches("compare-one-thread", html);
        Golden.assertMatches("compare-one-thread.txt", text);
    }

    @Test
    void aCrashedFirstRowIsNoBaselineTheFirstFinishedRowIs() {
        CompareResult compare = oneThreadPrices(true);
        WallComparison wall = WallComparison.of(compare).orElseThrow();
        assertEquals(compare.rows().get(1), wall.baseline());
        assertEquals("—", wall.label(compare.rows().get(0)), "a crash's time is not the time of the work");
        String html = CompareHtml.render(compare);
        assertTrue(html.contains(">wall vs atomic</th>"), html);
        assertTrue(Golden.svgs(html).get(0).contains("✕ crashed"), html);
        com.google.gson.JsonObject json = CompareJson.render(compare);
        assertEquals(1, json.get("baseline").getAsInt());
        assertTrue(json.getAsJsonArray("rows").get(0).getAsJsonObject().get("wall_vs_baseline").isJsonNull());
    }

    @Test
    void acrossThreadCountsThereIsNoBaselineAndTheChartIsTheScalingChart() {
        CompareResult compare = ReportFixtures.compare24();
        assertTrue(WallComparison.of(compare).isEmpty(), "different thread counts, different work");
        String html = CompareHtml.render(compare);
        assertFalse(html.contains("wall vs"), html);
        assertTrue(html.contains(">speedup</th>") && html.contains("<b>Speedup</b>"), html);
        assertTrue(CompareJson.render(compare).get("baseline").isJsonNull());
    }

    @Test
    void relativeWallTimesReadAsPercentsAndPastOneAndAHalfTimesAsFactors() {
        assertEquals("+6.0%", WallComparison.relative(1.06));
        assertEquals("−3.0%", WallComparison.relative(0.97));
        assertEquals("±0.0%", WallComparison.relative(1.0004));
        assertEquals("+150.0% (2.5× slower)", WallComparison.relative(2.5));
        assertEquals("−75.0% (4× faster)", WallComparison.relative(0.25));
    }

    @Test
    void fastestIsTheShortestWallTimeNotTheBiggestSpeedup() {
        // Atomic counts scale better against their own slow single thread (3.9×) but still finish
        // later than biased counts (3.5×): the learner's "fastest" is the one that finished first.
        CompareResult compare = CompareResult.of(List.of("refcount"), List.of(
                timed(GilMode.OFF, "ATOMIC", 2_000_000, 3.9), timed(GilMode.OFF, "BIASED", 1_000_000, 3.5)));
        String caption = Captions.compare(compare);
        assertTrue(caption.startsWith("Fastest by simulated wall time: refcount biased in 1 ms; "
                + "slowest: refcount atomic in 2 ms."), caption);
    }

    @Test
    void acrossThreadCountsWallTimesAreRankedAmongTheRowsWithTheSameWork() {
        String caption = Captions.compare(ReportFixtures.compare24());
        assertTrue(caption.startsWith("With 8 threads (the same work in each row), fastest by simulated wall time: "),
                caption);
        assertTrue(caption.contains("compare instructions/s"), caption);
        assertFalse(caption.contains("threads 8"), "the thread count is said once: " + caption);
    }

    @Test
    void underTheScalingChartASentenceSaysWhichLinesFollowTheIdealWhichStayFlatAndWhichCrashed() {
        String caption = Captions.scaling(ReportFixtures.compare24());
        assertEquals("Read each line against the dashed ideal: gil off · refcount biased follows it: the threads run "
                + "in parallel; every gil on line stays near 1×: more threads finish no sooner; gil off · refcount "
                + "atomic reaches 2.62× of an ideal 4× on 8 threads; gil off · refcount plain crashed (✕ on the zero "
                + "line: no speedup).", caption);
        assertTrue(CompareHtml.render(ReportFixtures.compare24()).contains(Html.esc(caption)));
    }

    private static int countOf(String s, String part) {
        return s.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }
}
