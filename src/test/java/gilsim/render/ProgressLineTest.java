package gilsim.render;

import gilsim.sim.RunResult;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProgressLineTest {
    @Test
    void runningLineShowsSimulatedTimeThreadsAndShareOfBudget() {
        assertEquals("simulating: [#####---------------] 25% of the instruction budget · 12.4 ms simulated · 4 threads",
                ProgressLine.text(12_400_000, 4, 50_000_000, 200_000_000));
        assertTrue(ProgressLine.text(1_000, 1, 500, 0).contains("0% of"), "no budget: no division by zero");
        assertTrue(ProgressLine.text(1_000, 1, 900, 100).contains("[####################] 100%"));
    }

    @Test
    void doneIsOneLineWithoutARealTimeFigure() {
        String done = ProgressLine.done(31_420_000, 4, 148_000_000, RunResult.Status.OK);
        assertEquals("done: 31.4 ms simulated · 4 threads · 148,000,000 instructions", done);
        assertFalse(done.contains("\n"));
        assertTrue(ProgressLine.done(5, 2, 3, RunResult.Status.INTERRUPTED).startsWith("interrupted: "));
    }

    @Test
    void htmlUsesAProgressElementTheSanitizerKeeps() {
        String html = ProgressLine.html(12_400_000, 4, 50_000_000, 200_000_000);
        assertTrue(html.contains("<progress max=\"100\" value=\"25\""), html);
        assertEquals(List.of(), JupyterLabAllowList.removals(html));
        assertEquals(List.of(), JupyterLabAllowList.removals(ProgressLine.doneHtml(1, 1, 1, RunResult.Status.OK)));
    }
}
