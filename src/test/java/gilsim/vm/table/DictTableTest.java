package gilsim.vm.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gilsim.vm.format.Python311;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DictTableTest {

    private static DictTable<Object, Object> dict() {
        return new DictTable<>(TestKeys.OPS);
    }

    @Test
    void iterationFollowsInsertionOrderAndReinsertionGoesToTheEnd() {
        DictTable<Object, Object> d = dict();
        d.put("a", 1L);
        d.put("b", 2L);
        d.put("c", 3L);
        d.put("a", 4L);
        assertEquals("{'a': 4, 'b': 2, 'c': 3}", DictScenario.repr(d));
        d.remove("a");
        d.put("a", 5L);
        assertEquals("{'b': 2, 'c': 3, 'a': 5}", DictScenario.repr(d));
    }

    @Test
    void equalKeysOfDifferentTypesKeepTheFirstKeyAndTheLastValue() {
        DictTable<Object, Object> d = dict();
        d.put(1L, "int");
        d.put(1.0, "float");
        assertEquals(1, d.size());
        assertEquals(1L, d.keyAt(d.lookup(1.0)));
        assertEquals("float", d.get(1L));
    }

    @Test
    void popitemTakesTheLastEntry() {
        DictTable<Object, Object> d = dict();
        for (long i = 0; i < 4; i++) {
            d.put(i, i * 10);
        }
        Object[] out = new Object[2];
        assertTrue(d.popLast(out));
        assertEquals(3L, out[0]);
        assertEquals(30L, out[1]);
        assertEquals(3, d.entryCount());
        d.clear();
        assertFalse(d.popLast(out));
        assertNull(d.get(0L));
    }

    @Test
    void tableGrowsToThreeTimesTheUsedEntriesWhenFull() {
        DictTable<Object, Object> d = dict();
        for (long i = 0; i < 5; i++) {
            d.put(i, i);
        }
        d.remove(0L);
        d.remove(1L);
        assertEquals(5, d.entryCount()); // deleted entries stay as holes
        d.put(99L, 0L); // no room left: rebuild for 3 * 3 entries, holes squeezed out
        assertEquals(4, d.entryCount());
        assertEquals("{2: 2, 3: 3, 4: 4, 99: 0}", DictScenario.repr(d));
    }

    @Test
    void iteratorReportsChangesAsCpython() {
        DictTable<Object, Object> d = dict();
        d.put(1L, 1L);
        d.put(2L, 2L);
        DictCursor c = new DictCursor(d);
        int e = c.next(d);
        d.put(3L, 3L);
        assertEquals(DictCursor.CHANGED_SIZE, c.next(d));
        assertEquals(DictCursor.CHANGED_SIZE, c.next(d));
        assertEquals(1L, d.keyAt(e));
    }

    @Test
    void randomProgramsBehaveAsCpython() {
        Python311.assumeAvailable();
        Random rnd = new Random(Long.getLong("seed", 11));
        List<DictScenario> scenarios = new ArrayList<>();
        StringBuilder input = new StringBuilder();
        List<String> expected = new ArrayList<>();
        int count = Integer.getInteger("scenarios", 400);
        for (int i = 0; i < count; i++) {
            DictScenario sc = new DictScenario(rnd);
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
        String script = DictScenario.LAYOUT_PY + "import sys\nfor src in sys.stdin.read().split('\\0'):\n"
                + "    exec(compile(src, 'scenario', 'exec'), {'dk': dk})\n    print('--')\n";
        List<String> actual = Python311.run(script, input.toString());
        int scenario = 0;
        int start = 0;
        for (int i = 0; i < expected.size(); i++) {
            String where = "scenario " + scenario + ":\n" + scenarios.get(scenario).python
                    + "\noutput so far:\n" + String.join("\n", actual.subList(start, Math.min(i, actual.size())));
            assertEquals(expected.get(i), i < actual.size() ? actual.get(i) : "<missing>", where);
            if (expected.get(i).equals("--")) {
                scenario++;
                start = i + 1;
            }
        }
        assertEquals(expected.size(), actual.size());
    }
}
