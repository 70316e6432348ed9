package gilsim.render;

import gilsim.sim.WatchData;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RefcountChartTest {
    private static List<WatchData.Point> points(int n) {
        List<WatchData.Point> list = new ArrayList<>();
        for (int b = 0; b < n; b++) {
            list.add(new WatchData.Point((b + 1) * 10L, 10 + b % 5, 12, 8 + b % 5, 12 + b % 9, b % 17 == 0 ? 3 : 0));
        }
        return list;
    }

    @Test
    void downsamplingKeepsEveryLostUpdateAndTheExtremes() {
        List<WatchData.Point> all = points(256);
        List<WatchData.Point> few = RefcountChart.downsample(all, 10, 32);
        assertTrue(few.size() <= 32, few.size() + " points");
        assertEquals(all.stream().mapToInt(WatchData.Point::lostUpdates).sum(),
                few.stream().mapToInt(WatchData.Point::lostUpdates).sum());
        assertEquals(all.stream().mapToLong(WatchData.Point::minStored).min(),
                few.stream().mapToLong(WatchData.Point::minStored).min());
        assertEquals(all.stream().mapToLong(WatchData.Point::maxStored).max(),
                few.stream().mapToLong(WatchData.Point::maxStored).max());
        assertEquals(all.get(all.size() - 1).stored(), few.get(few.size() - 1).stored(), "ends at the last count");
    }

    @Test
    void chartFitsItsShareOfTheReport() {
        WatchData w = new WatchData("x", "list object at 0x1 (x)", 10, 12, 10, 12, 5000, 45, -1, 10, points(256));
        String big = Golden.svgs(RefcountChart.img(w, 2560, 80, 1_000_000, null)).get(0);
        String small = Golden.svgs(RefcountChart.img(w, 2560, 80, 4_000, null)).get(0);
        assertTrue(small.length() <= 4_000 || small.length() < big.length() / 3, small.length() + " of " + big.length());
        assertTrue(small.contains("lost update"));
    }

    /** A name rebound 3 µs into a 10 µs run: the new object's counts start then, in 100 ns buckets. */
    private static WatchData boundLate() {
        List<WatchData.Point> late = new ArrayList<>();
        for (int b = 30; b < 100; b++) late.add(new WatchData.Point((b + 1) * 100L, 2 + b % 3, 2 + b % 3, 2, 4, 0));
        return new WatchData("late", "list object at 0x2 (late)", 1, 1, 2, 2, 140, 0, -1, 100, late);
    }

    @Test
    void aWatchThatBeganLateIsDrawnFromItsStartNotFromZero() {
        WatchData first = new WatchData("late", "list object at 0x1 (late)", 1, 1, 0, 0, 2, 0, 2_900, 100,
                List.of(new WatchData.Point(100, 2, 2, 1, 2, 0), new WatchData.Point(2_900, 0, 0, 0, 1, 0)));
        List<Long> starts = RefcountChart.startsNs(List.of(first, boundLate()));
        assertEquals(List.of(0L, 3_000L), starts, "the first object from the start, the rebound one from 3 µs");
        String svg = Golden.svgs(RefcountChart.img(boundLate(), starts.get(1), 10_000, 80, 1_000_000, null)).get(0);
        TimeAxis axis = new TimeAxis(10_000, 80, RefcountChart.WIDTH - 80 - 18);
        java.util.regex.Matcher stored = java.util.regex.Pattern
                .compile("<path d=\"M([0-9.]+) [^\"]*\" fill=\"none\" stroke=\"#d55e00\" stroke-width=\"2.5\"")
                .matcher(svg);
        assertTrue(stored.find(), svg);
        assertEquals(Svg.num(axis.x(3_000)), stored.group(1), "the stored count begins at 3 µs, not at t=0");
        assertTrue(svg.contains("watched from 3 µs"), svg);
    }

    @Test
    void theFirstObjectOfANameIsWatchedFromTheStartEvenIfItsFirstCountComesLater() {
        // %watch shared, bound before the cell: nothing touches it until the threads start at 3 µs.
        assertEquals(List.of(0L), RefcountChart.startsNs(List.of(boundLate())));
    }

    @Test
    void aWatchFromTheRunsStartHasNoStartMark() {
        WatchData w = new WatchData("x", "list object at 0x1 (x)", 10, 12, 10, 12, 5000, 45, -1, 10, points(256));
        String svg = Golden.svgs(RefcountChart.img(w, 2560, 80, 1_000_000, null)).get(0);
        assertFalse(svg.contains("watched from"), svg);
    }
}
