package gilsim.render;

import gilsim.sim.Figures;
import gilsim.sim.RefcountKinds;
import gilsim.sim.settings.GilMode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ThroughputTableTest {
    /**
     * A notebook's output area in a 1280×800 JupyterLab window with the file browser open is
     * 848 px wide (measured by report-check.js, which checks the real tables); this is the same
     * bound estimated from the text, so a unit test catches a table that grew too wide. The
     * estimate was 1054 px for a table Chromium drew 1030 px wide; for the widest table it was
     * 842 px with 20-character thread names, which Chromium could not fit (it scrolled), and
     * 812 px with 16-character ones, which fit exactly: the bound sits between the two.
     */
    private static final double BUDGET_PX = 825;
    /** Widths of a character at JupyterLab's 13 px output font, generous (digits ~7 px, bold headers ~7.5 px). */
    private static final double CELL_CHAR_PX = 7.6;
    private static final double HEADER_CHAR_PX = 8.2;
    /** Cell padding (cellpadding 4 or JupyterLab's 0.5em on each side) and border. */
    private static final double PADDING_PX = 14;

    private static List<Figures> threads() {
        return ReportFixtures.widestThreads();
    }

    @Test
    void theWidestTableFitsANotebookAt1280PxWithoutScrolling() {
        List<Figures> threads = threads();
        Figures total = Figures.sum("total", threads);
        for (String table : List.of(ThroughputTable.html(threads, total, GilMode.LEGACY),
                ThroughputTable.waitsHtml(threads, total, GilMode.LEGACY), ThroughputTable.kindsHtml(threads, total))) {
            double width = estimatedWidth(table);
            assertTrue(width <= BUDGET_PX, Math.round(width) + " px: " + table);
        }
    }

    @Test
    void waitingTimesStayInTheMainTableWhileItFits() {
        // 8 threads on 4 cores under the GIL: GIL wait and "no core" beside wall and CPU.
        Figures t = new Figures("T0", 100, 1000, 500, 300, 4, 50, 0, 0, 0, 1e8, 1.0, 0, 0, 200, 500, 0, 0, 0,
                new RefcountKinds(50, 0, 0, 0, 0, 0, 0, 0, 0, 0));
        String main = ThroughputTable.html(List.of(t), t, GilMode.ON);
        assertTrue(main.contains(">GIL wait</th>") && main.contains(">no core</th>"), main);
        assertEquals("", ThroughputTable.waitsHtml(List.of(t), t, GilMode.ON));
        List<Figures> widest = threads();
        Figures total = Figures.sum("total", widest);
        assertFalse(ThroughputTable.html(widest, total, GilMode.LEGACY).contains(">I/O</th>"));
        assertTrue(ThroughputTable.waitsHtml(widest, total, GilMode.LEGACY).contains(">I/O</th>"));
    }

    @Test
    void refcountKindsGoToTheirOwnTableWhenTheRunUsedSeveral() {
        List<Figures> threads = threads();
        Figures total = Figures.sum("total", threads);
        String main = ThroughputTable.html(threads, total, GilMode.ON);
        assertFalse(main.contains("biased local"), main);
        String kinds = ThroughputTable.kindsHtml(threads, total);
        for (String kind : List.of("plain", "atomic", "biased local", "biased shared", "queued", "locked",
                "global lock", "skipped: immortal", "skipped: deferred")) {
            assertTrue(kinds.contains(">" + kind + "</th>"), kind);
        }
    }

    @Test
    void aSingleKindIsNamedInTheGroupHeaderAndNeedsNoSecondTable() {
        Figures plainOnly = new Figures("T0", 100, 1000, 1000, 0, 0, 50, 0, 0, 0, 1e8, 1.0, 0, 0, 0, 1000, 0, 0, 0,
                new RefcountKinds(50, 0, 0, 0, 0, 0, 0, 0, 0, 0));
        String main = ThroughputTable.html(List.of(plainOnly), plainOnly, GilMode.ON);
        assertTrue(main.contains(">refcount ops (plain)</th>"), main);
        assertEquals("", ThroughputTable.kindsHtml(List.of(plainOnly), plainOnly));
    }

    @Test
    void withoutAGilItsColumnsOfZerosAreLeftOut() {
        Figures t = new Figures("T0", 100, 1000, 1000, 0, 0, 50, 0, 0, 0, 1e8, 1.0, 0, 0, 0, 1000, 0, 0, 0,
                new RefcountKinds(50, 0, 0, 0, 0, 0, 0, 0, 0, 0));
        assertFalse(ThroughputTable.html(List.of(t), t, GilMode.OFF).contains("GIL wait"));
        assertTrue(ThroughputTable.html(List.of(t), t, GilMode.ON).contains("GIL wait"));
    }

    @Test
    void threadNamesStayOnOneLineAndOnlyLongOnesBreakAtSpaces() {
        assertEquals(ThroughputTable.UNBROKEN_NAME, ReportFixtures.widestThreads().get(0).name().length(), "the widest table has the longest "
                + "unbroken names");
        assertEquals("<span style=\"white-space:nowrap\">Thread-1 (work)</span>",
                ThroughputTable.threadName("Thread-1 (work)"));
        assertEquals("<span style=\"white-space:nowrap\">Thread-12</span> "
                + "<span style=\"white-space:nowrap\">(download_one_file)</span>",
                ThroughputTable.threadName("Thread-12 (download_one_file)"));
        assertEquals("<span style=\"white-space:nowrap\">a&lt;b</span>", ThroughputTable.threadName("a<b"));
        assertEquals("MainThread", ThroughputTable.threadName("MainThread"), "nothing to break in it");
        String table = ThroughputTable.html(threads(), Figures.sum("total", threads()), GilMode.LEGACY);
        assertTrue(table.contains(">Thread-10 (work)</span></td>"), table);
        assertEquals(List.of(), JupyterLabAllowList.removals("<div>" + table + "</div>"),
                "white-space:nowrap is on the sanitizer's allow-list");
    }

    @Test
    void aRunOnOneThreadHasNoTotalRowRepeatingIt() {
        gilsim.sim.RunResult one = RealRuns.run("", "def f(n):\n    for i in range(n):\n        x = i\nf(10)\n",
                gilsim.sim.settings.Settings.defaults().withWatch(List.of("f")));
        String html = ThroughputTable.html(one.threads(), one.total(), GilMode.ON);
        assertFalse(html.contains(">total<"), html);
        assertEquals(1, html.substring(html.indexOf("<tbody>")).split("<tr", -1).length - 1, "the thread's row: " + html);
        List<Figures> two = List.of(one.threads().get(0), one.threads().get(0));
        assertTrue(ThroughputTable.html(two, Figures.sum("total", two), GilMode.ON).contains(">total<"));
    }

    @Test
    void bigCountsAreShortWithTheExactCountInTheirTitle() {
        assertEquals("<span title=\"12,345,678\">12.3\u00a0M</span>", ThroughputTable.count(12_345_678));
        assertEquals("999,999", ThroughputTable.count(999_999));
    }

    private static final Pattern ROW = Pattern.compile("<tr[^>]*>(.*?)</tr>");
    private static final Pattern CELL = Pattern.compile("<(t[hd])([^>]*)>(.*?)</t[hd]>");

    /**
     * The table's narrowest width: per column, the widest cell (numbers do not wrap) or the
     * longest word of its header (headers wrap at spaces), plus padding. Group rows (colspan) are
     * left out: their words are shorter than the columns they span.
     */
    static double estimatedWidth(String table) {
        List<Double> widths = new ArrayList<>();
        Matcher row = ROW.matcher(table);
        while (row.find()) {
            if (row.group(1).contains("colspan")) continue;
            Matcher cell = CELL.matcher(row.group(1));
            for (int i = 0; cell.find(); i++) {
                String text = cell.group(3).replaceAll("<[^>]*>", "").replace("&amp;", "&");
                double w = cell.group(1).equals("th")
                        ? longestWord(text) * HEADER_CHAR_PX : text.length() * CELL_CHAR_PX;
                if (widths.size() <= i) widths.add(0.0);
                widths.set(i, Math.max(widths.get(i), w + PADDING_PX));
            }
        }
        return widths.stream().mapToDouble(Double::doubleValue).sum();
    }

    private static int longestWord(String text) {
        int longest = 0;
        for (String word : text.split(" ")) longest = Math.max(longest, word.length());
        return longest;
    }
}
