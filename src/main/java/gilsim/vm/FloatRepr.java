package gilsim.vm;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * repr() of a float: the shortest decimal string that reads back as the same double
 * (Python/pystrtod.c, mode 'r'), in fixed notation when the decimal exponent is in [-4, 16),
 * otherwise scientific ({@code 1e+16}, {@code 1.5e-07}).
 */
final class FloatRepr {
    private FloatRepr() {}

    static String repr(double v) {
        if (Double.isNaN(v)) return "nan";
        if (Double.isInfinite(v)) return v > 0 ? "inf" : "-inf";
        if (v == 0) return (1 / v < 0) ? "-0.0" : "0.0";
        String sign = v < 0 ? "-" : "";
        double a = Math.abs(v);
        BigDecimal exact = new BigDecimal(a);
        BigDecimal best = null;
        for (int p = 1; p <= 17; p++) {
            BigDecimal r = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
            if (r.doubleValue() == a) {
                best = r;
                break;
            }
        }
        if (best == null) best = exact.round(new MathContext(17, RoundingMode.HALF_EVEN));
        String digits = best.unscaledValue().toString();
        // strip trailing zeros of the digit string
        int end = digits.length();
        while (end > 1 && digits.charAt(end - 1) == '0') end--;
        int trailing = digits.length() - end;
        digits = digits.substring(0, end);
        // value = digits * 10^(trailing - scale); decimal exponent of first digit:
        int exp10 = digits.length() - 1 + trailing - best.scale();
        return sign + layout(digits, exp10);
    }

    /** Place the point: digits d1d2..dn with value d1.d2..dn * 10^exp10. */
    static String layout(String digits, int exp10) {
        int n = digits.length();
        if (exp10 >= -4 && exp10 < 16) {
            if (exp10 < 0) {
                return "0." + "0".repeat(-exp10 - 1) + digits;
            }
            if (exp10 + 1 >= n) {
                return digits + "0".repeat(exp10 + 1 - n) + ".0";
            }
            return digits.substring(0, exp10 + 1) + "." + digits.substring(exp10 + 1);
        }
        String mant = n == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        String es = exp10 < 0 ? "-" + pad2(-exp10) : "+" + pad2(exp10);
        return mant + "e" + es;
    }

    private static String pad2(int e) {
        return e < 10 ? "0" + e : Integer.toString(e);
    }
}
