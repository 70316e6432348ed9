package gilsim.render;

import gilsim.sim.Activity;
import gilsim.sim.TimelineData;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TimelineChartTest {
    private static final int STATES = Activity.values().length;

    private static String svg(TimelineData t) {
        return Golden.svgs(TimelineChart.img(t, t.endNs(), 80, null)).get(0);
    }

    /** Four threads taking turns on one GIL, each bucket much longer than a turn. */
    private static TimelineData sharedGilCoarse() {
        List<TimelineData.ThreadRow> rows = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            long[][] ns = new long[100][STATES];
            for (long[] b : ns) {
                b[Activity.RUNNING_GIL.ordinal()] = 250;
                b[Activity.WAITING_GIL.ordinal()] = 750;
            }
            rows.add(new TimelineData.ThreadRow("T" + t, ns, new int[100]));
        }
        return new TimelineData(1000, 100_000, rows);
    }

    @Test
    void aggregatedTurnsReadAsQuarterHighRunningBars() {
        String svg = svg(sharedGilCoarse());
        assertTrue(svg.contains("v6h-"), "running: a quarter of the 24 px row");
        assertTrue(svg.contains("v18h-"), "waiting: the other three quarters");
        assertFalse(svg.contains("v24h-"), "no state fills a whole column");
        assertEquals(4, svg.split("fill=\"#0072b2\"", -1).length - 1 - 1, "one running path per row, one legend swatch");
    }

    @Test
    void legendNamesOnlyTheStatesThatOccurAndHandoffs() {
        TimelineData t = sharedGilCoarse();
        t.threads().get(1).handoffs()[10] = 2;
        String svg = svg(t);
        assertTrue(svg.contains("runs, holding the GIL") && svg.contains("waits for the GIL"));
        assertFalse(svg.contains("blocked on I/O"));
        assertTrue(svg.contains("GIL handed to this thread"));
        assertEquals(1 + 1, svg.split("l-3.5 6z", -1).length, "one hand-off mark");
    }

    @Test
    void wideSingleStateSegmentsCarryTheirLabel() {
        List<TimelineData.ThreadRow> rows = new ArrayList<>();
        long[][] ns = new long[10][STATES];
        for (long[] b : ns) b[Activity.DESCHEDULED.ordinal()] = 100;
        rows.add(new TimelineData.ThreadRow("T0", ns, new int[10]));
        String svg = svg(new TimelineData(100, 1000, rows));
        assertTrue(svg.contains(">no core</text>"), svg);
        assertTrue(svg.contains("fill=\"url(#pd)\""), "descheduled is dotted, not only grey");
    }

    @Test
    void manyThreadsFoldIntoOneRowAndTheChartStaysWithinItsBudget() {
        List<TimelineData.ThreadRow> rows = new ArrayList<>();
        for (int t = 0; t < 300; t++) {
            long[][] ns = new long[256][STATES];
            for (int b = 0; b < 256; b++) {
                for (int a = 1; a < 7; a++) ns[b][a] = 1 + (a * 7 + b * 3 + t) % 11;
            }
            rows.add(new TimelineData.ThreadRow("T" + t, ns, new int[256]));
        }
        String svg = svg(new TimelineData(66, 66 * 256, rows));
        assertTrue(svg.length() <= TimelineChart.MAX_SVG_BYTES, svg.length() + " bytes");
        assertTrue(svg.contains(">+277 more</text>"), "the threads past 23 in one row");
    }

    @Test
    void axisLabelsUseOneReadableUnit() {
        TimeAxis axis = new TimeAxis(31_420_000, 0, 800);
        assertEquals(List.of("0 ms", "5 ms", "10 ms", "15 ms", "20 ms", "25 ms", "30 ms"),
                axis.ticks().stream().map(axis::label).toList());
        TimeAxis small = new TimeAxis(2_300, 0, 800);
        assertEquals("0.5 µs", small.label(small.ticks().get(1)));
    }

    /**
     * A 3.2 µs run of two threads handing the GIL over every 100 ns, in 16 ns buckets (what the
     * simulator's buckets give such a run once they start at 1 ns): each turn is its own stretch,
     * each hand-off its own mark, on a nanosecond-scale axis.
     */
    @Test
    void aShortRunInFineBucketsShowsEveryTurnOnANanosecondAxis() {
        long bucket = 16;
        int buckets = 200;
        List<TimelineData.ThreadRow> rows = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
            long[][] ns = new long[buckets][STATES];
            int[] handoffs = new int[buckets];
            for (int b = 0; b < buckets; b++) {
                long mid = b * bucket + bucket / 2;
                boolean mine = (mid / 100) % 2 == t;
                ns[b][(mine ? Activity.RUNNING_GIL : Activity.WAITING_GIL).ordinal()] = bucket;
                if (mine && (b * bucket) % 100 < bucket && b > 0) handoffs[b] = 1;
            }
            rows.add(new TimelineData.ThreadRow("T" + t, ns, handoffs));
        }
        String svg = svg(new TimelineData(bucket, bucket * buckets, rows));
        java.util.regex.Matcher running = java.util.regex.Pattern.compile("<path d=\"([^\"]*)\" fill=\"#0072b2\"/>")
                .matcher(svg);
        int turns = 0;
        while (running.find()) turns += running.group(1).split("M", -1).length - 1;
        assertTrue(svg.contains(">0.5 µs</text>") && svg.contains(">3.0 µs</text>"), "sub-µs ticks: " + svg);
        long marks = svg.split("l-3.5 6z", -1).length - 2;
        assertTrue(marks >= 30, marks + " hand-off marks, expected one per 100 ns turn");
        assertTrue(turns >= 30, turns + " running stretches, expected one per turn");
    }
}
