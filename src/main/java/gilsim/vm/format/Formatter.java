package gilsim.vm.format;

import java.math.BigInteger;

/**
 * {@code format(value, spec)} (and f-string fields) for str, int, bool and float, as
 * Python/formatter_unicode.c does it in 3.11, errors included. An empty spec gives
 * {@code str(value)}.
 *
 * <p>Parsing a spec allocates a little; a VM formatting the same constant spec in a loop may
 * parse it once with {@link FormatSpec#parse} and call the {@code (value, FormatSpec)} forms.
 */
public final class Formatter {
    /** Beyond this, CPython would fail to allocate: reported as MemoryError. */
    private static final long MAX_LENGTH = Integer.MAX_VALUE - 16;

    private Formatter() {}

    // ------------------------------------------------------------------ str

    /** {@code format(s, spec)} for a str. */
    public static String formatStr(String value, String spec) {
        if (spec.isEmpty()) {
            return value;
        }
        return formatStr(value, FormatSpec.parse(spec, 's', '<', "str"));
    }

    public static String formatStr(String value, FormatSpec spec) {
        if (spec.type() != 's') {
            throw unknownType(spec.type(), "str");
        }
        if (spec.sign() != 0) {
            throw FormatError.valueError(spec.sign() == ' '
                    ? "Space not allowed in string format specifier"
                    : "Sign not allowed in string format specifier");
        }
        if (spec.noNegZero()) {
            throw FormatError.valueError("Negative zero coercion (z) not allowed in string format specifier");
        }
        if (spec.alternate()) {
            throw FormatError.valueError("Alternate form (#) not allowed in string format specifier");
        }
        if (spec.align() == '=') {
            throw FormatError.valueError("'=' alignment not allowed in string format specifier");
        }
        int len = value.codePointCount(0, value.length());
        if ((spec.width() == -1 || spec.width() <= len) && (spec.precision() == -1 || spec.precision() >= len)) {
            return value;
        }
        String shown = value;
        if (spec.precision() >= 0 && len >= spec.precision()) {
            len = (int) spec.precision();
            shown = value.substring(0, value.offsetByCodePoints(0, len));
        }
        long total = spec.width() >= 0 ? Math.max(len, spec.width()) : len;
        long lpad;
        switch (spec.align()) {
            case '>': lpad = total - len; break;
            case '^': lpad = (total - len) / 2; break;
            default: lpad = 0; break;
        }
        long rpad = total - len - lpad;
        StringBuilder out = new StringBuilder(checkedLength(total + shown.length() - len));
        fill(out, spec.fill(), lpad);
        out.append(shown);
        fill(out, spec.fill(), rpad);
        return out.toString();
    }

    // ------------------------------------------------------------------ int and bool

    /** {@code format(n, spec)} for an int. */
    public static String formatInt(long value, String spec) {
        if (spec.isEmpty()) {
            return Long.toString(value);
        }
        return formatInt(BigInteger.valueOf(value), spec);
    }

    /** {@code format(n, spec)} for an int. */
    public static String formatInt(BigInteger value, String spec) {
        if (spec.isEmpty()) {
            return IntFormat.toDecimal(value);
        }
        return formatInt(value, FormatSpec.parse(spec, 'd', '>', "int"), "int");
    }

    /** {@code format(b, spec)} for a bool: {@code 'True'} for an empty spec, else formatted as the int 1 or 0. */
    public static String formatBool(boolean value, String spec) {
        if (spec.isEmpty()) {
            return value ? "True" : "False";
        }
        return formatInt(value ? BigInteger.ONE : BigInteger.ZERO, FormatSpec.parse(spec, 'd', '>', "bool"), "bool");
    }

    /** An int (or bool, with {@code typeName} "bool") formatted by a parsed spec. */
    public static String formatInt(BigInteger value, FormatSpec spec, String typeName) {
        switch (spec.type()) {
            case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
                return formatLong(value, spec);
            case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
                return formatFloat(toDouble(value), spec, typeName);
            default:
                throw unknownType(spec.type(), typeName);
        }
    }

    /** PyLong_AsDouble: correctly rounded, OverflowError past the largest double. */
    static double toDouble(BigInteger value) {
        double d = value.doubleValue();
        if (Double.isInfinite(d)) {
            throw FormatError.overflowError("int too large to convert to float");
        }
        return d;
    }

