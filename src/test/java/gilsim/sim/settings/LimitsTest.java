package gilsim.sim.settings;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LimitsTest {

    @Test
    void defaultsAreDocumented() {
        Limits l = Limits.defaults();
        assertEquals(200_000_000L, l.instructions());
        assertEquals(5_000_000L, l.objects());
        assertEquals(64, l.threads());
        assertEquals(1000, l.depth());
        assertEquals(1_048_576L, l.outputBytes());
        assertEquals(60.0, l.seconds());
        for (LimitEntry e : Limits.entries()) {
            assertEquals(e.defaultValue(), ((Number) l.toMap().get(e.key())).doubleValue(), e.key());
            assertFalse(l.isChanged(e.key()));
        }
    }

    @Test
    void valuesAreReadInTheirNaturalForms() {
        Limits l = Limits.defaults();
        assertEquals(500_000_000L, l.with("instructions", "5e8").instructions());
        assertEquals(300_000_000L, l.with("instructions", "300_000_000").instructions());
        assertEquals(10_000_000L, l.with("objects", "10M").objects());
        assertEquals(2_000L, l.with("objects", "2k").objects());
        assertEquals(2 * 1_048_576L, l.with("output", "2MB").outputBytes());
        assertEquals(512 * 1024L, l.with("output", "512KB").outputBytes());
        assertEquals(2.5, l.with("seconds", "2.5").seconds());
        assertEquals(3000, l.with("depth", "3000").depth());
        assertTrue(l.with("depth", "3000").isChanged("depth"));
        assertEquals("2MB", l.with("output", "2MB").display("output"));
    }

    @Test
    void outOfRangeAndMalformedValuesNameTheRange() {
        Limits l = Limits.defaults();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> l.with("threads", "5000"));
        assertTrue(e.getMessage().contains("from 1 to 1024"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> l.with("threads", "0"));
        assertThrows(IllegalArgumentException.class, () -> l.with("threads", "lots"));
        assertThrows(IllegalArgumentException.class, () -> l.with("depth", "1.5"));
        assertThrows(IllegalArgumentException.class, () -> l.with("seconds", "0"));
        assertThrows(IllegalArgumentException.class, () -> l.with("seconds", "-3"));
        assertThrows(IllegalArgumentException.class, () -> l.with("output", "3GB"));
        assertThrows(IllegalArgumentException.class,
                () -> new Limits(1_000, 1_000, 0, 10, 1024, 1));
    }

    @Test
    void unknownKeyListsTheKeys() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Limits.defaults().with("memory", "1"));
        assertTrue(e.getMessage().contains("instructions, objects, threads, depth, output, seconds"), e.getMessage());
    }
}
