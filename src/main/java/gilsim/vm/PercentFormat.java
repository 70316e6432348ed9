package gilsim.vm;

import gilsim.vm.format.FloatFormat;
import gilsim.vm.format.FormatError;

/**
 * {@code str % args} (PyUnicode_Format in Objects/unicodeobject.c): {@code %[(key)][flags]
 * [width][.precision]type} with flags {@code - + space # 0}, {@code *} widths, the conversions
 * s r a d i u o x X e E f F g G c %, and CPython's error messages.
 */
final class PercentFormat {
    private PercentFormat() {}

    static String format(Vm vm, String fmt, PyObject args) {
        PyObject[] items;
        PyDict mapping = null;
        boolean tuple = args instanceof PyTuple;
        if (tuple) {
            items = ((PyTuple) args).items;
        } else {
            items = new PyObject[] {args};
            if (args instanceof PyDict d) mapping = d;
        }
        int argIndex = 0;
        boolean usedMapping = false;
        StringBuilder out = new StringBuilder();
        int n = fmt.length();
        int i = 0;
        while (i < n) {
            char c = fmt.charAt(i);
            if (c != '%') {
                out.append(c);
                i++;
                continue;
            }
            int start = i;
            i++;
            if (i >= n) throw Errors.value("incomplete format");
            PyObject keyed = null;
            if (fmt.charAt(i) == '(') {
                if (mapping == null) throw Errors.type("format requires a mapping");
                int depth = 1;
                int j = i + 1;
                while (j < n && depth > 0) {
                    if (fmt.charAt(j) == '(') depth++;
                    else if (fmt.charAt(j) == ')') depth--;
                    if (depth > 0) j++;
                }
                if (j >= n) throw Errors.value("incomplete format key");
                PyStr key = new PyStr(fmt.substring(i + 1, j));
                try {
                    keyed = Items.getItem(vm, mapping, key);
                } finally {
                    vm.heap.decref(key);
                }
                vm.heap.decref(keyed);
                usedMapping = true;
                i = j + 1;
            }
            boolean left = false;
            boolean plus = false;
            boolean space = false;
            boolean alt = false;
            boolean zero = false;
            while (i < n) {
                char f = fmt.charAt(i);
                if (f == '-') left = true;
                else if (f == '+') plus = true;
                else if (f == ' ') space = true;
                else if (f == '#') alt = true;
                else if (f == '0') zero = true;
                else break;
                i++;
            }
            int width = -1;
            if (i < n && fmt.charAt(i) == '*') {
                if (argIndex >= items.length) throw Errors.type("not enough arguments for format string");
                width = (int) ArgParser.toLong(items[argIndex++], "width");
                if (width < 0) {
                    left = true;
                    width = -width;
                }
                i++;
            } else {
                int w = 0;
                boolean any = false;
                while (i < n && Character.isDigit(fmt.charAt(i))) {
                    w = w * 10 + (fmt.charAt(i) - '0');
                    any = true;
                    i++;
                }
                if (any) width = w;
            }
            int prec = -1;
            if (i < n && fmt.charAt(i) == '.') {
                i++;
                if (i < n && fmt.charAt(i) == '*') {
                    if (argIndex >= items.length) throw Errors.type("not enough arguments for format string");
                    prec = (int) ArgParser.toLong(items[argIndex++], "precision");
                    i++;
                } else {
                    int p = 0;
                    while (i < n && Character.isDigit(fmt.charAt(i))) {
                        p = p * 10 + (fmt.charAt(i) - '0');
                        i++;
                    }
                    prec = p;
                }
            }
            while (i < n && (fmt.charAt(i) == 'h' || fmt.charAt(i) == 'l' || fmt.charAt(i) == 'L')) i++;
            if (i >= n) throw Errors.value("incomplete format");
            char conv = fmt.charAt(i++);
            if (conv == '%') {
                out.append('%');
                continue;
            }
            PyObject arg;
            if (keyed != null) {
                arg = keyed;
            } else {
                if (argIndex >= items.length) throw Errors.type("not enough arguments for format string");
                arg = items[argIndex++];
            }
            String body;
            boolean numeric = false;
            switch (conv) {
                case 's': body = Repr.str(vm, arg); if (prec >= 0) body = cut(body, prec); break;
                case 'r': body = Repr.repr(vm, arg); if (prec >= 0) body = cut(body, prec); break;
                case 'a': body = Strings.ascii(Repr.repr(vm, arg)); if (prec >= 0) body = cut(body, prec); break;
                case 'd': case 'i': case 'u': case 'o': case 'x': case 'X':
                    body = integer(vm, arg, conv, prec, alt, plus, space);
                    numeric = true;
                    break;
                case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
                    double v = realArg(vm, arg);
                    int flags = (alt ? FloatFormat.ALT : 0) | (plus ? FloatFormat.SIGN : 0);
                    try {
                        body = FloatFormat.format(v, conv, prec < 0 ? 6 : prec, flags);
                    } catch (FormatError e) {
                        throw Formatting.toPython(e);
                    }
                    if (space && !plus && !body.startsWith("-")) body = " " + body;
                    numeric = true;
                    break;
                }
                case 'c':
                    if (arg instanceof PyStr s && s.length() == 1) {
                        body = s.value;
                    } else if (arg instanceof PyInt ci) {
                        long cp = ci.big != null ? -1 : ci.value;
                        if (cp < 0 || cp > 0x10FFFF) throw Errors.overflow("%c arg not in range(0x110000)");
                        body = new String(Character.toChars((int) cp));
                    } else {
                        throw Errors.type("%c requires int or char");
                    }
                    break;
                default:
                    throw Errors.value("unsupported format character '" + conv + "' (0x" + Integer.toHexString(conv)
                            + ") at index " + (i - 1));
            }
            out.append(pad(body, width, left, zero && numeric && !left));
            if (start < 0) break;
        }
        if (!usedMapping && argIndex < items.length && (tuple || mapping == null)) {
            throw Errors.type("not all arguments converted during string formatting");
        }
        return out.toString();
    }

    private static String cut(String s, int prec) {
        PyStr p = new PyStr(s);
        Heap.allocations--;
        return p.length() <= prec ? s : p.substring(0, prec);
    }

    private static double realArg(Vm vm, PyObject arg) {
        if (arg instanceof PyFloat f) return f.value;
        if (arg instanceof PyInt i) return IntMath.toDouble(i);
        throw Errors.type("must be real number, not " + arg.type().name);
    }

    private static String integer(Vm vm, PyObject arg, char conv, int prec, boolean alt, boolean plus, boolean space) {
        java.math.BigInteger v;
        if (arg instanceof PyInt i) {
            v = i.toBig();
        } else if (arg instanceof PyFloat f && (conv == 'd' || conv == 'i' || conv == 'u')) {
            v = Constructors.floatToInt(f.value).toBig();
        } else if (conv == 'd' || conv == 'i' || conv == 'u') {
            throw Errors.type("%" + conv + " format: a real number is required, not " + arg.type().name);
        } else {
            throw Errors.type("%" + conv + " format: an integer is required, not " + arg.type().name);
        }
        int radix = conv == 'o' ? 8 : (conv == 'x' || conv == 'X') ? 16 : 10;
        String digits = v.abs().toString(radix);
        if (conv == 'X') digits = digits.toUpperCase();
        if (prec > digits.length()) digits = "0".repeat(prec - digits.length()) + digits;
        String prefix = "";
        if (alt && conv == 'o') prefix = "0o";
        else if (alt && conv == 'x') prefix = "0x";
        else if (alt && conv == 'X') prefix = "0X";
        String sign = v.signum() < 0 ? "-" : plus ? "+" : space ? " " : "";
        return sign + prefix + digits;
    }

    /** Width padding; zero padding goes after the sign and prefix. */
    private static String pad(String body, int width, boolean left, boolean zero) {
        int len = body.codePointCount(0, body.length());
        if (width <= len) return body;
        int fill = width - len;
        if (left) return body + " ".repeat(fill);
        if (zero) {
            int k = 0;
            if (k < body.length() && (body.charAt(k) == '-' || body.charAt(k) == '+' || body.charAt(k) == ' ')) k++;
            if (body.startsWith("0x", k) || body.startsWith("0X", k) || body.startsWith("0o", k)) k += 2;
            String rest = body.substring(k);
            if (rest.equals("inf") || rest.equals("nan") || rest.equals("INF") || rest.equals("NAN")) {
                return " ".repeat(fill) + body;
            }
            return body.substring(0, k) + "0".repeat(fill) + rest;
        }
        return " ".repeat(fill) + body;
    }
}
