package gilsim.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gilsim.sim.Activity;
import gilsim.sim.RunResult;
import gilsim.sim.TimelineData;
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

    @Test
    void aThreadThatRanBrieflyStillShowsOneCharacterOfItsState() {
        // 10 µs in 10 ns buckets, 157 ns per column: the short thread waits 120 ns for the GIL
        // from 4.97 µs, across a column boundary (5.024 µs), so in every column it is mostly not
        // started (54 ns of 157 alive) or finished (66 ns of 157 alive).
        int buckets = 1000;
        long[][] busy = new long[buckets][Activity.values().length];
        long[][] brief = new long[buckets][Activity.values().length];
        for (int b = 0; b < buckets; b++) {
            busy[b][Activity.RUNNING_GIL.ordinal()] = 10;
            Activity a = b < 497 ? Activity.NOT_STARTED : b < 509 ? Activity.WAITING_GIL : Activity.FINISHED;
            brief[b][a.ordinal()] = 10;
        }
        long columnNs = 157;
        String row = ReportText.timelineRow(new TimelineData.ThreadRow("short", brief, new int[buckets]), 10,
                columnNs, 10_000);
        assertEquals(1, row.chars().filter(c -> c == 'W').count(), row);
        assertEquals(32, row.indexOf('W'), "in the column where it was alive longest: " + row);
        assertEquals(".".repeat(32) + "W" + " ".repeat(31), row);
        String full = ReportText.timelineRow(new TimelineData.ThreadRow("busy", busy, new int[buckets]), 10,
                columnNs, 10_000);
        assertEquals("G".repeat(64), full, "a thread that shows its state keeps its row as it is");
    }
}
