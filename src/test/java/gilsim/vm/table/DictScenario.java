package gilsim.vm.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A random program on a few dicts, as Python source and as the same operations on
 * {@link DictTable}s; includes loops that change a dict while iterating it, whose outcome
 * depends on CPython's table sizes.
 */
final class DictScenario {
    private static final int VARS = 3;

    final StringBuilder python = new StringBuilder();
    final List<String> expected = new ArrayList<>();

    private final Random rnd;
    @SuppressWarnings("unchecked")
    private final DictTable<Object, Object>[] vars = new DictTable[VARS];
    private long counter;

    DictScenario(Random rnd) {
        this.rnd = rnd;
        for (int i = 0; i < VARS; i++) {
            vars[i] = new DictTable<>(TestKeys.OPS);
            line("d" + i + " = {}");
        }
    }

    private void line(String code) {
        python.append(code).append('\n');
    }

    private void print(String pyExpr, String value) {
        line("print(" + pyExpr + ")");
        expected.add(value);
    }

    static String repr(DictTable<Object, Object> d) {
        StringBuilder sb = new StringBuilder("{");
        for (int e = d.nextEntry(0); e >= 0; e = d.nextEntry(e + 1)) {
            sb.append(sb.length() > 1 ? ", " : "").append(TestKeys.literal(d.keyAt(e)))
                    .append(": ").append(d.valueAt(e));
        }
        return sb.append('}').toString();
    }

    private Object someKey(DictTable<Object, Object> d) {
        if (!d.isEmpty() && rnd.nextInt(3) > 0) {
            int n = rnd.nextInt(d.size());
            int e = d.nextEntry(0);
            for (int i = 0; i < n; i++) {
                e = d.nextEntry(e + 1);
            }
            Object k = d.keyAt(e);
            // Sometimes an equal key of another type: 1.0 for 1.
            if (k instanceof Long && (Long) k < 1000 && (Long) k > -1000 && rnd.nextInt(4) == 0) {
                return ((Long) k).doubleValue();
            }
            return k;
        }
        return TestKeys.random(rnd);
    }

    /**
     * Also compares table layouts (size, kind, room, entries), read from CPython 3.11's memory
     * with ctypes (64-bit layout); -DdictLayout=false turns it off.
     */
    static final boolean LAYOUT = !"false".equals(System.getProperty("dictLayout"));
    static final String LAYOUT_PY = "import ctypes\n"
            + "def dk(d):\n"
            + "    keys = ctypes.c_void_p.from_address(id(d) + 32).value\n"
            + "    b = (ctypes.c_uint8 * 3).from_address(keys + 8)\n"
            + "    usable = ctypes.c_ssize_t.from_address(keys + 16).value\n"
            + "    nent = ctypes.c_ssize_t.from_address(keys + 24).value\n"
            + "    return '%d/%s/%d/%d' % (1 << b[0], 'u' if b[2] else 'g', usable, nent)\n";

    void step() {
        stepOnce();
        if (LAYOUT) {
            StringBuilder py = new StringBuilder("print('#'");
            StringBuilder model = new StringBuilder("#");
            for (int i = 0; i < VARS; i++) {
                py.append(", dk(d").append(i).append(")");
                model.append(' ').append(vars[i].layout());
            }
            line(py + ")");
            expected.add(model.toString());
        }
    }

