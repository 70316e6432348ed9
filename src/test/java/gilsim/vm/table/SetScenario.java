package gilsim.vm.table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A random program on a few sets, written twice: as Python source (run by python3) and as the
 * same operations on {@link SetTable}s, whose printed output must match Python's line for line.
 */
final class SetScenario {
    private static final int VARS = 4;

    final StringBuilder python = new StringBuilder();
    final List<String> expected = new ArrayList<>();

    private final Random rnd;
    @SuppressWarnings("unchecked")
    private final SetTable<Object>[] vars = new SetTable[VARS];
    /**
     * The compiler's constant cache for this compilation unit: a constant set display is folded
     * into a frozenset, which merge_consts_recursive rebuilds from the first one's order and
     * shares between displays with the same constants.
     */
    private final Map<Set<Object>, SetTable<Object>> constCache = new HashMap<>();

    SetScenario(Random rnd) {
        this.rnd = rnd;
        for (int i = 0; i < VARS; i++) {
            vars[i] = new SetTable<>(TestKeys.OPS);
            line("s" + i + " = set()");
        }
    }

    private void line(String code) {
        python.append(code).append('\n');
    }

    private void print(String pyExpr, String value) {
        line("print(" + pyExpr + ")");
        expected.add(value);
    }

    static String repr(SetTable<Object> s) {
        if (s.isEmpty()) {
            return "set()";
        }
        StringBuilder sb = new StringBuilder("{");
        for (int i = s.nextSlot(0); i >= 0; i = s.nextSlot(i + 1)) {
            if (sb.length() > 1) {
                sb.append(", ");
            }
            sb.append(TestKeys.literal(s.keyAt(i)));
        }
        return sb.append('}').toString();
    }

