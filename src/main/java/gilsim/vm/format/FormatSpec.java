package gilsim.vm.format;

/**
 * A parsed format specification, {@code [[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]}
 * (Python/formatter_unicode.c, parse_internal_render_format_spec, 3.11).
 *
 * @param fill       fill code point (space unless given)
 * @param align      one of {@code < > ^ =}, the type's default if not given
 * @param sign       {@code + - space}, or 0 if not given
 * @param noNegZero  {@code z}: no minus sign on a float that rounds to zero
 * @param alternate  {@code #}
 * @param width      minimum width in code points, or -1
 * @param grouping   thousands separators
 * @param precision  precision, or -1
 * @param type       presentation type, or 0 for none (after the type's default was applied)
 */
public record FormatSpec(int fill, char align, char sign, boolean noNegZero, boolean alternate,
                         long width, Grouping grouping, long precision, int type) {

    /** The thousands separator asked for, and how digits are grouped. */
    public enum Grouping {
        NONE(0, '\0'), COMMA(3, ','), UNDERSCORE(3, '_'),
        /** {@code _} with b, o, x, X: groups of four digits. */
        UNDERSCORE_FOUR(4, '_');

        final int size;
        final char separator;

        Grouping(int size, char separator) {
            this.size = size;
            this.separator = separator;
        }
    }

    /**
     * Parses {@code spec} for an object of type {@code typeName} whose default presentation
     * type is {@code defaultType} (0 for none) and default alignment {@code defaultAlign}.
     * Errors are CPython's ValueErrors ("Invalid format specifier ...", "Format specifier missing
     * precision", "Cannot specify ',' with 's'.", ...).
     */
    public static FormatSpec parse(String spec, int defaultType, char defaultAlign, String typeName) {
        int[] s = codePoints(spec);
        int end = s.length;
        int pos = 0;
        int fill = ' ';
        char align = defaultAlign;
        boolean alignSpecified = false;
        boolean fillSpecified = false;
        if (end - pos >= 2 && isAlign(s[pos + 1])) {
            align = (char) s[pos + 1];
            fill = s[pos];
            fillSpecified = true;
            alignSpecified = true;
            pos += 2;
        } else if (end - pos >= 1 && isAlign(s[pos])) {
            align = (char) s[pos];
            alignSpecified = true;
            pos++;
        }
        char sign = 0;
        if (end - pos >= 1 && (s[pos] == '+' || s[pos] == '-' || s[pos] == ' ')) {
            sign = (char) s[pos];
            pos++;
        }
        boolean noNegZero = false;
        if (end - pos >= 1 && s[pos] == 'z') {
            noNegZero = true;
            pos++;
        }
        boolean alternate = false;
        if (end - pos >= 1 && s[pos] == '#') {
            alternate = true;
            pos++;
        }
        if (!fillSpecified && end - pos >= 1 && s[pos] == '0') {
            // Zero padding, the historical special case: fill '0', sign-aware alignment.
            fill = '0';
            if (!alignSpecified && defaultAlign == '>') {
                align = '=';
            }
            pos++;
        }
        long[] number = new long[1];
        int consumed = integer(s, pos, number);
        pos += consumed;
        long width = consumed == 0 ? -1 : number[0];

        Grouping grouping = Grouping.NONE;
        if (end - pos > 0 && s[pos] == ',') {
            grouping = Grouping.COMMA;
            pos++;
        }
        if (end - pos > 0 && s[pos] == '_') {
            if (grouping != Grouping.NONE) {
                throw FormatError.valueError("Cannot specify both ',' and '_'.");
            }
            grouping = Grouping.UNDERSCORE;
            pos++;
        }
        if (end - pos > 0 && s[pos] == ',' && grouping == Grouping.UNDERSCORE) {
            throw FormatError.valueError("Cannot specify both ',' and '_'.");
        }
        long precision = -1;
        if (end - pos > 0 && s[pos] == '.') {
            pos++;
            consumed = integer(s, pos, number);
            pos += consumed;
            if (consumed == 0) {
                throw FormatError.valueError("Format specifier missing precision");
            }
            precision = number[0];
        }
        if (end - pos > 1) {
            throw FormatError.valueError("Invalid format specifier '" + spec + "' for object of type '"
                    + typeName + "'");
        }
        int type = defaultType;
        if (end - pos == 1) {
            type = s[pos];
        }
        if (grouping != Grouping.NONE) {
            switch (type) {
                case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
                    break;
                case 'b': case 'o': case 'x': case 'X':
                    if (grouping == Grouping.UNDERSCORE) {
                        grouping = Grouping.UNDERSCORE_FOUR;
                        break;
                    }
                    // fall through
                default:
                    throw FormatError.valueError("Cannot specify '" + grouping.separator + "' with "
                            + typeForMessage(type) + ".");
            }
        }
        return new FormatSpec(fill, align, sign, noNegZero, alternate, width, grouping, precision, type);
    }

    /** A presentation type in a message: {@code 'd'} or, outside printable ASCII, {@code '\xe9'}. */
    static String typeForMessage(int type) {
        if (type > 32 && type < 128) {
            return "'" + (char) type + "'";
        }
        return "'\\x" + Integer.toHexString(type) + "'";
    }

    /** The code points of a string (no stream: this runs for every format call). */
    static int[] codePoints(String spec) {
        int n = spec.length();
        int[] cps = new int[n];
        int count = 0;
        for (int i = 0; i < n; ) {
            int cp = spec.codePointAt(i);
            cps[count++] = cp;
            i += Character.charCount(cp);
        }
        return count == n ? cps : java.util.Arrays.copyOf(cps, count);
    }

    private static boolean isAlign(int c) {
        return c == '<' || c == '>' || c == '=' || c == '^';
    }

    /** get_integer: decimal digits of any script; returns how many were read. */
    private static int integer(int[] s, int pos, long[] result) {
        long acc = 0;
        int n = 0;
        for (; pos < s.length; pos++, n++) {
            int d = UnicodeTables.decimalValue(s[pos]);
            if (d < 0) {
                break;
            }
            if (acc > (Long.MAX_VALUE - d) / 10) {
                throw FormatError.valueError("Too many decimal digits in format string");
            }
            acc = acc * 10 + d;
        }
        result[0] = acc;
        return n;
    }
}
