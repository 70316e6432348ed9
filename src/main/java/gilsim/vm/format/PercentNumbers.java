package gilsim.vm.format;

import static gilsim.vm.format.PercentFormat.F_ALT;
import static gilsim.vm.format.PercentFormat.F_BLANK;
import static gilsim.vm.format.PercentFormat.F_SIGN;

import java.math.BigInteger;

/** The number conversions of {@code %} formatting: mainformatlong, formatfloat's argument, formatchar. */
final class PercentNumbers {
    private PercentNumbers() {}

    /**
     * mainformatlong: {@code %d %i %u} take any number ({@code int(x)}: floats truncate),
     * {@code %o %x %X} need an integer ({@code __index__}). Returns the text to pad, or null
     * after writing CPython's fast path directly.
     */
    static String formatLong(PercentFormat f, FormatArg v, char type, int flags, long width, int prec) {
        if (!isNumber(v)) {
            throw wrongType(v, type);
        }
        BigInteger value;
        switch (v.kind()) {
            case INT: case BOOL:
                value = v.intValue();
                break;
            case FLOAT:
                if (type == 'o' || type == 'x' || type == 'X') {
                    throw wrongType(v, type);
                }
                value = truncate(v.floatValue());
                break;
            default:
                value = type == 'o' || type == 'x' || type == 'X' ? v.index() : v.toInt();
                if (value == null) {
                    throw wrongType(v, type);
                }
        }
        boolean alt = (flags & F_ALT) != 0;
        if (v.kind() == FormatArg.Kind.INT && width == -1 && prec == -1 && (flags & (F_SIGN | F_BLANK)) == 0
                && type != 'X') {
            f.appendDirect(toBase(value, type, alt));
            return null;
        }
        f.markSigned();
        return formatLongText(value, alt, prec, type);
    }

    private static String toBase(BigInteger value, char type, boolean alt) {
        switch (type) {
            case 'o': return IntFormat.toBase(value, 8, alt);
            case 'x': return IntFormat.toBase(value, 16, alt);
            default: return IntFormat.toDecimal(value);
        }
    }

    /** _PyUnicode_FormatLong: sign, prefix if alternate, zeros up to the precision, digits. */
    private static String formatLongText(BigInteger value, boolean alt, int prec, char type) {
        String digits;
        String prefix = "";
        switch (type) {
            case 'o':
                digits = value.abs().toString(8);
                prefix = alt ? "0o" : "";
                break;
            case 'x':
                digits = value.abs().toString(16);
                prefix = alt ? "0x" : "";
                break;
            case 'X':
                digits = value.abs().toString(16).toUpperCase(java.util.Locale.ROOT);
                prefix = alt ? "0X" : "";
                break;
            default:
                digits = IntFormat.toDecimal(value.abs());
                break;
        }
        StringBuilder sb = new StringBuilder(digits.length() + 4);
        if (value.signum() < 0) {
            sb.append('-');
        }
        sb.append(prefix);
        for (int i = digits.length(); i < prec; i++) {
            sb.append('0');
        }
        return sb.append(digits).toString();
    }

    /** int(x) for a float: truncation, with CPython's errors for inf and nan. */
    private static BigInteger truncate(double d) {
        if (Double.isNaN(d)) {
            throw FormatError.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(d)) {
            throw FormatError.overflowError("cannot convert float infinity to integer");
        }
        if (Math.abs(d) < 9.0e18) {
            return BigInteger.valueOf((long) d);
        }
        return new java.math.BigDecimal(d).toBigInteger();
    }

    private static boolean isNumber(FormatArg v) {
        switch (v.kind()) {
            case INT: case BOOL: case FLOAT: return true;
            case OTHER: return v.isNumber();
            default: return false;
        }
    }

    private static FormatError wrongType(FormatArg v, char type) {
        if (type == 'o' || type == 'x' || type == 'X') {
            return FormatError.typeError("%" + type + " format: an integer is required, not "
                    + clip(v.typeName(), 200));
        }
        return FormatError.typeError("%" + type + " format: a real number is required, not " + clip(v.typeName(), 200));
    }

    /** C's {@code %.Ns}: at most n characters. */
    private static String clip(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n);
    }

    /** PyFloat_AsDouble for formatfloat. */
    static double asDouble(FormatArg v) {
        switch (v.kind()) {
            case FLOAT:
                return v.floatValue();
            case INT: case BOOL:
                return Formatter.toDouble(v.intValue());
            case OTHER: {
                Double d = v.toFloat();
                if (d != null) {
                    return d;
                }
                break;
            }
            default:
                break;
        }
        throw FormatError.typeError("must be real number, not " + clip(v.typeName(), 50));
    }

    /** formatchar: a str of one character, or an int code point below 0x110000. */
    static int asChar(FormatArg v) {
        BigInteger x;
        switch (v.kind()) {
            case STR: {
                String s = v.strValue();
                if (!s.isEmpty() && s.offsetByCodePoints(0, 1) == s.length()) {
                    return s.codePointAt(0);
                }
                throw FormatError.typeError("%c requires int or char");
            }
            case INT: case BOOL:
                x = v.intValue();
                break;
            case OTHER:
                x = v.index();
                if (x == null) {
                    throw FormatError.typeError("%c requires int or char");
                }
                break;
            default:
                throw FormatError.typeError("%c requires int or char");
        }
        if (x.signum() < 0 || x.compareTo(BigInteger.valueOf(0x10FFFF)) > 0) {
            throw FormatError.overflowError("%c arg not in range(0x110000)");
        }
        return x.intValue();
    }
}
