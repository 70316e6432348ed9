package gilsim.vm.format;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Python/pystrtod.c's PyOS_double_to_string: a double as text in one of the layouts Python uses
 * for {@code repr}, format specs and {@code %} formatting.
 *
 * <ul>
 * <li>{@code 'r'}: repr, the shortest digits that read back ({@link ShortestDecimal}), in
 *     exponent form when the decimal exponent is below -4 or from 16 on.</li>
 * <li>{@code 'e'}, {@code 'f'}, {@code 'g'} (and {@code 'E'}, {@code 'F'}, {@code 'G'}): the
 *     exact binary value rounded half-even to {@code precision} digits after the point, or
 *     significant digits for 'g'. {@code format(2.675, '.2f')} is {@code '2.67'} because 2.675
 *     is really 2.67499999...; {@code format(0.125, '.2f')} is {@code '0.12'}.</li>
 * </ul>
 * The layout code is a port of format_float_short: the digits are written with zeros padded on
 * either side, a decimal point and an exponent as the code and flags ask.
 */
public final class FloatFormat {
    /** Py_DTSF_SIGN: always write a sign. */
    public static final int SIGN = 1;
    /** Py_DTSF_ADD_DOT_0: write {@code .0} after an integral fixed-point result. */
    public static final int ADD_DOT_0 = 2;
    /** Py_DTSF_ALT: alternate form ({@code #}): keep the point and trailing zeros. */
    public static final int ALT = 4;
    /** Py_DTSF_NO_NEG_0: no minus sign on a result that rounds to zero ({@code z}). */
    public static final int NO_NEG_0 = 8;

    private FloatFormat() {}

    /** {@code repr(x)} and {@code str(x)} of a float. */
    public static String repr(double v) {
        return format(v, 'r', 0, ADD_DOT_0);
    }

    /**
     * PyOS_double_to_string({@code v}, {@code code}, {@code precision}, {@code flags}). For
     * {@code 'r'} the precision is ignored. An upper-case code writes {@code E}, {@code INF}
     * and {@code NAN}.
     */
    public static String format(double v, char code, int precision, int flags) {
        boolean upper = false;
        int ndigits;
        int mode;
        switch (code) {
            case 'E':
                upper = true;
                code = 'e';
                // fall through
            case 'e':
                mode = 2;
                ndigits = precision + 1;
                break;
            case 'F':
                upper = true;
                code = 'f';
                // fall through
            case 'f':
                mode = 3;
                ndigits = precision;
                break;
            case 'G':
                upper = true;
                code = 'g';
                // fall through
            case 'g':
                mode = 2;
                ndigits = precision == 0 ? 1 : precision;
                precision = ndigits;
                break;
            case 'r':
                mode = 0;
                ndigits = 0;
                break;
            default:
                throw new IllegalArgumentException("format code " + code);
        }
        boolean negative = (Double.doubleToRawLongBits(v) < 0);
        StringBuilder sb = new StringBuilder(24);
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            boolean nan = Double.isNaN(v);
            if (negative && !nan) {
                sb.append('-');
            } else if ((flags & SIGN) != 0) {
                sb.append('+');
            }
            sb.append(nan ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf"));
            return sb.toString();
        }
        String digits;
        int decpt;
        if (v == 0) {
            digits = "0";
            decpt = 1;
        } else if (mode == 0) {
            ShortestDecimal.Decimal d = ShortestDecimal.of(v);
            digits = d.digits();
            decpt = d.decpt();
        } else {
            long[] out = new long[1];
            digits = mode == 2 ? significantDigits(Math.abs(v), ndigits, out) : fixedDigits(Math.abs(v), ndigits, out);
            decpt = (int) out[0];
        }
        if ((flags & NO_NEG_0) != 0 && negative && digits.equals("0")) {
            negative = false;
        }
        layout(sb, negative, digits, decpt, code, precision, flags, upper);
        return sb.toString();
    }

    /**
     * dtoa mode 2: |v| rounded half-even to {@code n} significant digits, trailing zeros
     * removed; {@code decpt[0]} receives the position of the decimal point.
     */
    static String significantDigits(double a, int n, long[] decpt) {
        if (n <= MAX_SHORTEST_ROUNDING && a >= Double.MIN_NORMAL) {
            ShortestDecimal.Decimal d = ShortestDecimal.of(a);
            String fast = roundShortest(d.digits(), d.decpt(), n, decpt);
            if (fast != null) {
                return fast;
            }
        }
        BigDecimal r = new BigDecimal(a).round(new MathContext(n, RoundingMode.HALF_EVEN));
        return digitsOf(r, decpt);
    }

