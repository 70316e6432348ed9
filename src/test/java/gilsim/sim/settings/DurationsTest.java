package gilsim.sim.settings;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DurationsTest {

    private static long ns(String text) {
        return Durations.parseNanos(text, Durations.Unit.SECONDS).longValueExact();
    }

    @Test
    void bareNumbersAreInTheGivenUnitAndUnitsOverrideIt() {
        assertEquals(5_000_000L, ns("0.005"));
        assertEquals(5_000_000L, ns("5ms"));
        assertEquals(500_000L, ns("500us"));
        assertEquals(500_000L, ns("500µs"));
        assertEquals(1_000L, ns("1000ns"));
        assertEquals(2_000_000_000L, ns("2 s"));
        assertEquals(1_000_000L, ns("1e-3"));
        assertEquals(new BigDecimal("1.5"), Durations.parseNanos("1.5", Durations.Unit.NANOS).stripTrailingZeros());
    }

    @Test
    void nonDurationsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> ns("abc"));
        assertThrows(IllegalArgumentException.class, () -> ns("-1"));
        assertThrows(IllegalArgumentException.class, () -> ns("5 min"));
        assertThrows(IllegalArgumentException.class, () -> ns(""));
    }

    @Test
    void formatPicksTheLargestUnitKeepingANumberAtLeastOne() {
        assertEquals("5 ms", Durations.format(5_000_000));
        assertEquals("1.5 µs", Durations.format(1_500));
        assertEquals("1.5 ns", Durations.format(1.5));
        assertEquals("6 ns", Durations.format(6));
        assertEquals("2 s", Durations.format(2e9));
        assertEquals("0.005", Durations.formatSeconds(5_000_000));
    }
}
