package gilsim.render;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Short runs get an axis in nanoseconds, longer ones in µs, ms or s, with 1-2-5 steps. */
class TimeAxisTest {
    private static List<String> labels(long endNs) {
        TimeAxis axis = new TimeAxis(endNs, 64, 818);
        return axis.ticks().stream().map(axis::label).toList();
    }

    @Test
    void aRunOfTensOfNanosecondsIsLabelledInNanoseconds() {
        assertEquals(List.of("0 ns", "5 ns", "10 ns", "15 ns", "20 ns", "25 ns", "30 ns", "35 ns"), labels(37));
        assertEquals(List.of("0 ns", "200 ns", "400 ns", "600 ns", "800 ns"), labels(999));
    }

    @Test
    void aRunOfAFewMicrosecondsGetsSubMicrosecondTicks() {
        assertEquals(List.of("0 µs", "0.5 µs", "1.0 µs", "1.5 µs", "2.0 µs", "2.5 µs"), labels(2_500));
        assertEquals(List.of("0 µs", "1 µs", "2 µs", "3 µs", "4 µs", "5 µs", "6 µs"), labels(6_330));
    }

    @Test
    void longerRunsUseMillisecondsAndSeconds() {
        assertEquals(List.of("0 ms", "0.2 ms", "0.4 ms", "0.6 ms", "0.8 ms", "1.0 ms", "1.2 ms"), labels(1_234_567));
        assertEquals("20 s", labels(123_456_789_000L).get(1));
    }
}
