package gilsim.vm.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FormatterTest {

    private static String error(Runnable r) {
        return assertThrows(FormatError.class, r::run).toString();
    }

    // Expected values printed by CPython 3.11.7.
    @Test
    void intsFormatWithAlignmentSignPrefixAndGrouping() {
        assertEquals("00,001,234", Formatter.formatInt(1234, "010,"));
        assertEquals("-0x00ff", Formatter.formatInt(-255, "#07x"));
        assertEquals("0XFF", Formatter.formatInt(255, "#X"));
        assertEquals("1_0000_0000", Formatter.formatInt(0x100000000L, "_x"));
        assertEquals("+42  ", Formatter.formatInt(42, "<+5"));
        assertEquals("**A**", Formatter.formatInt(65, "*^5c"));
        assertEquals("1.235000e+03", Formatter.formatInt(1235, ".6e"));
        assertEquals("12,300.00%", Formatter.formatInt(123, ",.2%"));
        assertEquals("    1", Formatter.formatBool(true, ">5"));
        assertEquals("True", Formatter.formatBool(true, ""));
    }

    @Test
    void floatsFormatAsPython() {
        assertEquals("2.67", Formatter.formatFloat(2.675, ".2f"));
        assertEquals("1,234,567.891", Formatter.formatFloat(1234567.891, ",.3f"));
        assertEquals("50.0%", Formatter.formatFloat(0.5, ".1%"));
        assertEquals("0.0", Formatter.formatFloat(-0.0, "z.1f"));
        assertEquals("1e+16", Formatter.formatFloat(1e16, ""));
        assertEquals("2e+00", Formatter.formatFloat(1.5, ".0"));
        assertEquals("-000003.5", Formatter.formatFloat(-3.5, "09"));
        assertEquals("0000000inf", Formatter.formatFloat(Double.POSITIVE_INFINITY, "010"));
    }

    @Test
    void stringsPadAndTruncate() {
        assertEquals("ab   ", Formatter.formatStr("abc", "5.2"));
        assertEquals("\uD83D\uDE00x\uD83D\uDE00", Formatter.formatStr("x", "\uD83D\uDE00^3"));
        assertEquals("abc", Formatter.formatStr("abc", ""));
    }

    @Test
    void errorsHaveCpythonMessages() {
        assertEquals("ValueError: Unknown format code 'd' for object of type 'float'", error(() -> Formatter.formatFloat(1.5, "d")));
        assertEquals("ValueError: Format specifier missing precision", error(() -> Formatter.formatInt(1, ".")));
        assertEquals("ValueError: Cannot specify ',' with 's'.", error(() -> Formatter.formatStr("a", ",")));
        assertEquals("ValueError: Sign not allowed in string format specifier", error(() -> Formatter.formatStr("a", "+")));
        assertEquals("ValueError: '=' alignment not allowed in string format specifier", error(() -> Formatter.formatStr("a", "=")));
        assertEquals("ValueError: Invalid format specifier 'abc' for object of type 'int'", error(() -> Formatter.formatInt(1, "abc")));
        assertEquals("ValueError: Precision not allowed in integer format specifier", error(() -> Formatter.formatInt(1, ".2")));
        assertEquals("OverflowError: int too large to convert to float", error(() -> Formatter.formatInt(BigInteger.TEN.pow(400), "f")));
        assertEquals("TypeError: unsupported format string passed to NoneType.__format__",
                error(() -> Formatter.formatObject("None", "x", "NoneType")));
        assertEquals("ValueError: Unknown format code '\\xe9' for object of type 'bool'", error(() -> Formatter.formatBool(true, "\u00e9")));
    }

    // ------------------------------------------------------------------ differential

    private static final String[] FILLS = {"", "", "", "*", "0", " ", "\u00e9", "\uD83D\uDE00", "{", "<", "="};
    private static final String[] ALIGNS = {"", "", "<", ">", "^", "="};
    private static final String[] SIGNS = {"", "", "+", "-", " "};
    private static final String[] WIDTHS = {"", "", "", "0", "1", "5", "12", "25", "\u0665", "007"};
    private static final String[] GROUPINGS = {"", "", "", ",", "_", ",_", "_,"};
    private static final String[] PRECISIONS = {"", "", "", ".0", ".1", ".2", ".3", ".6", ".12", ".", ".17"};
    private static final String[] TYPES = {"", "", "d", "b", "o", "x", "X", "c", "n", "e", "E", "f", "F", "g",
        "G", "%", "s", "q", "\u00e9", "dd"};

    private static String pick(Random rnd, String[] options) {
        return options[rnd.nextInt(options.length)];
    }

    static String randomSpec(Random rnd) {
        String align = pick(rnd, ALIGNS);
        String fill = align.isEmpty() ? "" : pick(rnd, FILLS);
        return fill + align + pick(rnd, SIGNS) + (rnd.nextInt(6) == 0 ? "z" : "") + (rnd.nextInt(5) == 0 ? "#" : "")
                + (rnd.nextInt(4) == 0 ? "0" : "") + pick(rnd, WIDTHS) + pick(rnd, GROUPINGS) + pick(rnd, PRECISIONS)
                + pick(rnd, TYPES);
    }

    private static String outcome(java.util.function.Supplier<String> f) {
        try {
            return PyText.utf16Hex(f.get());
        } catch (FormatError e) {
            return "E " + PyText.utf16Hex(e.toString());
        }
    }

    @Test
    void randomSpecsFormatAsInPython() {
        Python311.assumeAvailable();
        Random rnd = new Random(Long.getLong("seed", 2024));
        List<String> in = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        int count = Integer.getInteger("count", 20_000);
        for (int i = 0; i < count; i++) {
            String spec = randomSpec(rnd);
            switch (rnd.nextInt(4)) {
                case 0: {
                    BigInteger v = randomInt(rnd);
                    in.add("i\t" + v + "\t" + PyText.json(spec));
                    expected.add(outcome(() -> Formatter.formatInt(v, spec)));
                    break;
                }
                case 1: {
                    double d = FloatFormatTest.randomDouble(rnd);
                    in.add("f\t" + Long.toHexString(Double.doubleToRawLongBits(d)) + "\t" + PyText.json(spec));
                    expected.add(outcome(() -> Formatter.formatFloat(d, spec)));
                    break;
                }
                case 2: {
                    StringBuilder sb = new StringBuilder();
                    for (int k = rnd.nextInt(6); k > 0; k--) {
                        sb.appendCodePoint(rnd.nextInt(3) == 0 ? PyText.randomCodePoint(rnd) : 'a' + rnd.nextInt(26));
                    }
                    String s = sb.toString();
                    in.add("s\t" + PyText.json(s) + "\t" + PyText.json(spec));
                    expected.add(outcome(() -> Formatter.formatStr(s, spec)));
                    break;
                }
                default: {
                    boolean b = rnd.nextBoolean();
                    in.add("b\t" + (b ? 1 : 0) + "\t" + PyText.json(spec));
                    expected.add(outcome(() -> Formatter.formatBool(b, spec)));
                    break;
                }
            }
        }
        String script = PyText.PY_HELPERS + "import struct\n"
                + "for line in sys.stdin:\n"
                + "    k, v, spec = line.rstrip('\\n').split('\\t')\n"
                + "    spec = json.loads(spec)\n"
                + "    if k == 'i': v = int(v)\n"
                + "    elif k == 'f': v = struct.unpack('>d', bytes.fromhex(v.zfill(16)))[0]\n"
                + "    elif k == 's': v = json.loads(v)\n"
                + "    else: v = bool(int(v))\n"
                + "    try:\n"
                + "        print(h(format(v, spec)))\n"
                + "    except (ValueError, TypeError, OverflowError) as e:\n"
                + "        print('E', h(type(e).__name__ + ': ' + str(e)))\n";
        List<String> out = Python311.run(script, String.join("\n", in) + "\n");
        for (int i = 0; i < in.size(); i++) {
            assertEquals(out.get(i), expected.get(i), in.get(i));
        }
    }

    static BigInteger randomInt(Random rnd) {
        switch (rnd.nextInt(5)) {
            case 0: return BigInteger.valueOf(rnd.nextInt(200) - 100);
            case 1: return BigInteger.valueOf(rnd.nextInt());
            case 2: return BigInteger.valueOf(rnd.nextLong());
            case 3: return BigInteger.valueOf(rnd.nextInt(0x110010));
            default: return new BigInteger(1 + rnd.nextInt(rnd.nextInt(10) == 0 ? 1200 : 200), rnd)
                    .multiply(BigInteger.valueOf(rnd.nextBoolean() ? 1 : -1));
        }
    }
}
