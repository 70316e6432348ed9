package gilsim.lang.compiler;

import gilsim.lang.ast.Expr;
import gilsim.lang.ast.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * CPython 3.11's AST optimizer rewrites {@code "literal %s %r" % (a, b)} into an f-string when
 * every conversion is a simple {@code %s}, {@code %r} or {@code %a} (optimize_format in
 * Python/ast_opt.c): no args tuple is built, which shows in reference counts. Anything else
 * (other conversions, {@code *}-widths, too few or too many items) is left as a BINARY_OP.
 */
final class PercentFormat {
    private static final int MAX_DIGITS = 3;
    /**
     * CPython gives the literal pieces and format specs no position (-1), so their LOAD_CONST
     * takes the line of the instruction before it; a span on line -1 does the same here.
     */
    private static final Span NO_POSITION = new Span(-1, -1, -1, -1);

    private PercentFormat() {
    }

    /** The JoinedStr replacing {@code fmt % (items)}, or null to keep the expression. */
    static Expr optimize(String fmt, List<Expr> items, Span span) {
        int[] cps = fmt.codePoints().toArray();
        List<Expr> parts = new ArrayList<>();
        int pos = 0;
        int count = 0;
        while (true) {
            int start = pos;
            StringBuilder literal = new StringBuilder();
            while (pos < cps.length) {
                if (cps[pos] != '%') {
                    literal.appendCodePoint(cps[pos++]);
                } else if (pos + 1 < cps.length && cps[pos + 1] == '%') {
                    literal.append('%');
                    pos += 2;
                } else {
                    break;
                }
            }
            if (pos != start) {
                parts.add(new Expr.Constant(literal.toString(), NO_POSITION));
            }
            if (pos >= cps.length) {
                break;
            }
            if (count >= items.size()) {
                return null; // more format units than items
            }
            pos++; // the '%'
            int[] state = parseSpec(cps, pos);
            if (state == null) {
                return null;
            }
            pos = state[0];
            Expr field = field(items.get(count++), state[1], state[2], state[3], state[4]);
            if (field == null) {
                return null;
            }
            parts.add(field);
        }
        if (count < items.size()) {
            return null; // more items than format units
        }
        return new Expr.JoinedStr(parts, span);
    }

    /** simple_format_arg_parse: {pos after spec, spec char, left-justify, width, precision}. */
    private static int[] parseSpec(int[] cps, int pos) {
        boolean ljust = false;
        int ch;
        while (true) {
            if (pos >= cps.length) {
                return null;
            }
            ch = cps[pos++];
            if (ch == '-') {
                ljust = true;
            } else if (ch != '+' && ch != ' ' && ch != '#' && ch != '0' && ch != 'z') {
                break;
            }
        }
        int width = -1;
        int prec = -1;
        if (ch >= '0' && ch <= '9') {
            width = 0;
            int digits = 0;
            while (ch >= '0' && ch <= '9') {
                width = width * 10 + (ch - '0');
                if (pos >= cps.length) {
                    return null;
                }
                ch = cps[pos++];
                if (++digits >= MAX_DIGITS) {
                    return null;
                }
            }
        }
        if (ch == '.') {
            if (pos >= cps.length) {
                return null;
            }
            ch = cps[pos++];
            prec = 0;
            int digits = 0;
            while (ch >= '0' && ch <= '9') {
                prec = prec * 10 + (ch - '0');
                if (pos >= cps.length) {
                    return null;
                }
                ch = cps[pos++];
                if (++digits >= MAX_DIGITS) {
                    return null;
                }
            }
        }
        return new int[] {pos, ch, ljust ? 1 : 0, width, prec};
    }

    private static Expr field(Expr arg, int spec, int ljust, int width, int prec) {
        if (spec != 's' && spec != 'r' && spec != 'a') {
            return null;
        }
        StringBuilder fs = new StringBuilder();
        if (ljust == 0 && width > 0) {
            fs.append('>');
        }
        if (width >= 0) {
            fs.append(width);
        }
        if (prec >= 0) {
            fs.append('.').append(prec);
        }
        Expr formatSpec = fs.length() == 0 ? null : new Expr.Constant(fs.toString(), NO_POSITION);
        return new Expr.FormattedValue(arg, spec, formatSpec, arg.span());
    }
}
