package gilsim.vm.format;

import java.math.BigInteger;

/**
 * The shortest decimal that reads back as a given double, and of those the closest to it (ties
 * to an even last digit): the digits of Python's {@code repr(float)} (dtoa mode 0). Java 17's
 * {@code Double.toString} is not shortest ({@code 2e23} gives {@code 1.9999999999999998E23}).
 *
 * <p>The algorithm is Raffaello Giulietti's Schubfach ("The Schubfach way to render doubles",
 * 2020; the one in JDK 19's {@code Double.toString}), written afresh here: with
 * {@code v = c * 2**q}, it picks the decimal exponent {@code k} so that the rounding interval of
 * {@code v} scaled by {@code 10**-k} holds at most one multiple of 10 and a few integers, computes
 * that scaled interval with a 126-bit approximation {@code g} of {@code 10**-k}, and chooses the
 * shortest candidate inside it. No allocation besides the result; the 617 values of {@code g} are
 * computed exactly with BigInteger once.
 */
final class ShortestDecimal {
    /** Significand bits of a double, hidden bit included. */
    private static final int P = 53;
    private static final int Q_MIN = -1074;
    private static final long C_MIN = 1L << (P - 1);
    private static final int K_MIN = -324;
    private static final int K_MAX = 292;
    private static final long MASK_63 = (1L << 63) - 1;

    /** g1, g0 (high and low 63 bits of g) for k = K_MIN..K_MAX. */
    private static final long[] G = new long[2 * (K_MAX - K_MIN + 1)];

    static {
        for (int k = K_MIN; k <= K_MAX; k++) {
            // g = floor(10**-k * 2**(125 - r)) + 1, with r = floor(log2(10**-k)): 2**125 <= g < 2**126.
            int r = flog2pow10(-k);
            BigInteger g;
            if (k <= 0) {
                BigInteger p = BigInteger.TEN.pow(-k);
                g = 125 - r >= 0 ? p.shiftLeft(125 - r) : p.shiftRight(r - 125);
            } else {
                g = BigInteger.ONE.shiftLeft(125 - r).divide(BigInteger.TEN.pow(k));
            }
            g = g.add(BigInteger.ONE);
            int i = 2 * (k - K_MIN);
            G[i] = g.shiftRight(63).longValue();
            G[i + 1] = g.longValue() & MASK_63;
        }
    }

    private ShortestDecimal() {}

    /** A decimal {@code significand * 10**exponent}, the significand without trailing zeros. */
    record Decimal(long significand, int exponent) {
        /** The significand's decimal digits. */
        String digits() {
            return Long.toString(significand);
        }

        /** Position of the decimal point relative to the digits: value = 0.digits * 10**decpt. */
        int decpt() {
            return exponent + digitCount(significand);
        }
    }

    /** The shortest decimal of a finite, non-zero |v| (the sign is ignored). */
    static Decimal of(double v) {
        long bits = Double.doubleToRawLongBits(v);
        long t = bits & (C_MIN - 1);
        int bq = (int) (bits >>> (P - 1)) & 0x7FF;
        if (bq == 0x7FF || (bq == 0 && t == 0)) {
            throw new IllegalArgumentException("not a finite non-zero double: " + v);
        }
        if (bq != 0) {
            int mq = -Q_MIN + 1 - bq; // -q
            long c = C_MIN | t;
            if (0 < mq && mq < P) {
                // An integer below 2**53: its digits are exact.
                long f = c >> mq;
                if (f << mq == c) {
                    return normalized(f, 0);
                }
            }
            return toDecimal(-mq, c);
        }
        // Subnormal. (JDK scales c < 3 by 10 to print two digits; Python wants 5e-324.)
        return toDecimal(Q_MIN, t);
    }

    private static Decimal toDecimal(int q, long c) {
        int out = (int) c & 1; // odd significand: the interval's bounds do not round to v
        long cb = c << 2;
        long cbr = cb + 2;
        long cbl;
        int k;
        if (c != C_MIN || q == Q_MIN) {
            cbl = cb - 2;
            k = flog10pow2(q);
        } else {
            // A power of two: the gap below is half the gap above.
            cbl = cb - 1;
            k = flog10threeQuartersPow2(q);
        }
        int h = q + flog2pow10(-k) + 2;
        int gi = 2 * (k - K_MIN);
        long g1 = G[gi];
        long g0 = G[gi + 1];

        long vb = rop(g1, g0, cb << h);
        long vbl = rop(g1, g0, cbl << h);
        long vbr = rop(g1, g0, cbr << h);

        long s = vb >> 2;
        if (s >= 10) {
            // One digit fewer: the multiples of 10 around s. (JDK's version skips this below 100
            // since Java prints at least two digits; Python wants 5e-323, not 4.9e-323.)
            long sp10 = 10 * Math.multiplyHigh(s, 115_292_150_460_684_698L << 4);
            long tp10 = sp10 + 10;
            boolean upin = vbl + out <= sp10 << 2;
            boolean wpin = (tp10 << 2) + out <= vbr;
            if (upin != wpin) {
                return normalized(upin ? sp10 : tp10, k);
            }
        }
        long t = s + 1;
        boolean uin = vbl + out <= s << 2;
        boolean win = (t << 2) + out <= vbr;
        if (uin != win) {
            return normalized(uin ? s : t, k);
        }
        // Both s and s + 1 read back as v: the closer one, the even one on a tie.
        long cmp = vb - ((s + t) << 1);
        return normalized(cmp < 0 || (cmp == 0 && (s & 1) == 0) ? s : t, k);
    }

    /** floor(g * cp / 2**127) with a sticky last bit telling whether the division was inexact. */
    private static long rop(long g1, long g0, long cp) {
        long x1 = Math.multiplyHigh(g0, cp);
        long y0 = g1 * cp;
        long y1 = Math.multiplyHigh(g1, cp);
        long z = (y0 >>> 1) + x1;
        long vbp = y1 + (z >>> 63);
        return vbp | (((z & MASK_63) + MASK_63) >>> 63);
    }

    private static Decimal normalized(long f, int e) {
        while (f % 10 == 0) {
            f /= 10;
            e++;
        }
        return new Decimal(f, e);
    }

    /** floor(e * log10(2)), exact for |e| <= 5456721. */
    static int flog10pow2(int e) {
        return (int) (e * 661_971_961_083L >> 41);
    }

    /** floor(log10(3/4 * 2**e)), exact for |e| <= 5456721. */
    static int flog10threeQuartersPow2(int e) {
        return (int) (e * 661_971_961_083L - 274_743_187_321L >> 41);
    }

    /** floor(e * log2(10)), exact for |e| <= 1838394. */
    static int flog2pow10(int e) {
        return (int) (e * 913_124_641_741L >> 38);
    }

    static int digitCount(long f) {
        int n = 1;
        long p = 10;
        while (n < 19 && f >= p) {
            n++;
            p *= 10;
        }
        return n;
    }
}