    private void stepOnce() {
        int x = rnd.nextInt(VARS);
        int y = rnd.nextInt(VARS);
        DictTable<Object, Object> dx = vars[x];
        String nx = "d" + x;
        String ny = "d" + y;
        switch (rnd.nextInt(20)) {
            case 0: case 1: case 2: case 3: {
                Object k = someKey(dx);
                long v = ++counter;
                line(nx + "[" + TestKeys.literal(k) + "] = " + v);
                dx.put(k, v);
                break;
            }
            case 4: case 5: {
                Object k = someKey(dx);
                line(nx + ".pop(" + TestKeys.literal(k) + ", None)");
                dx.remove(k);
                break;
            }
            case 6: {
                Object[] out = new Object[2];
                if (dx.popLast(out)) {
                    print(nx + ".popitem()", "(" + TestKeys.literal(out[0]) + ", " + out[1] + ")");
                }
                break;
            }
            case 7: {
                Object k = someKey(dx);
                long v = ++counter;
                Object got = dx.putIfAbsent(k, v);
                print(nx + ".setdefault(" + TestKeys.literal(k) + ", " + v + ")", got.toString());
                break;
            }
            case 8: {
                int n = rnd.nextInt(rnd.nextInt(3) == 0 ? 15 : 7);
                List<Object> keys = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    keys.add(TestKeys.random(rnd));
                }
                boolean allStr = keys.stream().allMatch(k -> k instanceof String);
                DictTable<Object, Object> d = DictTable.presized(TestKeys.OPS, n, allStr);
                for (Object k : keys) {
                    d.put(k, 0L);
                }
                line(nx + " = " + SetScenario.dictLiteral(keys));
                vars[x] = d;
                break;
            }
            case 9: {
                switch (x == y ? rnd.nextInt(2) : rnd.nextInt(3)) {
                    case 0: line(nx + " = dict(" + ny + ")"); break;
                    case 1: line(nx + " = {**" + ny + "}"); break;
                    default: line(nx + " = {}\n" + nx + ".update(" + ny + ")"); break;
                }
                DictTable<Object, Object> d = new DictTable<>(TestKeys.OPS);
                d.update(vars[y]);
                vars[x] = d;
                break;
            }
            case 10: {
                line(nx + " = " + ny + ".copy()");
                vars[x] = vars[y].copy();
                break;
            }
            case 11: {
                line(nx + ".update(" + ny + ")");
                dx.update(vars[y]);
                break;
            }
            case 12: {
                line(nx + ".clear()");
                dx.clear();
                break;
            }
            case 13: {
                long base = rnd.nextInt(100);
                int n = 1 + rnd.nextInt(rnd.nextBoolean() ? 12 : 100);
                line("for i in range(" + n + "): " + nx + "[" + base + " + i] = i");
                for (long i = 0; i < n; i++) {
                    dx.put(base + i, i);
                }
                break;
            }
            case 14: {
                int n = rnd.nextInt(120);
                line("for i in range(" + n + "): " + nx + ".pop(i, None)");
                for (long i = 0; i < n; i++) {
                    dx.remove(i);
                }
                break;
            }
            case 15: case 16: {
                mutateWhileIterating(nx, dx);
                break;
            }
            default:
                print(nx, repr(dx));
                break;
        }
    }

    /** A for loop over a dict whose body adds, deletes or replaces keys; prints how it ended. */
    private void mutateWhileIterating(String nx, DictTable<Object, Object> d) {
        int kind = rnd.nextInt(4);
        long fresh = 10_000 + rnd.nextInt(1000);
        String body;
        switch (kind) {
            case 0: body = "del " + nx + "[k]\n        " + nx + "[" + fresh + " + n] = n"; break;
            case 1: body = nx + "[" + fresh + " + n] = n"; break;
            case 2: body = "if n % 2: del " + nx + "[k]"; break;
            default: body = nx + ".pop(k)\n        " + nx + "[k] = n"; break;
        }
        line("n = 0\ntry:\n    for k in " + nx + ":\n        n += 1\n        if n > 40: break\n        "
                + body + "\n    print('ok', n)\nexcept RuntimeError as e:\n    print(e, n)");
        DictCursor c = new DictCursor(d);
        long n = 0;
        String outcome = null;
        while (true) {
            int e = c.next(d);
            if (e == DictCursor.CHANGED_SIZE) {
                outcome = "dictionary changed size during iteration " + n;
                break;
            }
            if (e == DictCursor.KEYS_CHANGED) {
                outcome = "dictionary keys changed during iteration " + n;
                break;
            }
            if (e == DictCursor.END) {
                break;
            }
            Object k = d.keyAt(e);
            n++;
            if (n > 40) {
                break;
            }
            switch (kind) {
                case 0: d.remove(k); d.put(fresh + n, n); break;
                case 1: d.put(fresh + n, n); break;
                case 2: if (n % 2 == 1) { d.remove(k); } break;
                default: d.remove(k); d.put(k, n); break;
            }
        }
        expected.add(outcome != null ? outcome : "ok " + n);
    }

    void finish() {
        for (int i = 0; i < VARS; i++) {
            print("d" + i, repr(vars[i]));
        }
    }
}
