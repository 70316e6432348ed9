package gilsim.render;

import gilsim.sim.Activity;
import gilsim.sim.RunResult;
import gilsim.sim.TimelineData;
import gilsim.sim.settings.ReportLevel;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportHtmlTest {
    private static final Map<String, Supplier<RunResult>> FIXTURES = Map.of(
            "crash", ReportFixtures::gilOffPlainCrash,
            "gil-on", ReportFixtures::gilOnFourThreads,
            "huge", ReportFixtures::huge);

    private static String full(RunResult r) {
        return ReportHtml.render(r, ReportLevel.FULL);
    }

    @Test
    void reportsMatchGoldenFiles() throws IOException {
        Golden.assertHtmlMatches("crash", full(ReportFixtures.gilOffPlainCrash()));
        Golden.assertHtmlMatches("gil-on", full(ReportFixtures.gilOnFourThreads()));
    }

    @Test
    void htmlAndEveryChartAreWellFormed() {
        for (Supplier<RunResult> fixture : FIXTURES.values()) {
            String html = full(fixture.get());
            JupyterLabAllowList.parse(html);
            List<String> svgs = Golden.svgs(html);
            assertFalse(svgs.isEmpty());
            for (String svg : svgs) JupyterLabAllowList.parse(svg);
        }
    }

    @Test
    void fullReportHasTableTimelineAndARefcountChartPerWatch() {
        String html = full(ReportFixtures.gilOffPlainCrash());
        assertTrue(html.contains("<table"), html);
        assertEquals(2, Golden.svgs(html).size(), "timeline + one watched object");
        assertEquals(1 + ReportFixtures.huge().watches().size(), Golden.svgs(full(ReportFixtures.huge())).size());
    }

    @Test
    void noScriptStyleInlineSvgOrNetworkUrl() {
        Pattern url = Pattern.compile("(src|href)\\s*=\\s*\"([^\"]*)\"");
        for (Supplier<RunResult> fixture : FIXTURES.values()) {
            String html = full(fixture.get());
            for (String bad : List.of("<script", "<style", "<svg", "@import", "url(", "<link", "<iframe", "var(--")) {
                assertFalse(html.contains(bad), bad);
            }
            Matcher m = url.matcher(html);
            while (m.find()) {
                assertEquals("src", m.group(1), "no links");
                assertTrue(m.group(2).startsWith("data:image/svg+xml;base64,"), m.group(2));
            }
            for (String svg : Golden.svgs(html)) {
                svg = svg.replace("xmlns=\"http://www.w3.org/2000/svg\"", "");
                for (String bad : List.of("<script", "<style", "href", "@import", "<image", "<foreignObject", "http:",
                        "https:", "<font-face")) {
                    assertFalse(svg.contains(bad), bad);
                }
                Matcher refs = Pattern.compile("url\\(([^)]*)\\)").matcher(svg);
                while (refs.find()) assertTrue(refs.group(1).startsWith("#"), "only the SVG's own patterns: " + refs.group());
            }
        }
    }

    @Test
    void reportsSurviveJupyterLabSanitizerUntouched() {
        for (Map.Entry<String, Supplier<RunResult>> e : FIXTURES.entrySet()) {
            for (ReportLevel level : List.of(ReportLevel.FULL, ReportLevel.SUMMARY)) {
                String html = ReportHtml.render(e.getValue().get(), level);
                assertEquals(List.of(), JupyterLabAllowList.removals(html), e.getKey() + " " + level);
            }
        }
    }

    @Test
    void allowListPortRemovesInlineSvgStyleAndThemeVariables() {
        List<String> removed = JupyterLabAllowList.removals("<div style=\"color:var(--jp-ui-font-color1);"
                + "font-variant-numeric:tabular-nums;padding:2px\"><svg><text>T0</text></svg><style>p{}</style>"
                + "<img src=\"data:image/svg+xml;base64,AA==\" alt=\"a\" onload=\"x()\"/></div>");
        assertEquals(6, removed.size(), removed.toString());
        assertTrue(removed.stream().anyMatch(r -> r.contains("<svg>") && r.contains("T0")), removed.toString());
    }

    @Test
    void everyReportStaysUnder150KilobytesHoweverLongTheRun() {
        for (Supplier<RunResult> fixture : FIXTURES.values()) {
            assertTrue(full(fixture.get()).getBytes(StandardCharsets.UTF_8).length < 150_000);
        }
        RunResult many = ReportFixtures.huge();
        List<TimelineData.ThreadRow> rows = new ArrayList<>();
        for (int t = 0; t < 1024; t++) {
            long[][] ns = new long[256][Activity.values().length];
            for (int b = 0; b < 256; b++) ns[b][1 + (b + t) % 6] = many.timeline().bucketNs();
            rows.add(new TimelineData.ThreadRow("T" + t, ns, new int[256]));
        }
        List<gilsim.sim.Figures> threads = new ArrayList<>();
        for (int t = 0; t < 1024; t++) threads.add(many.threads().get(t % many.threads().size()));
        RunResult thousand = new RunResult(many.status(), many.settings(), null, null, many.total(), threads, null,
                many.leaks(), many.undercounts(), new TimelineData(many.timeline().bucketNs(), many.timeline().endNs(),
                rows), many.watches(), many.notes());
        int size = full(thousand).getBytes(StandardCharsets.UTF_8).length;
        assertTrue(size < 150_000, "1024 threads: " + size + " bytes");
    }

    @Test
    void timelineShowsLostUpdatesCrashAndFreeInWords() {
        String html = full(ReportFixtures.gilOffPlainCrash());
        assertTrue(html.contains("Use-after-free (simulated) in T2 at 1.84 ms."), html);
        assertTrue(html.contains("alt=\"Thread timeline from 0 to 1.84 ms. T0: runs, no GIL needed 100%"), html);
        assertTrue(html.contains("4 updates lost; freed at 1.84 ms; use-after-free in T2 at 1.84 ms."), html);
        List<String> svgs = Golden.svgs(html);
        assertTrue(svgs.get(0).contains("✕ use-after-free in T2 at 1.84 ms"), svgs.get(0));
        assertTrue(svgs.get(1).contains("freed at 1.84 ms: stored 0, true 4"), svgs.get(1));
        assertTrue(svgs.get(1).contains(">×2</text>"), "two updates lost in one moment are counted");
    }

    @Test
    void summaryLeavesOutChartsAndTimelineOffHidesTheTimeline() {
        RunResult r = ReportFixtures.gilOnFourThreads();
        assertEquals(0, Golden.svgs(ReportHtml.render(r, ReportLevel.SUMMARY)).size());
        assertEquals("", ReportHtml.render(r, ReportLevel.OFF));
        RunResult noTimeline = new RunResult(r.status(), r.settings().withTimeline(false), null, null, r.total(),
                r.threads(), null, List.of(), List.of(), r.timeline(), r.watches(), List.of());
        String html = full(noTimeline);
        assertEquals(1, Golden.svgs(html).size());
        assertFalse(html.contains("Who ran when"));
    }

    @Test
    void anUnfinishedRunIsMarkedAsAPartialReport() {
        RunResult r = ReportFixtures.gilOnFourThreads();
        RunResult interrupted = new RunResult(RunResult.Status.INTERRUPTED, r.settings(), null, null, r.total(),
                r.threads(), null, List.of(), List.of(), r.timeline(), r.watches(), List.of());
        String html = full(interrupted);
        assertTrue(html.contains("· interrupted (partial report)"), html);
        assertTrue(html.contains("Interrupted: the numbers below are what was measured until then."), html);
    }

    @Test
    void captionsSayWhatToLookAt() {
        String gil = full(ReportFixtures.gilOnFourThreads());
        assertTrue(gil.contains("4 threads on 4 cores: 1.00× against an ideal of 4×: only the thread holding the GIL "
                + "runs, so the threads take turns and spend 75% of their time waiting for it."), gil);
        assertTrue(gil.contains("no update was lost, because the GIL lets one thread at a time touch reference counts"));
        String crash = full(ReportFixtures.gilOffPlainCrash());
        assertTrue(crash.contains("the stored count drifted below the true count and reached 0 while 4 references "
                + "still existed, so the object was freed while in use."), crash);
    }
}
