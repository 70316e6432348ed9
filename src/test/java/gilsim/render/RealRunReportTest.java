package gilsim.render;

import gilsim.sim.RunResult;
import gilsim.sim.settings.ReportLevel;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reports of runs on the real machine pass the same checks as the hand-made fixtures. */
class RealRunReportTest {
    @Test
    void plainCountsWithoutAGilReportTheCrashInWordsAndCharts() {
        RunResult r = RealRuns.plainNoGilCrash();
        String html = ReportHtml.render(r, ReportLevel.FULL);
        assertEquals(List.of(), JupyterLabAllowList.removals(html));
        assertTrue(html.contains("Use-after-free (simulated) in " + r.crash().thread()), html);
        List<String> svgs = Golden.svgs(html);
        assertEquals(2, svgs.size());
        assertTrue(svgs.get(0).contains("use-after-free in " + r.crash().thread()));
        assertTrue(svgs.get(1).contains("stroke-width=\"2.2\""), "lost updates marked with ×");
        assertTrue(html.getBytes(StandardCharsets.UTF_8).length < 150_000);
    }

    @Test
    void underTheGilTheTimelineShowsTurnsAndHandoffs() {
        RunResult r = RealRuns.withGil();
        String html = ReportHtml.render(r, ReportLevel.FULL);
        assertEquals(List.of(), JupyterLabAllowList.removals(html));
        String timeline = Golden.svgs(html).get(0);
        assertTrue(timeline.contains("GIL handed to this thread") && timeline.contains("waits for the GIL"), timeline);
        assertTrue(html.contains("only the thread holding the GIL runs"), html);
    }
}