    private List<Object> randomKeys(int max) {
        int n = rnd.nextInt(max + 1);
        List<Object> keys = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            keys.add(TestKeys.random(rnd));
        }
        return keys;
    }

    private static String listLiteral(List<Object> keys) {
        StringBuilder sb = new StringBuilder("[");
        for (Object k : keys) {
            sb.append(sb.length() > 1 ? ", " : "").append(TestKeys.literal(k));
        }
        return sb.append(']').toString();
    }

    /** A set display of constants, compiled as CPython 3.11 does. */
    private SetTable<Object> display(List<Object> items) {
        SetTable<Object> s = new SetTable<>(TestKeys.OPS);
        if (items.size() <= 2) {
            // BUILD_SET n: the items are added in source order.
            for (Object k : items) {
                s.add(k);
            }
            return s;
        }
        // BUILD_SET 0; LOAD_CONST frozenset(...); SET_UPDATE 1
        SetTable<Object> folded = new SetTable<>(TestKeys.OPS);
        for (Object k : items) {
            folded.add(k);
        }
        Set<Object> constKey = new LinkedHashSet<>();
        folded.forEach(constKey::add);
        SetTable<Object> constant = constCache.computeIfAbsent(constKey, key -> {
            SetTable<Object> rebuilt = new SetTable<>(TestKeys.OPS);
            folded.forEach(rebuilt::add);
            return rebuilt;
        });
        s.update(constant);
        return s;
    }

    void step() {
        int x = rnd.nextInt(VARS);
        int y = rnd.nextInt(VARS);
        int z = rnd.nextInt(VARS);
        SetTable<Object> sx = vars[x];
        SetTable<Object> sy = vars[y];
        String nx = "s" + x;
        String ny = "s" + y;
        String nz = "s" + z;
        switch (rnd.nextInt(26)) {
            case 0: case 1: case 2: {
                List<Object> items = randomKeys(rnd.nextInt(4) == 0 ? 14 : 6);
                if (items.isEmpty()) {
                    items.add(TestKeys.random(rnd));
                }
                // A name-like str constant may be swapped for an interned equal one when the code
                // object is made, which rebuilds the frozenset once more: keep strs unlike names.
                items.replaceAll(k -> k instanceof String ? k + " " : k);
                line(nz + " = {" + listLiteral(items).substring(1, listLiteral(items).length() - 1) + "}");
                vars[z] = display(items);
                break;
            }
            case 3: case 4: case 5: {
                Object k = TestKeys.random(rnd);
                line(nx + ".add(" + TestKeys.literal(k) + ")");
                sx.add(k);
                break;
            }
            case 6: case 7: {
                // Discard a present key more often than an absent one.
                Object k = !sx.isEmpty() && rnd.nextBoolean() ? sx.keyAt(nthSlot(sx, rnd.nextInt(sx.size()))) : TestKeys.random(rnd);
                line(nx + ".discard(" + TestKeys.literal(k) + ")");
                sx.discard(k);
                break;
            }
            case 8: {
                if (!sx.isEmpty()) {
                    Object k = sx.pop();
                    print("repr(" + nx + ".pop())", TestKeys.literal(k));
                }
                break;
            }
            case 9: {
                List<Object> items = randomKeys(rnd.nextInt(3) == 0 ? 60 : 10);
                line(nz + " = set(" + listLiteral(items) + ")");
                vars[z] = new SetTable<>(TestKeys.OPS);
                SetOperations.updateFromIterable(vars[z], items);
                break;
            }
            case 10: {
                line(nz + " = set(" + nx + ")");
                vars[z] = sx.copy();
                break;
            }
            case 11: {
                line(nx + ".update(" + ny + ")");
                sx.update(sy);
                break;
            }
            case 12: {
                List<Object> items = randomKeys(12);
                line(nx + ".update(" + listLiteral(items) + ")");
                SetOperations.updateFromIterable(sx, items);
                break;
            }
            case 13: {
                List<Object> items = randomKeys(10);
                DictTable<Object, Object> d = dictDisplay(items);
                line(nx + ".update(" + dictLiteral(items) + ")");
                SetOperations.updateFromDict(sx, d);
                break;
            }
            case 14: {
                line(nz + " = " + nx + " | " + ny);
                vars[z] = SetOperations.union(sx, sy);
                break;
            }
            case 15: {
                line(nz + " = " + nx + " & " + ny);
                vars[z] = SetOperations.intersection(sx, sy);
                break;
            }
            case 16: {
                line(nz + " = " + nx + " - " + ny);
                vars[z] = SetOperations.difference(sx, sy);
                break;
            }
            case 17: {
                line(nz + " = " + nx + " ^ " + ny);
                vars[z] = SetOperations.symmetricDifference(sx, sy);
                break;
            }
            case 18: {
                String op = "|&-^".substring(rnd.nextInt(4)).substring(0, 1);
                line(nx + " " + op + "= " + ny);
                switch (op) {
                    case "|": sx.update(sy); break;
                    case "&": SetOperations.intersectionUpdate(sx, sy); break;
                    case "-": SetOperations.differenceUpdate(sx, sy); break;
                    default: SetOperations.symmetricDifferenceUpdate(sx, sy); break;
                }
                break;
            }
            case 19: {
                List<Object> items = randomKeys(12);
                String lit = listLiteral(items);
                switch (rnd.nextInt(7)) {
                    case 0:
                        line(nz + " = " + nx + ".intersection(" + lit + ")");
                        vars[z] = SetOperations.intersection(sx, items);
                        break;
                    case 1:
                        line(nz + " = " + nx + ".difference(" + lit + ")");
                        vars[z] = SetOperations.difference(sx, items);
                        break;
                    case 2:
                        line(nz + " = " + nx + ".symmetric_difference(" + lit + ")");
                        vars[z] = SetOperations.symmetricDifference(sx, items);
                        break;
                    case 3:
                        line(nx + ".intersection_update(" + lit + ")");
                        SetOperations.intersectionUpdate(sx, items);
                        break;
                    case 4:
                        line(nx + ".difference_update(" + lit + ")");
                        SetOperations.differenceUpdate(sx, items);
                        break;
                    case 5:
                        line(nx + ".symmetric_difference_update(" + lit + ")");
                        SetOperations.symmetricDifferenceUpdate(sx, items);
                        break;
                    default:
                        line(nz + " = " + nx + ".union(" + lit + ")");
                        vars[z] = sx.copy();
                        SetOperations.updateFromIterable(vars[z], items);
                        break;
                }
                break;
            }
            case 20: {
                List<Object> items = randomKeys(10);
                DictTable<Object, Object> d = dictDisplay(items);
                String lit = dictLiteral(items);
                switch (rnd.nextInt(3)) {
                    case 0:
                        line(nz + " = " + nx + ".difference(" + lit + ")");
                        vars[z] = SetOperations.difference(sx, d);
                        break;
                    case 1:
                        line(nz + " = " + nx + ".symmetric_difference(" + lit + ")");
                        vars[z] = SetOperations.symmetricDifference(sx, d);
                        break;
                    default:
                        line(nx + ".symmetric_difference_update(" + lit + ")");
                        SetOperations.symmetricDifferenceUpdate(sx, d);
                        break;
                }
                break;
            }
            case 21: {
                // Many additions then many removals: large tables, dummies, shrinking rebuilds.
                long base = rnd.nextInt(1000);
                int n = 20 + rnd.nextInt(300);
                int step = 1 + rnd.nextInt(40);
                line("for i in range(" + n + "): " + nx + ".add(" + base + " + i * " + step + ")");
                for (int i = 0; i < n; i++) {
                    sx.add(base + (long) i * step);
                }
                break;
            }
            case 22: {
                int n = 10 + rnd.nextInt(300);
                line("for i in range(" + n + "): " + nx + ".discard(i)");
                for (long i = 0; i < n; i++) {
                    sx.discard(i);
                }
                break;
            }
            case 23: {
                int n = rnd.nextInt(8);
                line("for i in range(" + n + "):\n    if " + nx + ": " + nx + ".pop()");
                for (int i = 0; i < n; i++) {
                    sx.pop();
                }
                break;
            }
            case 24: {
                line(nx + ".clear()");
                sx.clear();
                break;
            }
            default:
                print(nx, repr(sx));
                print("len(" + nx + ")", Integer.toString(sx.size()));
                break;
        }
    }

    void finish() {
        for (int i = 0; i < VARS; i++) {
            print("s" + i, repr(vars[i]));
        }
    }

    private static int nthSlot(SetTable<Object> s, int n) {
        int slot = s.nextSlot(0);
        for (int i = 0; i < n; i++) {
            slot = s.nextSlot(slot + 1);
        }
        return slot;
    }

    /** A dict display {k: 0, ...} of at most 15 items: BUILD_MAP, presized for its items. */
    private static DictTable<Object, Object> dictDisplay(List<Object> keys) {
        boolean allStr = keys.stream().allMatch(k -> k instanceof String);
        DictTable<Object, Object> d = DictTable.presized(TestKeys.OPS, keys.size(), allStr);
        for (Object k : keys) {
            d.put(k, 0L);
        }
        return d;
    }

    static String dictLiteral(List<Object> keys) {
        StringBuilder sb = new StringBuilder("{");
        for (Object k : keys) {
            sb.append(sb.length() > 1 ? ", " : "").append(TestKeys.literal(k)).append(": 0");
        }
        return sb.append('}').toString();
    }
}
