package gilsim.vm.format;

/**
 * Lays out a formatted number in its field (formatter_unicode.c: calc_number_widths,
 * fill_number and _PyUnicode_InsertThousandsGrouping):
 * <pre>
 *   [lpadding] [sign] [prefix] [spadding] [grouped digits] [decimal point] [remainder] [rpadding]
 * </pre>
 * Only one of the three paddings is used, by alignment ({@code >}, {@code =}, {@code <},
 * {@code ^} split). With fill {@code 0} and alignment {@code =} the zeros go inside the digits,
 * so that they get thousands separators too: {@code format(1234, '010,')} is {@code '00,001,234'}.
 */
final class NumberLayout {
    private NumberLayout() {}

    /**
     * @param signChar  '-' if the number is negative, else 0
     * @param prefix    "0x" etc. when the alternate form asks for it, else ""
     * @param digits    the integer digits (may be empty: 'c' formatting, inf, nan)
     * @param hasDecimal whether a decimal point follows the digits
     * @param remainder what follows the point (or the digits): fraction, exponent, '%', a char
     */
    static String layout(FormatSpec spec, char signChar, String prefix, String digits, boolean hasDecimal,
                         String remainder) {
        char sign = 0;
        switch (spec.sign()) {
            case '+':
                sign = signChar == '-' ? '-' : '+';
                break;
            case ' ':
                sign = signChar == '-' ? '-' : ' ';
                break;
            default:
                if (signChar == '-') {
                    sign = '-';
                }
        }
        int nSign = sign != 0 ? 1 : 0;
        int nRemainder = remainder.codePointCount(0, remainder.length());
        long nonDigits = nSign + prefix.length() + (hasDecimal ? 1 : 0) + nRemainder;
        long minWidth = spec.fill() == '0' && spec.align() == '=' ? spec.width() - nonDigits : 0;
        String grouped = digits.isEmpty() ? "" : group(digits, minWidth, spec.grouping());
        long padding = spec.width() - (nonDigits + grouped.length());
        long lpad = 0;
        long spad = 0;
        long rpad = 0;
        if (padding > 0) {
            switch (spec.align()) {
                case '<': rpad = padding; break;
                case '^': lpad = padding / 2; rpad = padding - lpad; break;
                case '=': spad = padding; break;
                default: lpad = padding; break;
            }
        }
        long total = lpad + nSign + prefix.length() + spad + grouped.length() + (hasDecimal ? 1 : 0)
                + remainder.length() + rpad;
        StringBuilder out = new StringBuilder(Formatter.checkedLength(total));
        Formatter.fill(out, spec.fill(), lpad);
        if (sign != 0) {
            out.append(sign);
        }
        out.append(prefix);
        Formatter.fill(out, spec.fill(), spad);
        out.append(grouped);
        if (hasDecimal) {
            out.append('.');
        }
        out.append(remainder);
        Formatter.fill(out, spec.fill(), rpad);
        return out.toString();
    }

    /**
     * _PyUnicode_InsertThousandsGrouping: the digits with separators every {@code size} digits
     * from the right, left-padded with zeros (grouped too) up to {@code minWidth} characters.
     */
    static String group(String digits, long minWidth, FormatSpec.Grouping grouping) {
        int size = grouping.size;
        char sep = grouping.separator;
        if (size == 0 && minWidth <= digits.length()) {
            return digits;
        }
        minWidth = Math.max(0, minWidth);
        StringBuilder rev = new StringBuilder(Formatter.checkedLength(Math.max(digits.length() * 2L, minWidth)));
        int remaining = digits.length();
        int digitsPos = digits.length();
        boolean useSeparator = false;
        boolean broken = false;
        if (size > 0) {
            while (true) {
                long len = Math.min(size, Math.max(Math.max(remaining, minWidth), 1));
                int nZeros = (int) Math.max(0, len - remaining);
                int nChars = (int) Math.max(0, Math.min(remaining, len));
                digitsPos = emit(rev, digits, digitsPos, nChars, nZeros, useSeparator ? sep : 0);
                useSeparator = true;
                remaining -= nChars;
                minWidth -= len;
                if (remaining <= 0 && minWidth <= 0) {
                    broken = true;
                    break;
                }
                minWidth -= 1; // the separator's width
            }
        }
        if (!broken) {
            long len = Math.max(Math.max(remaining, minWidth), 1);
            int nZeros = (int) Math.max(0, len - remaining);
            int nChars = (int) Math.max(0, Math.min(remaining, len));
            emit(rev, digits, digitsPos, nChars, nZeros, useSeparator ? sep : 0);
        }
        return rev.reverse().toString();
    }

    /** Appends, right to left: a separator, nChars digits ending at digitsPos, nZeros zeros. */
    private static int emit(StringBuilder rev, String digits, int digitsPos, int nChars, int nZeros, char sep) {
        if (sep != 0) {
            rev.append(sep);
        }
        for (int i = 0; i < nChars; i++) {
            rev.append(digits.charAt(--digitsPos));
        }
        for (int i = 0; i < nZeros; i++) {
            rev.append('0');
        }
        return digitsPos;
    }
}
