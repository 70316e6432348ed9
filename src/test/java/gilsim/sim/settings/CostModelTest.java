package gilsim.sim.settings;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CostModelTest {

    @Test
    void defaultsAreFactsRecommendedValues() {
        // FACTS.md §9 "Recommended simulator defaults"
        CostModel c = CostModel.defaults();
        assertEquals(6, c.instruction());
        assertEquals(1, c.refcountPlain());
        assertEquals(6, c.refcountAtomic());
        assertEquals(60, c.refcountContended());
        assertEquals(1.5, c.biasedLocal());
        assertEquals(6, c.biasedShared());
        assertEquals(25, c.mutex());
        assertEquals(10_000, c.gilHandoff());
        assertEquals(1_500, c.condSignal());
        assertEquals(3_000_000, c.timeSlice());
    }

    @Test
    void everyEntryHasASourceAUnitAndAMeaning() {
        for (CostEntry e : CostModel.entries()) {
            assertFalse(e.source().isBlank(), e.name());
            assertFalse(e.meaning().isBlank(), e.name());
            assertEquals("ns", e.unit());
            assertTrue(e.name().matches("[a-z]+(_[a-z]+)*"), e.name());
            assertEquals(e.defaultValue(), CostModel.defaults().get(e.name()), e.name());
        }
    }

    @Test
    void withChangesExactlyTheNamedCost() {
        for (String name : CostModel.names()) {
            CostModel changed = CostModel.defaults().with(name, 1234.5);
            assertEquals(1234.5, changed.get(name), name);
            assertTrue(changed.isChanged(name));
            for (String other : CostModel.names()) {
                if (!other.equals(name)) assertEquals(CostModel.defaults().get(other), changed.get(other), other);
            }
        }
    }

    @Test
    void componentsFollowTheEntryOrder() {
        CostModel c = CostModel.defaults().with("gil_handoff", 20_000).with("builtin_item", 30);
        assertEquals(20_000, c.gilHandoff());
        assertEquals(30, c.builtinItem());
        assertEquals(3_000, c.with("context_switch", 3_000).contextSwitch());
        assertEquals(5_000, c.wakeup());
        assertEquals(25, c.gilAcquire());
    }

    @Test
    void valuesMayCarryAUnit() {
        assertEquals(10_000, CostModel.defaults().with("gil_handoff", "10us").gilHandoff());
        assertEquals(2_000_000, CostModel.defaults().with("time_slice", "2ms").timeSlice());
        assertEquals(1.5, CostModel.defaults().with("refcount_plain", "1.5").refcountPlain());
    }

    @Test
    void unknownNameListsTheNames() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CostModel.defaults().with("atomic", 3));
        assertTrue(e.getMessage().contains("refcount_atomic"), e.getMessage());
        assertTrue(e.getMessage().contains("instruction"), e.getMessage());
    }

    @Test
    void negativeZeroWhereForbiddenNonNumberAndHugeAreRefused() {
        CostModel c = CostModel.defaults();
        assertThrows(IllegalArgumentException.class, () -> c.with("mutex", -1));
        assertThrows(IllegalArgumentException.class, () -> c.with("mutex", "-1"));
        assertThrows(IllegalArgumentException.class, () -> c.with("mutex", "fast"));
        assertThrows(IllegalArgumentException.class, () -> c.with("mutex", Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> c.with("instruction", 0));
        assertThrows(IllegalArgumentException.class, () -> c.with("time_slice", 0));
        assertThrows(IllegalArgumentException.class, () -> c.with("mutex", 1e11));
        assertEquals(0, c.with("mutex", 0).mutex());
    }

    @Test
    void mapListsEveryCostInOrder() {
        Map<String, Double> m = CostModel.defaults().toMap();
        assertEquals(CostModel.names(), java.util.List.copyOf(m.keySet()));
        assertEquals(60.0, m.get("refcount_contended"));
    }
}
