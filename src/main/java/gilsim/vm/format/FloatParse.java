package gilsim.vm.format;

/**
 * {@code float(s)} (PyFloat_FromString): surrounding whitespace, a sign, decimal digits with an
 * optional point and exponent, single underscores between digits, digits of any script,
 * {@code inf}, {@code infinity} and {@code nan} in any case. No hexadecimal, no Java suffixes
 * ({@code 1d}, {@code 1f}). The value is the correctly rounded double; too large gives
 * {@code inf}, too small {@code 0.0}, as in Python. Errors as CPython:
 * {@code could not convert string to float: 'x'}.
 */
public final class FloatParse {
    private static final double NEGATIVE_NAN = Double.longBitsToDouble(0xFFF8000000000000L);

    private FloatParse() {}

    public static double parse(String s) {
        char[] a = NumericText.toAscii(s);
        int len = a.length;
        if (indexOf(a, '_') >= 0) {
            a = withoutUnderscores(a);
            if (a == null) {
                throw invalid(s);
            }
            len = a.length;
        }
        int start = 0;
        while (start < len && NumericText.isAsciiSpace(a[start])) {
            start++;
        }
        if (start == len) {
            throw invalid(s);
        }
        int end = len;
        while (end > start + 1 && NumericText.isAsciiSpace(a[end - 1])) {
            end--;
        }
        double v = parseNumber(a, start, end);
        if (v != v && Double.doubleToRawLongBits(v) == Double.doubleToRawLongBits(NOT_A_NUMBER_SENTINEL)) {
            throw invalid(s);
        }
        return v;
    }

    private static FormatError invalid(String s) {
        return FormatError.valueError("could not convert string to float: " + StrRepr.repr(s));
    }

    private static int indexOf(char[] a, char c) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] == c) {
                return i;
            }
        }
        return -1;
    }

    /** _Py_string_to_number_with_underscores: underscores only between digits; null if misplaced. */
    private static char[] withoutUnderscores(char[] a) {
        StringBuilder sb = new StringBuilder(a.length);
        char prev = 0;
        for (char c : a) {
            if (c == 0) {
                return null; // C stops at an embedded NUL
            }
            if (c == '_') {
                if (!(prev >= '0' && prev <= '9')) {
                    return null;
                }
            } else {
                sb.append(c);
                if (prev == '_' && !(c >= '0' && c <= '9')) {
                    return null;
                }
            }
            prev = c;
        }
        if (prev == '_') {
            return null;
        }
        char[] out = new char[sb.length()];
        sb.getChars(0, out.length, out, 0);
        return out;
    }

    /** A NaN with a payload no parse produces, returned by parseNumber for "not a number". */
    private static final double NOT_A_NUMBER_SENTINEL = Double.longBitsToDouble(0x7FF0_0000_DEAD_BEEFL);

    /**
     * _PyOS_ascii_strtod over exactly a[start, end): a decimal number (_Py_dg_strtod) or inf/nan
     * (_Py_parse_inf_or_nan); the sentinel NaN if the text is not entirely one of them.
     */
    private static double parseNumber(char[] a, int start, int end) {
        int i = start;
        boolean negative = false;
        if (i < end && (a[i] == '+' || a[i] == '-')) {
            negative = a[i] == '-';
            i++;
        }
        int mantissaStart = i;
        int digits = 0;
        while (i < end && a[i] >= '0' && a[i] <= '9') {
            i++;
            digits++;
        }
        if (i < end && a[i] == '.') {
            i++;
            while (i < end && a[i] >= '0' && a[i] <= '9') {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return infOrNan(a, start, end);
        }
        if (i < end && (a[i] == 'e' || a[i] == 'E')) {
            int j = i + 1;
            if (j < end && (a[j] == '+' || a[j] == '-')) {
                j++;
            }
            int expDigits = 0;
            while (j < end && a[j] >= '0' && a[j] <= '9') {
                j++;
                expDigits++;
            }
            if (expDigits > 0) {
                i = j;
            }
        }
        if (i != end) {
            return NOT_A_NUMBER_SENTINEL;
        }
        // The syntax is now Python's and a subset of Java's: let Java round it (correctly).
        double v = Double.parseDouble(new String(a, mantissaStart, end - mantissaStart));
        return negative ? -v : v;
    }

    private static double infOrNan(char[] a, int start, int end) {
        int i = start;
        boolean negative = false;
        if (i < end && (a[i] == '+' || a[i] == '-')) {
            negative = a[i] == '-';
            i++;
        }
        String rest = new String(a, i, end - i).toLowerCase(java.util.Locale.ROOT);
        if (rest.equals("inf") || rest.equals("infinity")) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (rest.equals("nan")) {
            return negative ? NEGATIVE_NAN : Double.NaN;
        }
        return NOT_A_NUMBER_SENTINEL;
    }
}