    /** dtoa mode 3: |v| rounded half-even to {@code n} digits after the point ("0" if it rounds to 0). */
    static String fixedDigits(double a, int n, long[] decpt) {
        String fast = FixedFast.digits(a, n, decpt);
        if (fast != null) {
            return fast;
        }
        if (a >= Double.MIN_NORMAL) {
            ShortestDecimal.Decimal d = ShortestDecimal.of(a);
            int significant = d.decpt() + n;
            if (significant >= 1 && significant <= MAX_SHORTEST_ROUNDING) {
                fast = roundShortest(d.digits(), d.decpt(), significant, decpt);
                if (fast != null) {
                    return fast;
                }
            }
        }
        BigDecimal r = new BigDecimal(a).setScale(n, RoundingMode.HALF_EVEN);
        return digitsOf(r, decpt);
    }

    /** Roundings to at most this many significant digits can start from the shortest digits. */
    private static final int MAX_SHORTEST_ROUNDING = 15;

    /**
     * Rounds the shortest digits {@code s} (point at {@code dp}) of a normal double to
     * {@code n <= 15} significant digits, or returns null when the exact value must decide.
     * This equals rounding the exact binary value: with 53 bits, the n-digit grid is coarser
     * than the double's spacing, and no midpoint of
     * that grid (16 digits at most) can lie strictly between the value and its shortest digits,
     * or it would be a shorter or closer candidate. Only a shortest that is itself a midpoint
     * ("...5" right after the n digits) needs the exact value.
     */
    private static String roundShortest(String s, int dp, int n, long[] decpt) {
        int len = s.length();
        if (len <= n) {
            decpt[0] = dp;
            return s;
        }
        char next = s.charAt(n);
        if (next == '5' && len == n + 1) {
            return null;
        }
        if (next < '5') {
            int end = n;
            while (s.charAt(end - 1) == '0') {
                end--;
            }
            decpt[0] = dp;
            return s.substring(0, end);
        }
        // Round up: add one at position n - 1 and drop the zeros the carry leaves.
        int end = n;
        while (end > 0 && s.charAt(end - 1) == '9') {
            end--;
        }
        if (end == 0) {
            decpt[0] = dp + 1;
            return "1";
        }
        decpt[0] = dp;
        return s.substring(0, end - 1) + (char) (s.charAt(end - 1) + 1);
    }

    private static String digitsOf(BigDecimal r, long[] decpt) {
        BigInteger unscaled = r.unscaledValue();
        if (unscaled.signum() == 0) {
            decpt[0] = 1;
            return "0";
        }
        String s = unscaled.toString();
        int end = s.length();
        while (s.charAt(end - 1) == '0') {
            end--;
        }
        decpt[0] = (long) s.length() - r.scale();
        return end == s.length() ? s : s.substring(0, end);
    }

    /** format_float_short's layout of sign, zero padding, digits, point and exponent. */
    private static void layout(StringBuilder p, boolean negative, String digits, int decpt, char code,
                               int precision, int flags, boolean upper) {
        boolean addDot0 = (flags & ADD_DOT_0) != 0;
        boolean alt = (flags & ALT) != 0;
        int digitsLen = digits.length();
        int vdigitsEnd = digitsLen;
        boolean useExp = false;
        int exp = 0;
        switch (code) {
            case 'e':
                useExp = true;
                vdigitsEnd = precision + 1;
                break;
            case 'f':
                vdigitsEnd = decpt + precision;
                break;
            case 'g':
                if (decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision)) {
                    useExp = true;
                }
                if (alt) {
                    vdigitsEnd = precision;
                }
                break;
            default: // 'r': exponent form from 1e16 on
                if (decpt <= -4 || decpt > 16) {
                    useExp = true;
                }
                break;
        }
        if (useExp) {
            exp = decpt - 1;
            decpt = 1;
        }
        int vdigitsStart = decpt <= 0 ? decpt - 1 : 0;
        if (!useExp && addDot0) {
            vdigitsEnd = Math.max(vdigitsEnd, decpt + 1);
        } else {
            vdigitsEnd = Math.max(vdigitsEnd, decpt);
        }
        if (negative) {
            p.append('-');
        } else if ((flags & SIGN) != 0) {
            p.append('+');
        }
        if (decpt <= 0) {
            zeros(p, decpt - vdigitsStart);
            p.append('.');
            zeros(p, -decpt);
        } else {
            zeros(p, -vdigitsStart);
        }
        if (0 < decpt && decpt <= digitsLen) {
            p.append(digits, 0, decpt).append('.').append(digits, decpt, digitsLen);
        } else {
            p.append(digits);
        }
        if (digitsLen < decpt) {
            zeros(p, decpt - digitsLen);
            p.append('.');
            zeros(p, vdigitsEnd - decpt);
        } else {
            zeros(p, vdigitsEnd - digitsLen);
        }
        if (p.charAt(p.length() - 1) == '.' && !alt) {
            p.setLength(p.length() - 1);
        }
        if (useExp) {
            p.append(upper ? 'E' : 'e').append(exp < 0 ? '-' : '+');
            int a = Math.abs(exp);
            if (a < 10) {
                p.append('0');
            }
            p.append(a);
        }
    }

    private static void zeros(StringBuilder p, int n) {
        for (int i = 0; i < n; i++) {
            p.append('0');
        }
    }
}
