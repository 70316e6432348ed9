package gilsim.vm.format;

import java.math.BigInteger;

/**
 * Conversions between Python ints and text (Objects/longobject.c): {@code str(n)},
 * {@code bin}/{@code oct}/{@code hex}, and {@code int(s, base)} with Python's syntax and
 * messages.
 *
 * <p>CPython 3.11.7 limits decimal (and other non-power-of-two base) conversions to 4300 digits
 * ({@code sys.set_int_max_str_digits}, CVE-2020-10735): {@code str(10**4300)} raises
 * ValueError. The limit is a parameter here, {@link #DEFAULT_MAX_STR_DIGITS} by default;
 * 0 means no limit, as in CPython.
 */
public final class IntFormat {
    /** {@code sys.int_info.default_max_str_digits}. */
    public static final int DEFAULT_MAX_STR_DIGITS = 4300;

    private static final double LOG2_10 = Math.log(10) / Math.log(2);

    private IntFormat() {}

    /** {@code str(n)} for an int that fits in a long. */
    public static String toDecimal(long v) {
        return Long.toString(v);
    }

    /** {@code str(n)}, with the default limit of 4300 digits. */
    public static String toDecimal(BigInteger v) {
        return toDecimal(v, DEFAULT_MAX_STR_DIGITS);
    }

    /** {@code str(n)}; more than {@code maxDigits} digits (sign apart) is a ValueError. */
    public static String toDecimal(BigInteger v, int maxDigits) {
        int bits = v.bitLength();
        if (bits < 64) {
            return Long.toString(v.longValue());
        }
        // A number of b bits has at least floor((b - 1) * log10(2)) + 1 digits: reject the
        // hopeless cases before converting.
        if (maxDigits > 0 && (long) ((bits - 1) / LOG2_10) + 1 > maxDigits) {
            throw tooManyDigitsToStr(maxDigits);
        }
        String s = v.toString();
        int digits = s.length() - (v.signum() < 0 ? 1 : 0);
        if (maxDigits > 0 && digits > maxDigits) {
            throw tooManyDigitsToStr(maxDigits);
        }
        return s;
    }

    private static FormatError tooManyDigitsToStr(int maxDigits) {
        return FormatError.valueError("Exceeds the limit (" + maxDigits + " digits) for integer string "
                + "conversion; use sys.set_int_max_str_digits() to increase the limit");
    }

    /** {@code bin(n)}: {@code '0b101'}, {@code '-0b101'}. */
    public static String bin(BigInteger v) {
        return toBase(v, 2, true);
    }

    /** {@code oct(n)}: {@code '0o17'}. */
    public static String oct(BigInteger v) {
        return toBase(v, 8, true);
    }

    /** {@code hex(n)}: {@code '0x1f'}, lower case. */
    public static String hex(BigInteger v) {
        return toBase(v, 16, true);
    }

    /**
     * {@code v} in base 2, 8, 10 or 16 (PyNumber_ToBase): the sign first, then the prefix
     * {@code 0b}, {@code 0o} or {@code 0x} if asked (never for base 10), then lower-case digits.
     */
    public static String toBase(BigInteger v, int base, boolean prefix) {
        if (base == 10) {
            return toDecimal(v);
        }
        String digits = v.abs().toString(base);
        StringBuilder sb = new StringBuilder(digits.length() + 3);
        if (v.signum() < 0) {
            sb.append('-');
        }
        if (prefix) {
            sb.append('0').append(base == 2 ? 'b' : base == 8 ? 'o' : 'x');
        }
        return sb.append(digits).toString();
    }

    /** {@code int(s)}. */
    public static BigInteger parse(String s) {
        return parse(s, 10, DEFAULT_MAX_STR_DIGITS);
    }

    /** {@code int(s, base)}, with the default digit limit. */
    public static BigInteger parse(String s, int base) {
        return parse(s, base, DEFAULT_MAX_STR_DIGITS);
    }

