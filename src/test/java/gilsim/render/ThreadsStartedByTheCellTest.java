package gilsim.render;

import gilsim.sim.RunResult;
import gilsim.sim.settings.ReportLevel;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A cell that starts two threads itself under {@code %threads 1} (the browser check's cell):
 * MainThread only starts and joins them. The report must describe the run truthfully.
 */
class ThreadsStartedByTheCellTest {
    private static final RunResult RUN = RealRuns.startsThreads();

    @Test
    void headerChipSaysTheSettingAndHowManyThreadsRan() {
        assertEquals(3, RUN.threads().size());
        assertEquals(1, RUN.settings().threads());
        String html = ReportHtml.render(RUN, ReportLevel.FULL);
        assertTrue(html.contains(">%threads 1 · 3 threads ran</span>"), html);
        assertFalse(html.contains(">1 thread</span>"), html);
        assertTrue(ReportText.render(RUN).startsWith("python 3.11 | gil on | refcount plain | immortal off | "
                + "threads 1 (3 ran) | cores 4"), ReportText.render(RUN));
        assertEquals(1, ReportJson.render(RUN).getAsJsonObject("settings").get("threads").getAsInt(),
                "the JSON keeps the setting (DESIGN §6)");
    }

    @Test
    void cellsOnTheConfiguredThreadsKeepTheirPlainChip() {
        String html = ReportHtml.render(RealRuns.withGil(), ReportLevel.FULL);
        assertTrue(html.contains(">4 threads</span>"), html);
        assertFalse(html.contains(" ran</span>"), html);
        assertFalse(ReportText.render(RealRuns.withGil()).contains(" ran)"));
    }
}
