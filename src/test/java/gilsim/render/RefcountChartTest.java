package gilsim.render;

import gilsim.sim.WatchData;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
}
