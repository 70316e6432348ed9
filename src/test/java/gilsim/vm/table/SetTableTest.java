package gilsim.vm.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gilsim.vm.format.Python311;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SetTableTest {

    private static SetTable<Object> of(Object... keys) {
        SetTable<Object> s = new SetTable<>(TestKeys.OPS);
        for (Object k : keys) {
            s.add(k);
        }
        return s;
    }

    /** FACTS.md §1 item 12, printed by CPython 3.11.7. */
    @Test
    void setDisplayOfConstantsIteratesDifferentlyFromAddingOneByOne() {
        SetTable<Object> oneByOne = of(0L, 16L, 32L, 1L, 2L);
        assertEquals("{0, 32, 2, 1, 16}", SetScenario.repr(oneByOne));

        // The compiler folds the display into frozenset((0, 16, 32, 1, 2)), rebuilds it from
        // that frozenset's order when merging constants, and the set is updated from it.
        SetTable<Object> rebuilt = new SetTable<>(TestKeys.OPS);
        oneByOne.forEach(rebuilt::add);
        SetTable<Object> display = new SetTable<>(TestKeys.OPS);
        display.update(rebuilt);
        assertEquals("{0, 1, 32, 2, 16}", SetScenario.repr(display));
    }

    @Test
    void equalKeysOfDifferentTypesKeepTheFirstOne() {
        SetTable<Object> s = of(1L, 1.0, 2.0, 2L);
        assertEquals("{1, 2.0}", SetScenario.repr(s));
        assertSame(s.find(2L), s.find(2.0));
        assertTrue(s.contains(1.0));
    }

    @Test
    void intersectionKeepsTheKeysOfTheSetItIterates() {
        // Same sizes: CPython iterates the right operand.
        assertEquals("{1.0}", SetScenario.repr(SetOperations.intersection(of(1L), of(1.0))));
        // The right one is larger: the left one is iterated.
        assertEquals("{1}", SetScenario.repr(SetOperations.intersection(of(1L), of(1.0, 5L))));
    }

    @Test
    void popWalksTheTableFromItsFinger() {
        SetTable<Object> s = of(3L, 1L, 2L);
        assertEquals(1L, s.pop());
        assertEquals(2L, s.pop());
        s.add(1L); // lands in slot 1, behind the finger
        assertEquals(3L, s.pop());
        assertEquals(1L, s.pop());
        assertNull(s.pop());
    }

    @Test
    void resizeHappensWhenThreeFifthsOfTheSlotsAreFilled() {
        SetTable<Object> s = of(1L, 2L, 3L, 4L);
        assertEquals(8, s.capacity());
        s.add(5L); // fill 5: 5 * 5 >= 7 * 3
        assertEquals(32, s.capacity()); // smallest power of two above used * 4 = 20
    }

    @Test
    void removalsLeaveDummiesThatAdditionsReuse() {
        SetTable<Object> s = of(0L, 8L, 16L);
        assertTrue(s.discard(8L));
        assertFalse(s.discard(8L));
        s.add(24L);
        assertEquals("{0, 24, 16}", SetScenario.repr(s));
    }

    @Test
    void iteratorFailsForGoodOnceTheSizeChanged() {
        SetTable<Object> s = of(1L, 2L);
        SetCursor c = new SetCursor(s);
        assertEquals(1L, s.keyAt(c.next(s)));
        s.add(3L);
        assertEquals(SetCursor.CHANGED_SIZE, c.next(s));
        s.discard(3L);
        assertEquals(SetCursor.CHANGED_SIZE, c.next(s));
    }

    @Test
    void frozensetHashMatchesTheItemHashFormula() {
        SetTable<Object> s = of(1L, "a", 2.5);
        long[] hashes = {TestKeys.OPS.hash(1L), TestKeys.OPS.hash("a"), TestKeys.OPS.hash(2.5)};
        assertEquals(gilsim.vm.hashing.PyHash.hashFrozenset(hashes), s.frozensetHash());
    }

    @Test
    void randomProgramsIterateAsCpythonDoes() {
        Python311.assumeAvailable();
        Random rnd = new Random(Long.getLong("seed", 7));
        List<SetScenario> scenarios = new ArrayList<>();
        StringBuilder script = new StringBuilder("import sys\nsrcs = sys.stdin.read().split('\\0')\n"
                + "for src in srcs:\n    exec(compile(src, 'scenario', 'exec'), {})\n    print('--')\n");
        StringBuilder input = new StringBuilder();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < Integer.getInteger("scenarios", 400); i++) {
            SetScenario sc = new SetScenario(rnd);
            int steps = 5 + rnd.nextInt(40);
            for (int k = 0; k < steps; k++) {
                sc.step();
            }
            sc.finish();
            scenarios.add(sc);
            if (i > 0) {
                input.append('\0');
            }
            input.append(sc.python);
            expected.addAll(sc.expected);
            expected.add("--");
        }
        List<String> actual = Python311.run(script.toString(), input.toString());
        int scenario = 0;
        for (int i = 0; i < expected.size(); i++) {
            String where = "scenario " + scenario + ":\n" + scenarios.get(scenario).python;
            assertEquals(expected.get(i), i < actual.size() ? actual.get(i) : "<missing>", where);
            if (expected.get(i).equals("--")) {
                scenario++;
            }
        }
        assertEquals(expected.size(), actual.size());
    }
}
