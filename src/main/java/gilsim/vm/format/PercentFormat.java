package gilsim.vm.format;

import java.math.BigInteger;

/**
 * {@code fmt % args} for a str (Objects/unicodeobject.c PyUnicode_Format, 3.11): conversions
 * {@code %s %r %a %d %i %u %o %x %X %e %E %f %F %g %G %c %%}, flags {@code - + space # 0},
 * width and precision (also as {@code *}), {@code %(key)s} with a mapping, the length
 * modifiers {@code h l L} (ignored), and CPython's errors word for word.
 *
 * <p>The parse is a faithful port of CPython's state machine, including its quirks: a lone
 * value that is a mapping (a dict, and also a list) is never "not all converted"
 * ({@code 'abc' % [1]} is {@code 'abc'}), and the argument is fetched before the conversion
 * character is checked ({@code '%q' % ()} says "not enough arguments").
 */
public final class PercentFormat {
    static final int F_LJUST = 1;
    static final int F_SIGN = 2;
    static final int F_BLANK = 4;
    static final int F_ALT = 8;
    static final int F_ZERO = 16;

    private final int[] fmt;
    private final String fmtString;
    private final StringBuilder out;
    private int fmtpos;
    private int fmtcnt;
    private FormatArg args;
    private int arglen;
    private int argidx;
    private final FormatArg dict;

    private PercentFormat(String format, FormatArg args) {
        this.fmtString = format;
        this.fmt = FormatSpec.codePoints(format);
        this.out = new StringBuilder(format.length() + 16);
        this.args = args;
        if (args.kind() == FormatArg.Kind.TUPLE) {
            arglen = args.tupleSize();
            argidx = 0;
        } else {
            arglen = -1;
            argidx = -2;
        }
        dict = args.isMapping() && args.kind() != FormatArg.Kind.TUPLE && args.kind() != FormatArg.Kind.STR
                ? args : null;
    }

    /** {@code format % args}: {@code args} is a tuple, a single value, or a mapping. */
    public static String format(String format, FormatArg args) {
        return new PercentFormat(format, args).run();
    }

    private String run() {
        fmtcnt = fmt.length;
        fmtpos = 0;
        while (--fmtcnt >= 0) {
            if (fmt[fmtpos] != '%') {
                int start = fmtpos++;
                while (fmtcnt >= 0 && fmtpos < fmt.length && fmt[fmtpos] != '%') {
                    fmtpos++;
                    fmtcnt--;
                }
                if (fmtcnt < 0) {
                    fmtpos--;
                }
                appendCodePoints(start, Math.min(fmtpos, fmt.length));
                if (fmtpos == fmt.length) {
                    break;
                }
            } else {
                fmtpos++;
                formatArg();
            }
        }
        if (argidx < arglen && dict == null) {
            throw FormatError.typeError("not all arguments converted during string formatting");
        }
        return out.toString();
    }

    private void appendCodePoints(int from, int to) {
        if (fmt.length == fmtString.length()) {
            out.append(fmtString, from, to); // no surrogate pairs: code point = char index
        } else {
            for (int i = from; i < to; i++) {
                out.appendCodePoint(fmt[i]);
            }
        }
    }

    /** FORMAT_READ: the code point at fmtpos, or 0 (C's terminating NUL) past the end. */
    private int read() {
        return fmtpos < fmt.length ? fmt[fmtpos] : 0;
    }

    private FormatArg nextArg() {
        if (argidx < arglen) {
            int i = argidx++;
            return arglen < 0 ? args : args.tupleItem(i);
        }
        throw FormatError.typeError("not enough arguments for format string");
    }

    // ------------------------------------------------------------------ one directive

    private int ch;
    private int flags;
    private long width;
    private int prec;
    private boolean sign;

    private void formatArg() {
        ch = read();
        if (ch == '%') {
            fmtpos++;
            fmtcnt--;
            out.append('%');
            return;
        }
        flags = 0;
        width = -1;
        prec = -1;
        sign = false;
        parseDirective();
        String str = formatValue();
        if (str != null) {
            PercentPadding.write(out, str, ch, flags, width, prec, sign);
        }
        if (dict != null && argidx < arglen) {
            throw FormatError.typeError("not all arguments converted during string formatting");
        }
    }

