package gilsim.vm.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PercentFormatTest {

    /** None, lists and dicts, adapted as a VM would. */
    record Other(String typeName, String str, String repr, boolean isMapping, Map<String, FormatArg> items)
            implements FormatArg {
        static final Other NONE = new Other("NoneType", "None", "None", false, null);

        static Other list(FormatArg... items) {
            StringBuilder sb = new StringBuilder("[");
            for (FormatArg a : items) {
                sb.append(sb.length() > 1 ? ", " : "").append(PercentFormat.reprOf(a));
            }
            String r = sb.append(']').toString();
            return new Other("list", r, r, true, null);
        }

        static Other dict(Map<String, FormatArg> items) {
            StringBuilder sb = new StringBuilder("{");
            items.forEach((k, v) -> sb.append(sb.length() > 1 ? ", " : "").append(StrRepr.repr(k)).append(": ")
                    .append(PercentFormat.reprOf(v)));
            String r = sb.append('}').toString();
            return new Other("dict", r, r, true, items);
        }

        @Override
        public Kind kind() {
            return Kind.OTHER;
        }

        @Override
        public FormatArg getItem(String key) {
            if (items == null) {
                throw FormatError.typeError("list indices must be integers or slices, not str");
            }
            FormatArg v = items.get(key);
            if (v == null) {
                throw new FormatError("KeyError", StrRepr.repr(key));
            }
            return v;
        }
    }

    private static String error(Runnable r) {
        return assertThrows(FormatError.class, r::run).toString();
    }

    private static FormatArg t(FormatArg... items) {
        return FormatArg.tuple(items);
    }

    // Expected values printed by CPython 3.11.7.
    @Test
    void conversionsFlagsAndWidths() {
        assertEquals("3    |", PercentFormat.format("%-05d|", t(FormatArg.of(3))));
        assertEquals("0XFF", PercentFormat.format("%#X", FormatArg.of(255)));
        assertEquals("-0o10", PercentFormat.format("%#o", FormatArg.of(-8)));
        assertEquals("+005", PercentFormat.format("%+.3d", FormatArg.of(5)));
        assertEquals("-0001.50", PercentFormat.format("% 08.2f", FormatArg.of(-1.5)));
        assertEquals("2", PercentFormat.format("%.*f", t(FormatArg.of(-3), FormatArg.of(1.5))));
        assertEquals("'\\xe9'", PercentFormat.format("%a", FormatArg.of("\u00e9")));
        assertEquals("    A", PercentFormat.format("%5c", FormatArg.of(65)));
        assertEquals("1 True 1.5 'x' 50%", PercentFormat.format("%d %s %s %r %d%%",
                t(FormatArg.of(true), FormatArg.of(true), FormatArg.of(1.5), FormatArg.of("x"), FormatArg.of(50))));
        assertEquals("(1, 'a')", PercentFormat.format("%s", t(t(FormatArg.of(1), FormatArg.of("a")))));
    }

    @Test
    void mappingsAndTheirQuirks() {
        Map<String, FormatArg> m = new LinkedHashMap<>();
        m.put("a", FormatArg.of(1));
        Other d = Other.dict(m);
        assertEquals("1!", PercentFormat.format("%(a)s!", d));
        assertEquals("{'a': 1} 1", PercentFormat.format("%s %(a)s", d));
        assertEquals("abc", PercentFormat.format("abc", Other.list(FormatArg.of(1))));
        assertEquals("TypeError: not enough arguments for format string", error(() -> PercentFormat.format("%(a)s %s", d)));
        assertEquals("KeyError: 'b'", error(() -> PercentFormat.format("%(b)s", d)));
        assertEquals("TypeError: format requires a mapping", error(() -> PercentFormat.format("%(a)s", t(FormatArg.of(1)))));
        assertEquals("ValueError: incomplete format key", error(() -> PercentFormat.format("%(a", d)));
    }

    @Test
    void errorsHaveCpythonMessages() {
        assertEquals("TypeError: not enough arguments for format string", error(() -> PercentFormat.format("%q", t())));
        assertEquals("ValueError: unsupported format character 'q' (0x71) at index 1",
                error(() -> PercentFormat.format("%q", t(FormatArg.of(1)))));
        assertEquals("TypeError: not all arguments converted during string formatting",
                error(() -> PercentFormat.format("%s", t(FormatArg.of(1), FormatArg.of(2)))));
        assertEquals("TypeError: %d format: a real number is required, not str",
                error(() -> PercentFormat.format("%d", FormatArg.of("x"))));
        assertEquals("TypeError: %x format: an integer is required, not float",
                error(() -> PercentFormat.format("%x", FormatArg.of(1.5))));
        assertEquals("TypeError: must be real number, not str", error(() -> PercentFormat.format("%f", FormatArg.of("x"))));
        assertEquals("ValueError: incomplete format", error(() -> PercentFormat.format("%", t())));
        assertEquals("TypeError: * wants int", error(() -> PercentFormat.format("%*d", t(FormatArg.of("a"), FormatArg.of(1)))));
        assertEquals("OverflowError: cannot convert float infinity to integer",
                error(() -> PercentFormat.format("%d", FormatArg.of(Double.POSITIVE_INFINITY))));
    }

    // ------------------------------------------------------------------ differential

    private static final String[] LITERALS = {"", "", "a", "x y", " ", "\u00e9", "\uD83D\uDE00", "((", ")"};
    private static final String[] FLAGS = {"", "", "", "-", "+", " ", "#", "0", "-0", "+0", "#0", " -"};
    private static final String[] WIDTHS = {"", "", "", "1", "5", "12", "*", "0"};
    private static final String[] PRECS = {"", "", "", ".", ".0", ".2", ".5", ".*", ".12"};
    private static final String[] LENGTHS = {"", "", "", "", "", "l", "h", "L"};
    private static final String[] TYPES = {"s", "s", "r", "a", "d", "i", "u", "o", "x", "X", "e", "E", "f", "F",
        "g", "G", "c", "%", "q", "\u00e9", "", "(a)s", "(b)d", "(a)r", "(a"};

    private final Random rnd = new Random(Long.getLong("seed", 99));
    /** Star widths take values from the arguments: keep them small enough to allocate. */
    private boolean smallInts;

    private String pick(String[] options) {
        return options[rnd.nextInt(options.length)];
    }

    private String randomFormat() {
        StringBuilder sb = new StringBuilder(pick(LITERALS));
        int n = rnd.nextInt(4);
        for (int i = 0; i < n; i++) {
            sb.append('%');
            String type = pick(TYPES);
            if (type.startsWith("(")) {
                sb.append(type, 0, Math.min(3, type.length()));
                type = type.length() > 3 ? type.substring(3) : "";
            }
            sb.append(pick(FLAGS)).append(pick(WIDTHS)).append(pick(PRECS)).append(pick(LENGTHS)).append(type)
                    .append(pick(LITERALS));
        }
        return sb.toString();
    }

    /** A random value and its Python source. */
    private FormatArg randomValue(StringBuilder py) {
        switch (rnd.nextInt(8)) {
            case 0: case 1: {
                BigInteger v = smallInts ? BigInteger.valueOf(rnd.nextInt(40) - 20) : FormatterTest.randomInt(rnd);
                py.append(v);
                return FormatArg.of(v);
            }
            case 2: {
                long v = rnd.nextInt(20) - 5;
                py.append(v);
                return FormatArg.of(v);
            }
            case 3: {
                double d = FloatFormatTest.randomDouble(rnd);
                py.append("f('").append(Long.toHexString(Double.doubleToRawLongBits(d))).append("')");
                return FormatArg.of(d);
            }
            case 4: {
                StringBuilder s = new StringBuilder();
                for (int k = rnd.nextInt(4); k > 0; k--) {
                    s.appendCodePoint(rnd.nextInt(3) == 0 ? PyText.randomCodePoint(rnd) : 'a' + rnd.nextInt(26));
                }
                py.append("json.loads(").append(StrRepr.repr(PyText.json(s.toString()))).append(")");
                return FormatArg.of(s.toString());
            }
            case 5: {
                boolean b = rnd.nextBoolean();
                py.append(b ? "True" : "False");
                return FormatArg.of(b);
            }
            case 6:
                py.append("None");
                return Other.NONE;
            default: {
                py.append("[1, 'a']");
                return Other.list(FormatArg.of(1), FormatArg.of("a"));
            }
        }
    }

    /** How many arguments the format probably takes: most tuples then have the right size. */
    private static int expectedArgs(String fmt) {
        int n = 0;
        for (int i = 0; i < fmt.length(); i++) {
            char c = fmt.charAt(i);
            if (c == '%' && i + 1 < fmt.length() && fmt.charAt(i + 1) == '%') {
                i++;
            } else if (c == '%' || c == '*') {
                n++;
            }
        }
        return n;
    }

    private FormatArg randomArgs(StringBuilder py, String fmt) {
        int r = rnd.nextInt(10);
        if (r < 6) {
            int n = rnd.nextInt(3) == 0 ? rnd.nextInt(5) : expectedArgs(fmt);
            FormatArg[] items = new FormatArg[n];
            py.append('(');
            for (int i = 0; i < n; i++) {
                items[i] = randomValue(py);
                py.append(", ");
            }
            py.append(')');
            return FormatArg.tuple(items);
        }
        if (r < 8) {
            Map<String, FormatArg> m = new LinkedHashMap<>();
            py.append('{');
            for (String key : new String[] {"a", "b"}) {
                if (rnd.nextInt(4) > 0) {
                    py.append("'").append(key).append("': ");
                    m.put(key, randomValue(py));
                    py.append(", ");
                }
            }
            py.append('}');
            return Other.dict(m);
        }
        return randomValue(py);
    }

    @Test
    void randomFormatsBehaveAsInPython() {
        Python311.assumeAvailable();
        List<String> in = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < Integer.getInteger("count", 20_000); i++) {
            String fmt = randomFormat();
            smallInts = fmt.contains("*");
            StringBuilder py = new StringBuilder();
            FormatArg args = randomArgs(py, fmt);
            in.add(PyText.json(fmt) + "\t" + py);
            String result;
            try {
                result = PyText.utf16Hex(PercentFormat.format(fmt, args));
            } catch (FormatError e) {
                result = "E " + PyText.utf16Hex(e.toString());
            }
            expected.add(result);
        }
        String script = PyText.PY_HELPERS + "import struct\n"
                + "def f(hx): return struct.unpack('>d', bytes.fromhex(hx.zfill(16)))[0]\n"
                + "for line in sys.stdin:\n"
                + "    fmt, args = line.rstrip('\\n').split('\\t')\n"
                + "    fmt = json.loads(fmt)\n"
                + "    args = eval(args)\n"
                + "    try:\n"
                + "        print(h(fmt % args))\n"
                + "    except (ValueError, TypeError, OverflowError, KeyError) as e:\n"
                + "        msg = repr(e.args[0]) if isinstance(e, KeyError) else str(e)\n"
                + "        print('E', h(type(e).__name__ + ': ' + msg))\n";
        List<String> out = Python311.run(script, String.join("\n", in) + "\n");
        int formatted = 0;
        for (int i = 0; i < in.size(); i++) {
            assertEquals(out.get(i), expected.get(i), in.get(i));
            formatted += out.get(i).startsWith("E ") ? 0 : 1;
        }
        // The generator must exercise formatting, not only the errors.
        org.junit.jupiter.api.Assertions.assertTrue(formatted > in.size() / 5, formatted + " formatted");
    }
}
