package gilsim.vm.hashing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gilsim.vm.format.Python311;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PyHashTest {

    // Values printed by CPython 3.11.7 with PYTHONHASHSEED=0.
    @Test
    void knownStringHashesMatchCpython() {
        assertEquals(0, PyHash.hashStr(""));
        assertEquals(4644417185603328019L, PyHash.hashStr("a"));
        assertEquals(-2096571579003691106L, PyHash.hashStr("hello"));
    }

    @Test
    void intsHashModuloMersennePrime() {
        assertEquals(-2, PyHash.hashLong(-1));
        assertEquals(0, PyHash.hashLong(PyHash.MODULUS));
        assertEquals(1, PyHash.hashBigInt(BigInteger.ONE.shiftLeft(61)));
        assertEquals(-2, PyHash.hashBigInt(BigInteger.ONE.shiftLeft(61).negate()));
        assertEquals(-4, PyHash.hashLong(Long.MIN_VALUE));
        assertEquals(PyHash.hashLong(12345), PyHash.hashDouble(12345.0, 0));
    }

    @Test
    void specialFloatsAndEmptyContainers() {
        assertEquals(314159, PyHash.hashDouble(Double.POSITIVE_INFINITY, 0));
        assertEquals(-314159, PyHash.hashDouble(Double.NEGATIVE_INFINITY, 0));
        assertEquals(0, PyHash.hashDouble(-0.0, 0));
        assertEquals(5740354900026072187L, PyHash.hashTuple(new long[0]));
        assertEquals(133146708735736L, PyHash.hashFrozenset(new long[0]));
        assertEquals(PyHash.hashPointer(0x7f00_1234_5670L), PyHash.hashDouble(Double.NaN, 0x7f00_1234_5670L));
    }

    @Test
    void randomValuesHashAsCpythonDoes() {
        Python311.assumeAvailable();
        Random rnd = new Random(20240611);
        List<String> inputs = new ArrayList<>();
        List<Long> expected = new ArrayList<>();
        for (int i = 0; i < 4000; i++) {
            String s = randomString(rnd);
            inputs.add("s " + jsonString(s));
            expected.add(PyHash.hashStr(s));
        }
        for (int i = 0; i < 500; i++) {
            byte[] b = new byte[rnd.nextInt(40)];
            rnd.nextBytes(b);
            inputs.add("b " + hex(b));
            expected.add(PyHash.hashBytes(b));
        }
        for (int i = 0; i < 3000; i++) {
            BigInteger v = randomInt(rnd);
            inputs.add("i " + v);
            expected.add(PyHash.hashBigInt(v));
        }
        for (int i = 0; i < 3000; i++) {
            double d = randomDouble(rnd);
            inputs.add("f " + Long.toHexString(Double.doubleToRawLongBits(d)));
            expected.add(PyHash.hashDouble(d, 0));
        }
        for (int i = 0; i < 1500; i++) {
            int n = rnd.nextInt(6);
            // A frozenset of equal values keeps one: draw distinct values.
            List<BigInteger> values = new ArrayList<>();
            while (values.size() < n) {
                BigInteger v = randomInt(rnd);
                if (!values.contains(v)) {
                    values.add(v);
                }
            }
            long[] hashes = new long[n];
            StringBuilder sb = new StringBuilder();
            for (int k = 0; k < n; k++) {
                hashes[k] = PyHash.hashBigInt(values.get(k));
                sb.append(' ').append(values.get(k));
            }
            boolean tuple = rnd.nextBoolean();
            inputs.add((tuple ? "t" : "z") + sb);
            expected.add(tuple ? PyHash.hashTuple(hashes) : PyHash.hashFrozenset(hashes));
        }
        String script = String.join("\n",
                "import sys, json, struct",
                "for line in sys.stdin:",
                "    k, _, rest = line.rstrip('\\n').partition(' ')",
                "    if k == 's': v = json.loads(rest)",
                "    elif k == 'b': v = bytes.fromhex(rest)",
                "    elif k == 'i': v = int(rest)",
                "    elif k == 'f': v = struct.unpack('>d', bytes.fromhex(rest.zfill(16)))[0]",
                "    elif k == 't': v = tuple(int(x) for x in rest.split())",
                "    else: v = frozenset(int(x) for x in rest.split())",
                "    print(hash(v))");
        List<String> out = Python311.run(script, String.join("\n", inputs) + "\n");
        assertEquals(inputs.size(), out.size());
        for (int i = 0; i < inputs.size(); i++) {
            assertEquals(Long.parseLong(out.get(i)), expected.get(i), inputs.get(i));
        }
    }

    static String randomString(Random rnd) {
        int n = rnd.nextInt(4) == 0 ? rnd.nextInt(3) : rnd.nextInt(30);
        int kind = rnd.nextInt(4);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            int cp;
            switch (kind) {
                case 0: cp = 32 + rnd.nextInt(95); break;
                case 1: cp = rnd.nextInt(256); break;
                case 2: cp = rnd.nextInt(4) == 0 ? rnd.nextInt(256) : rnd.nextInt(0xD800); break;
                default: cp = rnd.nextInt(3) == 0 ? 0x10000 + rnd.nextInt(0x100000) : rnd.nextInt(0xD800); break;
            }
            sb.appendCodePoint(cp);
        }
        return sb.toString();
    }

    static BigInteger randomInt(Random rnd) {
        switch (rnd.nextInt(5)) {
            case 0: return BigInteger.valueOf(rnd.nextInt(2000) - 1000);
            case 1: return BigInteger.valueOf(rnd.nextLong());
            case 2: return BigInteger.ONE.shiftLeft(61).add(BigInteger.valueOf(rnd.nextInt(7) - 3))
                    .multiply(BigInteger.valueOf(rnd.nextBoolean() ? 1 : -1));
            default: return new BigInteger(1 + rnd.nextInt(300), rnd).multiply(BigInteger.valueOf(rnd.nextBoolean() ? 1 : -1));
        }
    }

    static double randomDouble(Random rnd) {
        switch (rnd.nextInt(4)) {
            case 0: return Double.longBitsToDouble(rnd.nextLong());
            case 1: return rnd.nextInt(100000) - 50000;
            case 2: return (rnd.nextDouble() - 0.5) * Math.pow(10, rnd.nextInt(40) - 20);
            default: return Double.longBitsToDouble(rnd.nextLong() & 0x800FFFFFFFFFFFFFL); // subnormal
        }
    }

    static String jsonString(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 32 && c < 127 && c != '"' && c != '\\') {
                sb.append(c);
            } else {
                sb.append(String.format("\\u%04x", (int) c));
            }
        }
        return sb.append('"').toString();
    }

    static String hex(byte[] b) {
        StringBuilder sb = new StringBuilder();
        for (byte x : b) {
            sb.append(String.format("%02x", x & 0xFF));
        }
        return sb.toString();
    }

    @Test
    void bytesOfStrRepresentationDecideTheHash() {
        // 'é' is one latin-1 byte, 'ā' two UCS-2 bytes, '😀' four UCS-4 bytes.
        assertEquals(PyHash.hashBytes("\u00e9".getBytes(StandardCharsets.ISO_8859_1)), PyHash.hashStr("\u00e9"));
        assertEquals(PyHash.hashBytes("\u0101".getBytes(StandardCharsets.UTF_16LE)), PyHash.hashStr("\u0101"));
        assertEquals(PyHash.hashBytes(new byte[] {0x00, (byte) 0xF6, 0x01, 0x00}), PyHash.hashStr("\uD83D\uDE00"));
    }
}
