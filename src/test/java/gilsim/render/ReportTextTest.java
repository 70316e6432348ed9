package gilsim.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gilsim.sim.RunResult;
import gilsim.sim.settings.GilMode;
import gilsim.sim.settings.Settings;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The text report: settings header, an aligned table, the crash, the timeline. */
class ReportTextTest {
    private static final String LOOP = "def work(n):\n    t = 0\n    for i in range(n):\n        t += i\nwork(3000)\n";

    @Test
    void headerShowsTheSettingsAndMarksChangedOnes() {
        String text = ReportText.render(ReportJsonTest.run(LOOP, Settings.defaults().withThreads(2).withGil(GilMode.OFF)));
        String header = text.lines().findFirst().orElseThrow();
        assertTrue(header.contains("python 3.11") && header.contains("gil off*") && header.contains("threads 2"), header);
    }

    @Test
    void tableColumnsAreAligned() {
        RunResult r = ReportJsonTest.run(LOOP, Settings.defaults().withThreads(3));
        List<String> table = Arrays.asList(ReportText.table(r).split("\n"));
        assertEquals(5, table.size(), "header, three threads, total");
        int width = table.get(0).length();
        for (String line : table) assertEquals(width, line.length(), "'" + line + "'");
        assertTrue(table.get(4).startsWith("total"));
        int speedupEnd = table.get(0).indexOf("speedup") + "speedup".length();
        assertEquals(speedupEnd, table.get(4).length(), "the last column ends where its title ends");
    }

    @Test
    void crashAndTimelineAreShown() {
        String shared = "shared = [1, 2, 3]\ndef touch(n):\n    for i in range(n):\n        x = shared\ntouch(3000)\n";
        String text = ReportText.render(ReportJsonTest.run(shared, Settings.defaults().withThreads(4).withGil(GilMode.OFF)));
        assertTrue(text.contains("CRASH ("), text);
        assertTrue(text.contains("lost update at"), text);
        assertTrue(text.contains("timeline, one column per"), text);
        assertTrue(text.lines().anyMatch(l -> l.startsWith("T3 |")), text);
    }
}