    private void parseDirective() {
        if (ch == '(') {
            if (dict == null) {
                throw FormatError.typeError("format requires a mapping");
            }
            fmtpos++;
            fmtcnt--;
            int keystart = fmtpos;
            int pcount = 1;
            while (pcount > 0 && --fmtcnt >= 0) {
                ch = read();
                if (ch == ')') {
                    pcount--;
                } else if (ch == '(') {
                    pcount++;
                }
                fmtpos++;
            }
            int keylen = fmtpos - keystart - 1;
            if (fmtcnt < 0 || pcount > 0) {
                throw FormatError.valueError("incomplete format key");
            }
            String key = new String(fmt, keystart, keylen);
            args = dict.getItem(key);
            arglen = -1;
            argidx = -2;
        }
        while (--fmtcnt >= 0) {
            ch = read();
            fmtpos++;
            int flag;
            switch (ch) {
                case '-': flag = F_LJUST; break;
                case '+': flag = F_SIGN; break;
                case ' ': flag = F_BLANK; break;
                case '#': flag = F_ALT; break;
                case '0': flag = F_ZERO; break;
                default: flag = 0; break;
            }
            if (flag == 0) {
                break;
            }
            flags |= flag;
        }
        if (ch == '*') {
            FormatArg v = nextArg();
            BigInteger w = starInt(v);
            if (w.bitLength() > 63) {
                throw FormatError.overflowError("Python int too large to convert to C ssize_t");
            }
            width = w.longValue();
            if (width < 0) {
                flags |= F_LJUST;
                width = -width;
            }
            if (--fmtcnt >= 0) {
                ch = read();
                fmtpos++;
            }
        } else if (ch >= '0' && ch <= '9') {
            width = ch - '0';
            while (--fmtcnt >= 0) {
                ch = read();
                fmtpos++;
                if (ch < '0' || ch > '9') {
                    break;
                }
                if (width > (Long.MAX_VALUE - (ch - '0')) / 10) {
                    throw FormatError.valueError("width too big");
                }
                width = width * 10 + (ch - '0');
            }
        }
        if (ch == '.') {
            prec = 0;
            if (--fmtcnt >= 0) {
                ch = read();
                fmtpos++;
            }
            if (ch == '*') {
                FormatArg v = nextArg();
                BigInteger p = starInt(v);
                if (p.bitLength() > 31) {
                    throw FormatError.overflowError("Python int too large to convert to C int");
                }
                prec = Math.max(0, p.intValue());
                if (--fmtcnt >= 0) {
                    ch = read();
                    fmtpos++;
                }
            } else if (ch >= '0' && ch <= '9') {
                prec = ch - '0';
                while (--fmtcnt >= 0) {
                    ch = read();
                    fmtpos++;
                    if (ch < '0' || ch > '9') {
                        break;
                    }
                    if (prec > (Integer.MAX_VALUE - (ch - '0')) / 10) {
                        throw FormatError.valueError("precision too big");
                    }
                    prec = prec * 10 + (ch - '0');
                }
            }
        }
        if (fmtcnt >= 0 && (ch == 'h' || ch == 'l' || ch == 'L')) {
            if (--fmtcnt >= 0) {
                ch = read();
                fmtpos++;
            }
        }
        if (fmtcnt < 0) {
            throw FormatError.valueError("incomplete format");
        }
    }

    /** The value of a {@code *} width or precision, which must be an int (PyLong_Check). */
    private static BigInteger starInt(FormatArg v) {
        if (v.kind() != FormatArg.Kind.INT && v.kind() != FormatArg.Kind.BOOL) {
            throw FormatError.typeError("* wants int");
        }
        return v.intValue();
    }

    /**
     * unicode_format_arg_format: the converted text to pad, or null when it was written
     * directly (CPython's fast paths, which skip padding and signs).
     */
    private String formatValue() {
        FormatArg v = nextArg();
        switch (ch) {
            case 's': case 'r': case 'a':
                if (v.kind() == FormatArg.Kind.INT && width == -1 && prec == -1) {
                    out.append(IntFormat.toDecimal(v.intValue()));
                    return null;
                }
                if (ch == 's') {
                    return v.kind() == FormatArg.Kind.STR ? v.strValue() : strOf(v);
                }
                return ch == 'r' ? reprOf(v) : StrRepr.asciiOfRepr(reprOf(v));
            case 'i': case 'd': case 'u': case 'o': case 'x': case 'X':
                return PercentNumbers.formatLong(this, v, (char) ch, flags, width, prec);
            case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
                String text = FloatFormat.format(PercentNumbers.asDouble(v), (char) ch, prec < 0 ? 6 : prec,
                        (flags & F_ALT) != 0 ? FloatFormat.ALT : 0);
                if (width == -1 && prec == -1 && (flags & (F_SIGN | F_BLANK)) == 0) {
                    out.append(text);
                    return null;
                }
                sign = true;
                return text;
            }
            case 'c': {
                int c = PercentNumbers.asChar(v);
                if (width == -1 && prec == -1) {
                    out.appendCodePoint(c);
                    return null;
                }
                return new String(Character.toChars(c));
            }
            default:
                throw FormatError.valueError("unsupported format character '"
                        + (ch >= 31 && ch <= 126 ? String.valueOf((char) ch) : "?") + "' (0x"
                        + Integer.toHexString(ch) + ") at index " + (fmtpos - 1));
        }
    }

    /** Called by the integer conversions when they take CPython's slow path: the text gets a sign. */
    void markSigned() {
        sign = true;
    }

    /** Called by the integer conversions for CPython's fast path: written as it is. */
    void appendDirect(String text) {
        out.append(text);
    }

    static String strOf(FormatArg v) {
        switch (v.kind()) {
            case STR: return v.strValue();
            case INT: return IntFormat.toDecimal(v.intValue());
            case BOOL: return v.intValue().signum() != 0 ? "True" : "False";
            case FLOAT: return FloatRepr.repr(v.floatValue());
            default: return v.str();
        }
    }

    static String reprOf(FormatArg v) {
        switch (v.kind()) {
            case STR: return StrRepr.repr(v.strValue());
            case INT: return IntFormat.toDecimal(v.intValue());
            case BOOL: return v.intValue().signum() != 0 ? "True" : "False";
            case FLOAT: return FloatRepr.repr(v.floatValue());
            default: return v.repr();
        }
    }
}
