package gilsim.vm.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NumberParseTest {

    private static String error(Runnable r) {
        FormatError e = assertThrows(FormatError.class, r::run);
        return e.toString();
    }

    @Test
    void intParsingFollowsPythonSyntax() {
        assertEquals(BigInteger.valueOf(31), IntFormat.parse(" 0x_1f ", 0));
        assertEquals(BigInteger.valueOf(-1000), IntFormat.parse("-1_000"));
        assertEquals(BigInteger.valueOf(12), IntFormat.parse("\u0661\u0662"));
        assertEquals(BigInteger.ZERO, IntFormat.parse("0_0", 0));
        assertEquals("ValueError: invalid literal for int() with base 10: 'abc'", error(() -> IntFormat.parse("abc")));
        assertEquals("ValueError: invalid literal for int() with base 0: '010'", error(() -> IntFormat.parse("010", 0)));
        assertEquals("ValueError: invalid literal for int() with base 10: '1__0'", error(() -> IntFormat.parse("1__0")));
        assertEquals("ValueError: int() base must be >= 2 and <= 36, or 0", error(() -> IntFormat.parse("1", 37)));
    }

    @Test
    void intStringConversionIsLimitedTo4300Digits() {
        BigInteger big = BigInteger.TEN.pow(4300);
        assertEquals("ValueError: Exceeds the limit (4300 digits) for integer string conversion; "
                + "use sys.set_int_max_str_digits() to increase the limit", error(() -> IntFormat.toDecimal(big)));
        assertEquals(4301, IntFormat.toDecimal(big.subtract(BigInteger.ONE).negate()).length());
        assertEquals("ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has "
                + "4301 digits; use sys.set_int_max_str_digits() to increase the limit",
                error(() -> IntFormat.parse("1".repeat(4301) + "x")));
        assertEquals(BigInteger.ONE.shiftLeft(5000), IntFormat.parse("1" + "0".repeat(5000), 2));
    }

    @Test
    void binOctHexWriteSignThenPrefix() {
        assertEquals("-0b101", IntFormat.bin(BigInteger.valueOf(-5)));
        assertEquals("0o17", IntFormat.oct(BigInteger.valueOf(15)));
        assertEquals("0xff", IntFormat.hex(BigInteger.valueOf(255)));
        assertEquals("0x0", IntFormat.hex(BigInteger.ZERO));
    }

    @Test
    void floatParsingFollowsPythonSyntax() {
        assertEquals(10.5, FloatParse.parse("1_0.5"));
        assertEquals(1e5, FloatParse.parse(" 1e5 \n"));
        assertEquals(Double.POSITIVE_INFINITY, FloatParse.parse("iNfInItY"));
        assertEquals(Double.POSITIVE_INFINITY, FloatParse.parse("1e99999999999999999999999"));
        assertEquals(-0.0, FloatParse.parse("-0"));
        assertEquals("ValueError: could not convert string to float: 'x'", error(() -> FloatParse.parse("x")));
        assertEquals("ValueError: could not convert string to float: '1d'", error(() -> FloatParse.parse("1d")));
        assertEquals("ValueError: could not convert string to float: '0x10'", error(() -> FloatParse.parse("0x10")));
        assertEquals("ValueError: could not convert string to float: ''", error(() -> FloatParse.parse("")));
    }

    private static final String[] INT_PIECES = {
        "0", "1", "7", "9", "12", "00", "_", "__", "-", "+", " ", "  ", "\t", "\n", "\u2003", "\u00a0",
        "0x", "0X", "0o", "0b", "0B", "x", "a", "f", "F", "z", "Z", "g", "\u0663", "\uff15", "\u00b2",
        "\u00e9", "\u0000", "1e5", ".", "123456789012345678901234567890", "\u0085", "\u001c",
    };

    private static final String[] FLOAT_PIECES = {
        "0", "1", "5", "9", "12", "00", "_", "-", "+", " ", "\t", "\u2003", ".", "e", "E", "e-", "e+",
        "inf", "INF", "infinity", "nan", "NaN", "in", "x", "d", "f", "0x", "\u0663", "\uff15", "\u00b2",
        "\u0000", "1e308", "1e-320", "123456789012345678901234567890", "4.9406564584124654e-324",
    };

    private static String randomText(Random rnd, String[] pieces) {
        StringBuilder sb = new StringBuilder();
        int n = 1 + rnd.nextInt(5);
        for (int i = 0; i < n; i++) {
            sb.append(pieces[rnd.nextInt(pieces.length)]);
        }
        return sb.toString();
    }

    private static String outcome(java.util.function.Supplier<String> value) {
        try {
            return value.get();
        } catch (FormatError e) {
            return "E " + PyText.utf16Hex(e.toString());
        }
    }

    @Test
    void randomTextsParseAsInPython() {
        Python311.assumeAvailable();
        Random rnd = new Random(17);
        int[] bases = {0, 0, 10, 10, 2, 8, 16, 36, 3, 7};
        List<String> in = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 20000; i++) {
            if (i % 2 == 0) {
                String s = randomText(rnd, INT_PIECES);
                int base = rnd.nextInt(10) == 0 ? rnd.nextInt(40) - 1 : bases[rnd.nextInt(bases.length)];
                in.add("i " + base + " " + PyText.json(s));
                expected.add(outcome(() -> IntFormat.parse(s, base).toString()));
            } else {
                String s = rnd.nextInt(4) == 0 ? randomDecimal(rnd) : randomText(rnd, FLOAT_PIECES);
                in.add("f 0 " + PyText.json(s));
                expected.add(outcome(() -> FloatRepr.repr(FloatParse.parse(s))));
            }
        }
        String script = PyText.PY_HELPERS
                + "for line in sys.stdin:\n"
                + "    k, base, text = line.split(' ', 2)\n"
                + "    s = json.loads(text)\n"
                + "    try:\n"
                + "        print(int(s, int(base)) if k == 'i' else repr(float(s)))\n"
                + "    except ValueError as e:\n"
                + "        print('E', h('ValueError: ' + str(e)))\n";
        List<String> out = Python311.run(script, String.join("\n", in) + "\n");
        for (int i = 0; i < in.size(); i++) {
            assertEquals(out.get(i), expected.get(i), in.get(i));
        }
    }

    /** Many-digit decimals near rounding boundaries, to check the rounding of the parse. */
    private static String randomDecimal(Random rnd) {
        StringBuilder sb = new StringBuilder();
        int digits = 1 + rnd.nextInt(40);
        for (int i = 0; i < digits; i++) {
            sb.append((char) ('0' + rnd.nextInt(10)));
        }
        sb.insert(rnd.nextInt(sb.length() + 1), '.');
        if (sb.length() == 1) {
            sb.append('5');
        }
        return sb.append('e').append(rnd.nextInt(700) - 350).toString();
    }
}
