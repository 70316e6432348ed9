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

    /**
     * A name bound 2.95 µs into a 10 µs run: its object's first count lands in the bucket that
     * ends at 3.1 µs (100 ns buckets), but the watch began at the binding.
     */
    private static WatchData boundLate() {
        List<WatchData.Point> late = new ArrayList<>();
        for (int b = 30; b < 100; b++) late.add(new WatchData.Point((b + 1) * 100L, 2 + b % 3, 2 + b % 3, 2, 4, 0));
        return new WatchData("late", "list object at 0x2 (late)", 1, 1, 2, 2, 140, 0, -1, 100, late, 2_950);
    }

    @Test
    void aWatchThatBeganLateIsDrawnFromItsBindingNotFromZero() {
        String svg = Golden.svgs(RefcountChart.img(boundLate(), 10_000, 80, 1_000_000, null)).get(0);
        TimeAxis axis = new TimeAxis(10_000, 80, RefcountChart.WIDTH - 80 - 18);
        java.util.regex.Matcher stored = java.util.regex.Pattern
                .compile("<path d=\"M([0-9.]+) [^\"]*\" fill=\"none\" stroke=\"#d55e00\" stroke-width=\"2.5\"")
                .matcher(svg);
        assertTrue(stored.find(), svg);
        assertEquals(Svg.num(axis.x(2_950)), stored.group(1), "the stored count begins at the binding, 2.95 µs");
        assertTrue(svg.contains("watched from 2.95 µs"), svg);
    }

    @Test
    void aWatchOfANameBoundAtTheStartIsDrawnFromZeroEvenIfItsFirstCountComesLater() {
        // %watch shared, bound before the cell: nothing touches it until the threads start at 3 µs.
        WatchData fromStart = new WatchData("shared", "list object at 0x2 (shared)", 1, 1, 2, 2, 140, 0, -1, 100,
                boundLate().points());
        String svg = Golden.svgs(RefcountChart.img(fromStart, 10_000, 80, 1_000_000, null)).get(0);
        assertFalse(svg.contains("watched from"), svg);
        TimeAxis axis = new TimeAxis(10_000, 80, RefcountChart.WIDTH - 80 - 18);
        assertTrue(svg.contains("<path d=\"M" + Svg.num(axis.x(0)) + " "), svg);
    }

    @Test
    void theJsonAndTextSayWhenEachWatchBegan() {
        gilsim.sim.RunResult run = RealRuns.run("shared = [1, 2, 3]\n", "late = [4, 5]\nx = shared\n",
                gilsim.sim.settings.Settings.defaults().withWatch(List.of("shared", "late")));
        com.google.gson.JsonArray watches = ReportJson.render(run).getAsJsonArray("watch");
        assertEquals(2, watches.size(), watches.toString());
        java.util.Map<String, Long> starts = new java.util.HashMap<>();
        for (var w : watches) {
            starts.put(w.getAsJsonObject().get("name").getAsString(), w.getAsJsonObject().get("start_ns").getAsLong());
        }
        assertEquals(0L, starts.get("shared"), watches.toString());
        long late = starts.get("late");
        assertTrue(late > 0, watches.toString());
        assertEquals(late, run.watches().stream().filter(w -> w.name().equals("late")).findFirst().orElseThrow().startNs());
        assertTrue(ReportText.render(run).contains("watch late: list object at ") 
                && ReportText.render(run).contains(", watched from " + gilsim.sim.settings.Durations.format(late)),
                ReportText.render(run));
    }

    @Test
    void aWatchFromTheRunsStartHasNoStartMark() {
        WatchData w = new WatchData("x", "list object at 0x1 (x)", 10, 12, 10, 12, 5000, 45, -1, 10, points(256));
        String svg = Golden.svgs(RefcountChart.img(w, 2560, 80, 1_000_000, null)).get(0);
        assertFalse(svg.contains("watched from"), svg);
    }
}
