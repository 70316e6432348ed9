package gilsim.vm.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FloatFormatTest {

    // Expected strings as CPython 3.11.7 prints them.
    @Test
    void reprIsShortestRoundTripInPythonLayout() {
        assertEquals("0.30000000000000004", FloatRepr.repr(0.1 + 0.2));
        assertEquals("2e+23", FloatRepr.repr(2e23));
        assertEquals("1e+16", FloatRepr.repr(1e16));
        assertEquals("1234567890123456.0", FloatRepr.repr(1234567890123456.0));
        assertEquals("1.5e-07", FloatRepr.repr(1.5e-7));
        assertEquals("1e-05", FloatRepr.repr(1e-5));
        assertEquals("0.0001", FloatRepr.repr(1e-4));
        assertEquals("100.0", FloatRepr.repr(100.0));
        assertEquals("-0.0", FloatRepr.repr(-0.0));
        assertEquals("inf", FloatRepr.repr(Double.POSITIVE_INFINITY));
        assertEquals("-inf", FloatRepr.repr(Double.NEGATIVE_INFINITY));
        assertEquals("nan", FloatRepr.repr(-Double.NaN));
        assertEquals("5e-324", FloatRepr.repr(Double.MIN_VALUE));
        assertEquals("1.7976931348623157e+308", FloatRepr.repr(Double.MAX_VALUE));
        assertEquals("1e-323", FloatRepr.repr(2 * Double.MIN_VALUE));
        assertEquals("9007199254740994.0", FloatRepr.repr(9007199254740994.0));
    }

    @Test
    void fixedAndExponentFormatsRoundTheExactBinaryValueHalfEven() {
        assertEquals("2.67", FloatFormat.format(2.675, 'f', 2, 0));
        assertEquals("0.12", FloatFormat.format(0.125, 'f', 2, 0));
        assertEquals("0.38", FloatFormat.format(0.375, 'f', 2, 0));
        assertEquals("2", FloatFormat.format(2.5, 'f', 0, 0));
        assertEquals("1.2e-01", FloatFormat.format(0.125, 'e', 1, 0)); // a midpoint: half-even
        assertEquals("2e+00", FloatFormat.format(1.5, 'e', 0, 0));
        assertEquals("0.1", FloatFormat.format(0.1 + 0.2 - 0.2, 'g', 6, 0));
        assertEquals("1e+01", FloatFormat.format(9.96, 'e', 0, 0));
        assertEquals("2.", FloatFormat.format(2.5, 'f', 0, FloatFormat.ALT));
        assertEquals("10000000000000000000000.000000", FloatFormat.format(1e22, 'f', 6, 0));
        assertEquals("1.000000e+22", FloatFormat.format(1e22, 'e', 6, 0));
        assertEquals("1e+22", FloatFormat.format(1e22, 'g', 6, 0));
        assertEquals("-0.00", FloatFormat.format(-0.001, 'f', 2, 0));
        assertEquals("0.00", FloatFormat.format(-0.001, 'f', 2, FloatFormat.NO_NEG_0));
        assertEquals("1.23e+02", FloatFormat.format(123.0, 'g', 3, FloatFormat.ADD_DOT_0));
        assertEquals("12.0", FloatFormat.format(12.0, 'g', 3, FloatFormat.ADD_DOT_0));
        assertEquals("INF", FloatFormat.format(Double.POSITIVE_INFINITY, 'F', 2, 0));
        assertEquals("+nan", FloatFormat.format(Double.NaN, 'g', 2, FloatFormat.SIGN));
    }

    @Test
    void flogApproximationsAreExactOverTheDoubleRange() {
        BigInteger three = BigInteger.valueOf(3);
        BigInteger five = BigInteger.valueOf(5);
        for (int e = -1200; e <= 1200; e++) {
            // floor(log10(2**e)); for e < 0, 2**e = 5**-e / 10**-e.
            int log10pow2 = e >= 0 ? decimalDigits(BigInteger.ONE.shiftLeft(e)) - 1
                    : decimalDigits(five.pow(-e)) - 1 + e;
            assertEquals(log10pow2, ShortestDecimal.flog10pow2(e), "flog10pow2 " + e);
            // floor(log2(10**e)); 10**-n lies strictly between two powers of two for n > 0.
            int log2pow10 = e >= 0 ? BigInteger.TEN.pow(e).bitLength() - 1
                    : -BigInteger.TEN.pow(-e).bitLength();
            assertEquals(log2pow10, ShortestDecimal.flog2pow10(e), "flog2pow10 " + e);
            // floor(log10(3/4 * 2**e)) = floor(log10(3 * 2**(e-2))).
            int n = e - 2;
            int log10ThreeQuarters = n >= 0 ? decimalDigits(three.shiftLeft(n)) - 1
                    : decimalDigits(three.multiply(five.pow(-n))) - 1 + n;
            assertEquals(log10ThreeQuarters, ShortestDecimal.flog10threeQuartersPow2(e), "flog10threeQuartersPow2 " + e);
        }
    }

    private static int decimalDigits(BigInteger x) {
        return x.toString().length();
    }

    static double randomDouble(Random rnd) {
        switch (rnd.nextInt(9)) {
            case 0: case 1: return Double.longBitsToDouble(rnd.nextLong());
            case 2: return rnd.nextDouble() * Math.pow(10, rnd.nextInt(30) - 15);
            case 3: return rnd.nextInt(2_000_001) - 1_000_000;
            case 4: return (rnd.nextInt(200_001) - 100_000) / Math.pow(10, rnd.nextInt(8));
            case 5: {
                double p = Math.pow(rnd.nextBoolean() ? 2 : 10, rnd.nextInt(600) - 300);
                int d = rnd.nextInt(5) - 2;
                for (; d > 0; d--) {
                    p = Math.nextUp(p);
                }
                for (; d < 0; d++) {
                    p = Math.nextDown(p);
                }
                return p;
            }
            case 6: return Double.longBitsToDouble(rnd.nextLong() & 0x000FFFFFFFFFFFFFL >>> rnd.nextInt(52));
            case 7: return (rnd.nextInt(1000) + 0.5) / (1 << rnd.nextInt(12)); // many exact ties
            default: return rnd.nextGaussian() * 1e6;
        }
    }

    @Test
    void hundredThousandReprsMatchPython() {
        Python311.assumeAvailable();
        Random rnd = new Random(Long.getLong("seed", 42));
        List<String> in = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < Integer.getInteger("count", 100_000); i++) {
            // The smallest subnormals first: the scaled interval holds few integers there.
            double d = i < 3000 ? Double.longBitsToDouble(i + 1) : randomDouble(rnd);
            in.add(Long.toHexString(Double.doubleToRawLongBits(d)));
            expected.add(FloatRepr.repr(d));
        }
        String script = "import sys, struct\n"
                + "for h in sys.stdin.read().split():\n"
                + "    print(repr(struct.unpack('>d', bytes.fromhex(h.zfill(16)))[0]))\n";
        List<String> out = Python311.run(script, String.join("\n", in));
        for (int i = 0; i < in.size(); i++) {
            assertEquals(out.get(i), expected.get(i), in.get(i));
        }
    }

    @Test
    void formattedFloatsMatchPython() {
        Python311.assumeAvailable();
        Random rnd = new Random(Long.getLong("seed", 4242));
        String codes = "eEfFgGr";
        List<String> in = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < Integer.getInteger("count", 60_000); i++) {
            double d = randomDouble(rnd);
            char code = codes.charAt(rnd.nextInt(codes.length()));
            int prec = rnd.nextInt(4) == 0 ? rnd.nextInt(30) : rnd.nextInt(8);
            int flags = rnd.nextInt(16);
            flags &= ~FloatFormat.ADD_DOT_0;
            if (code == 'r') {
                flags |= FloatFormat.ADD_DOT_0; // '' type with a precision: 'g' that keeps a '.0'
            }
            if ((code == 'f' || code == 'F') && Math.abs(d) > 1e30 && prec > 5) {
                prec = 5;
            }
            in.add(Long.toHexString(Double.doubleToRawLongBits(d)) + " " + code + " " + prec + " " + flags);
            char effective = code == 'r' ? 'g' : code;
            expected.add(FloatFormat.format(d, effective, prec, flags));
        }
        String script = String.join("\n",
                "import sys, struct",
                "for line in sys.stdin:",
                "    h, code, prec, flags = line.split()",
                "    x = struct.unpack('>d', bytes.fromhex(h.zfill(16)))[0]",
                "    flags = int(flags)",
                "    spec = ('+' if flags & 1 else '') + ('z' if flags & 8 else '') + ('#' if flags & 4 else '')",
                "    spec += '.' + prec + ('' if code == 'r' else code)",
                "    print(format(x, spec))");
        List<String> out = Python311.run(script, String.join("\n", in) + "\n");
        for (int i = 0; i < in.size(); i++) {
            assertEquals(out.get(i), expected.get(i), in.get(i));
        }
    }
}
