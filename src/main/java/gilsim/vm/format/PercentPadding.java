package gilsim.vm.format;

import static gilsim.vm.format.PercentFormat.F_ALT;
import static gilsim.vm.format.PercentFormat.F_BLANK;
import static gilsim.vm.format.PercentFormat.F_LJUST;
import static gilsim.vm.format.PercentFormat.F_SIGN;
import static gilsim.vm.format.PercentFormat.F_ZERO;

/**
 * The field layout of one {@code %} conversion (unicode_format_arg_output): the sign goes before
 * zero padding and after space padding, so do the {@code 0x}/{@code 0o} prefixes of the
 * alternate form; {@code -} pads on the right, always with spaces.
 */
final class PercentPadding {
    private PercentPadding() {}

    /**
     * Writes {@code str}, the text of conversion {@code ch}, with its sign (if {@code sign}: a
     * number), alternate prefix, padding to {@code width} and, for s/r/a, truncation to
     * {@code prec}.
     */
    static void write(StringBuilder out, String str, int ch, int flags, long width, int prec, boolean sign) {
        int fill = ' ';
        if (sign && (flags & F_ZERO) != 0) {
            fill = '0';
        }
        int len = str.codePointCount(0, str.length());
        if ((width == -1 || width <= len) && (prec == -1 || prec >= len) && (flags & (F_SIGN | F_BLANK)) == 0) {
            out.append(str);
            return;
        }
        if ((ch == 's' || ch == 'r' || ch == 'a') && prec >= 0 && len > prec) {
            len = prec;
        }
        int pindex = 0; // in code points
        int signchar = 0;
        if (sign) {
            int c = str.isEmpty() ? 0 : str.codePointAt(0);
            if (c == '-' || c == '+') {
                signchar = c;
                len--;
                pindex++;
            } else if ((flags & F_SIGN) != 0) {
                signchar = '+';
            } else if ((flags & F_BLANK) != 0) {
                signchar = ' ';
            } else {
                sign = false;
            }
        }
        if (width < len) {
            width = len;
        }
        out.ensureCapacity(out.length() + Formatter.checkedLength(width + 1));
        if (sign) {
            if (fill != ' ') {
                out.appendCodePoint(signchar);
            }
            if (width > len) {
                width--;
            }
        }
        boolean altPrefix = (flags & F_ALT) != 0 && (ch == 'x' || ch == 'X' || ch == 'o');
        if (altPrefix) {
            if (fill != ' ') {
                out.append('0').appendCodePoint(ch);
                pindex += 2;
            }
            width -= 2;
            if (width < 0) {
                width = 0;
            }
            len -= 2;
        }
        if (width > len && (flags & F_LJUST) == 0) {
            Formatter.fill(out, fill, width - len);
            width = len;
        }
        if (fill == ' ') {
            if (sign) {
                out.appendCodePoint(signchar);
            }
            if (altPrefix) {
                out.append('0').appendCodePoint(ch);
                pindex += 2;
            }
        }
        if (len > 0) {
            int from = str.offsetByCodePoints(0, pindex);
            out.append(str, from, str.offsetByCodePoints(from, len));
        }
        if (width > len) {
            Formatter.fill(out, ' ', width - len);
        }
    }
}