    /**
     * {@code int(s, base)} (PyLong_FromUnicodeObject): surrounding whitespace, a sign, for base
     * 0 a prefix deciding the base ({@code 0x}, {@code 0o}, {@code 0b}; otherwise decimal, where
     * a leading zero only allows zeros), single underscores between digits (and one after a
     * prefix). Digits of any script count as decimal digits. Errors as CPython:
     * {@code invalid literal for int() with base 10: 'abc'}.
     */
    public static BigInteger parse(String s, int base, int maxDigits) {
        if ((base != 0 && base < 2) || base > 36) {
            throw FormatError.valueError("int() base must be >= 2 and <= 36, or 0");
        }
        char[] a = NumericText.toAscii(s);
        BigInteger result = new IntParser(a, base, maxDigits).parse();
        if (result == null) {
            throw FormatError.valueError("invalid literal for int() with base " + base + ": "
                    + truncate(StrRepr.repr(s), 200));
        }
        return result;
    }

    /** {@code %.200R}: the first 200 code points of a repr. */
    private static String truncate(String repr, int codePoints) {
        if (repr.length() <= codePoints) {
            return repr;
        }
        int end = repr.offsetByCodePoints(0, Math.min(codePoints, repr.codePointCount(0, repr.length())));
        return repr.substring(0, end);
    }

    /** PyLong_FromString on the ASCII form of the text; null for an invalid literal. */
    private static final class IntParser {
        private final char[] a;
        private final int maxDigits;
        private int base;
        private int pos;

        IntParser(char[] a, int base, int maxDigits) {
            this.a = a;
            this.base = base;
            this.maxDigits = maxDigits;
        }

        /** The character at {@code i}, or 0 outside the text (C's terminating NUL). */
        private char at(int i) {
            return i >= 0 && i < a.length ? a[i] : 0;
        }

        BigInteger parse() {
            while (NumericText.isAsciiSpace(at(pos))) {
                pos++;
            }
            boolean negative = false;
            if (at(pos) == '+') {
                pos++;
            } else if (at(pos) == '-') {
                pos++;
                negative = true;
            }
            boolean errorIfNonzero = false;
            char c1 = at(pos + 1);
            if (base == 0) {
                if (at(pos) != '0') {
                    base = 10;
                } else if (c1 == 'x' || c1 == 'X') {
                    base = 16;
                } else if (c1 == 'o' || c1 == 'O') {
                    base = 8;
                } else if (c1 == 'b' || c1 == 'B') {
                    base = 2;
                } else {
                    // An "old" C-style octal literal: invalid unless it is zero.
                    errorIfNonzero = true;
                    base = 10;
                }
            }
            if (at(pos) == '0' && ((base == 16 && (c1 == 'x' || c1 == 'X'))
                    || (base == 8 && (c1 == 'o' || c1 == 'O'))
                    || (base == 2 && (c1 == 'b' || c1 == 'B')))) {
                pos += 2;
                if (at(pos) == '_') {
                    pos++; // one underscore allowed after the prefix
                }
            }
            if (at(pos) == '_') {
                return null;
            }
            int start = pos;
            StringBuilder digits = new StringBuilder();
            char prev = at(pos - 1);
            while (digitValue(at(pos)) < base || at(pos) == '_') {
                char c = at(pos);
                if (c == '_') {
                    if (prev == '_') {
                        return null;
                    }
                } else {
                    digits.append(c);
                }
                prev = c;
                pos++;
            }
            if (prev == '_') {
                return null;
            }
            boolean binaryBase = (base & (base - 1)) == 0;
            if (!binaryBase && maxDigits > 0 && digits.length() > maxDigits) {
                throw FormatError.valueError("Exceeds the limit (" + maxDigits + " digits) for integer "
                        + "string conversion: value has " + digits.length() + " digits; "
                        + "use sys.set_int_max_str_digits() to increase the limit");
            }
            if (pos == start) {
                return null;
            }
            BigInteger z = digits.length() <= 18 && base == 10
                    ? BigInteger.valueOf(Long.parseLong(digits.toString()))
                    : new BigInteger(digits.toString(), base);
            if (errorIfNonzero && z.signum() != 0) {
                return null;
            }
            while (NumericText.isAsciiSpace(at(pos))) {
                pos++;
            }
            if (pos != a.length) {
                return null;
            }
            return negative ? z.negate() : z;
        }

        /** _PyLong_DigitValue: 0-9, then a-z / A-Z as 10-35, anything else 37. */
        private static int digitValue(char c) {
            if (c >= '0' && c <= '9') {
                return c - '0';
            }
            if (c >= 'a' && c <= 'z') {
                return c - 'a' + 10;
            }
            if (c >= 'A' && c <= 'Z') {
                return c - 'A' + 10;
            }
            return 37;
        }
    }
}
