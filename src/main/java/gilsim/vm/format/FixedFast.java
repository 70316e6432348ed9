package gilsim.vm.format;

/**
 * Exact fixed-point rounding in long arithmetic for the common case of {@code format(x, '.Nf')}:
 * a double {@code m * 2**e} with {@code m * 10**n} fitting in 63 bits is rounded half-even to
 * {@code n} decimals without BigDecimal. Returns null when the case does not fit.
 */
final class FixedFast {
    private static final long[] POW10 = {
        1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L, 100_000_000L,
        1_000_000_000L, 10_000_000_000L, 100_000_000_000L, 1_000_000_000_000L,
    };

    private FixedFast() {}

    /** Digits of |a| rounded to n decimals (trailing zeros removed) and the point in decpt[0]; or null. */
    static String digits(double a, int n, long[] decpt) {
        if (n >= POW10.length || a == 0) {
            return null;
        }
        long bits = Double.doubleToRawLongBits(a);
        int biased = (int) (bits >>> 52) & 0x7FF;
        long m = bits & ((1L << 52) - 1);
        int e;
        if (biased == 0) {
            e = -1074;
        } else {
            m |= 1L << 52;
            e = biased - 1075;
        }
        // Strip factors of two so that small shifts cover most values.
        int tz = Long.numberOfTrailingZeros(m);
        m >>>= tz;
        e += tz;
        long scaled;
        if (e >= 0) {
            if (e > 10 || m > (Long.MAX_VALUE >> e) / POW10[n]) {
                return null;
            }
            scaled = (m << e) * POW10[n];
        } else {
            int shift = -e;
            if (shift > 62 || m > Long.MAX_VALUE / POW10[n]) {
                return null;
            }
            long num = m * POW10[n];
            long q = num >>> shift;
            long rem = num & ((1L << shift) - 1);
            long half = 1L << (shift - 1);
            if (rem > half || (rem == half && (q & 1) == 1)) {
                q++;
            }
            scaled = q;
        }
        if (scaled == 0) {
            decpt[0] = 1;
            return "0";
        }
        String s = Long.toString(scaled);
        decpt[0] = (long) s.length() - n;
        int end = s.length();
        while (s.charAt(end - 1) == '0') {
            end--;
        }
        return end == s.length() ? s : s.substring(0, end);
    }
}
