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

    @Test
    void theIdealCountsTheThreadsThatDidTheWorkNotMainThreadWaitingInJoin() {
        assertEquals(2, WorkShares.ideal(RUN));
        assertEquals("2 of the 3 threads did the work (MainThread did under 5% of the busiest thread's), on 4 cores: "
                + "0.99× against an ideal of 2×: only the thread holding the GIL runs, so the threads take turns and "
                + "spend 50% of their time waiting for it.", Captions.throughput(RUN));
    }

    @Test
    void mainThreadsSpeedupIsADashExplainedUnderTheTable() {
        String html = ReportHtml.render(RUN, ReportLevel.FULL);
        String mainRow = html.substring(html.indexOf(">MainThread</td>"), html.indexOf("</tr>", html.indexOf(">MainThread</td>")));
        assertEquals("<td>—</td>", mainRow.split("(?=<td)")[3], mainRow);
        assertFalse(html.contains("0.00×"), html);
        assertEquals(2, html.split("<td>0.49×</td>", -1).length - 1, "the workers' speedups are shown");
        assertTrue(html.contains("<span style=\"white-space:nowrap\">Thread-1 (work)</span></td>"), "no wrap at the hyphen");
        assertTrue(html.contains("— in a thread&#39;s speedup: its own work is under 5% of the wall time"), html);
        String text = ReportText.render(RUN);
        assertTrue(text.lines().anyMatch(l -> l.startsWith("MainThread ") && l.endsWith(" -")), text);
        assertTrue(text.contains("speedup -: the thread's own work is under 5% of the wall time"), text);
        assertEquals(0.0, ReportJson.render(RUN).getAsJsonArray("threads").get(0).getAsJsonObject()
                .get("speedup").getAsDouble(), "the JSON keeps the number");
    }

    @Test
    void onARunTooShortForThreadsEachThreadsSpeedupIsADashAndTheCaptionSaysWhy() {
        RunResult tiny = RealRuns.run("shared = [1, 2, 3]\n", "x = shared\n",
                gilsim.sim.settings.Settings.defaults().withThreads(4));
        String html = ReportHtml.render(tiny, ReportLevel.FULL);
        assertEquals(4, html.split("<td>—</td>", -1).length - 1, html);
        assertTrue(html.contains("<td>0.02×</td>"), "the total keeps its speedup: " + html);
        assertEquals(4, WorkShares.ideal(tiny), "every thread did its share of the little work");
        assertTrue(Captions.throughput(tiny).matches("4 threads on 4 cores: 0\\.02× against an ideal of 4×: the threads "
                + "started late \\(the last at [0-9.]+ µs of [0-9.]+ µs\\) and did [0-9]+ ns of work in all: the run "
                + "is too short for threads to pay off\\."), Captions.throughput(tiny));
    }

    @Test
    void threadsThatEachDidTheirShareShowTheirSpeedupsAndNoNote() {
        RunResult r = RealRuns.withGil();
        String html = ReportHtml.render(r, ReportLevel.FULL);
        assertFalse(html.contains("<td>—</td>"), html);
        assertFalse(html.contains("— in a thread&#39;s speedup"), html);
        assertEquals(4, WorkShares.ideal(r));
        assertTrue(Captions.throughput(r).startsWith("4 threads on 4 cores: "), Captions.throughput(r));
    }
}