    private static String formatLong(BigInteger value, FormatSpec spec) {
        if (spec.precision() != -1) {
            throw FormatError.valueError("Precision not allowed in integer format specifier");
        }
        if (spec.noNegZero()) {
            throw FormatError.valueError("Negative zero coercion (z) not allowed in integer format specifier");
        }
        if (spec.type() == 'c') {
            if (spec.sign() != 0) {
                throw FormatError.valueError("Sign not allowed with integer format specifier 'c'");
            }
            if (spec.alternate()) {
                throw FormatError.valueError("Alternate form (#) not allowed with integer format specifier 'c'");
            }
            if (value.bitLength() > 63) {
                throw FormatError.overflowError("Python int too large to convert to C long");
            }
            if (value.signum() < 0 || value.compareTo(BigInteger.valueOf(0x10FFFF)) > 0) {
                throw FormatError.overflowError("%c arg not in range(0x110000)");
            }
            String ch = new String(Character.toChars(value.intValue()));
            return NumberLayout.layout(spec, (char) 0, "", "", false, ch);
        }
        int base;
        String prefix;
        switch (spec.type()) {
            case 'b': base = 2; prefix = "0b"; break;
            case 'o': base = 8; prefix = "0o"; break;
            case 'x': base = 16; prefix = "0x"; break;
            case 'X': base = 16; prefix = "0X"; break;
            default: base = 10; prefix = ""; break;
        }
        String digits = base == 10 ? IntFormat.toDecimal(value.abs()) : value.abs().toString(base);
        if (spec.type() == 'X') {
            digits = digits.toUpperCase(java.util.Locale.ROOT);
        }
        return NumberLayout.layout(spec, value.signum() < 0 ? '-' : 0, spec.alternate() ? prefix : "",
                digits, false, "");
    }

    // ------------------------------------------------------------------ float

    /** {@code format(x, spec)} for a float; an empty spec gives {@code repr(x)}. */
    public static String formatFloat(double value, String spec) {
        if (spec.isEmpty()) {
            return FloatRepr.repr(value);
        }
        return formatFloat(value, FormatSpec.parse(spec, 0, '>', "float"), "float");
    }

    /** A float formatted by a parsed spec ({@code typeName} for the unknown-type message). */
    public static String formatFloat(double value, FormatSpec spec, String typeName) {
        int type = spec.type();
        switch (type) {
            case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
                break;
            default:
                throw unknownType(type, typeName);
        }
        if (spec.precision() > Integer.MAX_VALUE) {
            throw FormatError.valueError("precision too big");
        }
        int precision = (int) spec.precision();
        int defaultPrecision = 6;
        int flags = 0;
        if (spec.alternate()) {
            flags |= FloatFormat.ALT;
        }
        if (spec.noNegZero()) {
            flags |= FloatFormat.NO_NEG_0;
        }
        char code = (char) type;
        if (type == 0) {
            // Like repr without a precision; with one, like 'g' but keeping a digit after the point.
            flags |= FloatFormat.ADD_DOT_0;
            code = 'r';
            defaultPrecision = 0;
        }
        if (code == 'n') {
            code = 'g';
        }
        boolean percent = false;
        if (code == '%') {
            code = 'f';
            value *= 100;
            percent = true;
        }
        if (precision < 0) {
            precision = defaultPrecision;
        } else if (code == 'r') {
            code = 'g';
        }
        String text = FloatFormat.format(value, code, precision, flags);
        if (percent) {
            text += "%";
        }
        if (spec.sign() != '+' && spec.sign() != ' ' && spec.width() == -1 && type != 'n'
                && spec.grouping() == FormatSpec.Grouping.NONE) {
            return text;
        }
        char signChar = 0;
        int index = 0;
        if (text.charAt(0) == '-') {
            signChar = '-';
            index = 1;
        }
        int digitsEnd = index;
        while (digitsEnd < text.length() && text.charAt(digitsEnd) >= '0' && text.charAt(digitsEnd) <= '9') {
            digitsEnd++;
        }
        boolean hasDecimal = digitsEnd < text.length() && text.charAt(digitsEnd) == '.';
        String remainder = text.substring(hasDecimal ? digitsEnd + 1 : digitsEnd);
        // ('n' would use the locale's grouping and point; Python runs in the C locale: none, '.')
        return NumberLayout.layout(spec, signChar, "", text.substring(index, digitsEnd), hasDecimal, remainder);
    }

    // ------------------------------------------------------------------ other objects

    /**
     * {@code object.__format__}: any other object formats only with an empty spec, as
     * {@code str(obj)} ({@code str} supplied by the VM).
     */
    public static String formatObject(String str, String spec, String typeName) {
        if (!spec.isEmpty()) {
            throw FormatError.typeError("unsupported format string passed to " + typeName + ".__format__");
        }
        return str;
    }

    // ------------------------------------------------------------------ shared

    static FormatError unknownType(int type, String typeName) {
        return FormatError.valueError("Unknown format code " + FormatSpec.typeForMessage(type)
                + " for object of type '" + typeName + "'");
    }

    static void fill(StringBuilder out, int fillChar, long n) {
        if (fillChar < Character.MIN_SUPPLEMENTARY_CODE_POINT) {
            for (long i = 0; i < n; i++) {
                out.append((char) fillChar);
            }
        } else {
            for (long i = 0; i < n; i++) {
                out.appendCodePoint(fillChar);
            }
        }
    }

    /** A result length as an int, or MemoryError for a width no machine could hold. */
    static int checkedLength(long n) {
        if (n > MAX_LENGTH) {
            throw new FormatError("MemoryError", "");
        }
        return (int) Math.max(0, n);
    }
}
