package gilsim.vm;

import java.math.BigInteger;

/** int(str, base) and float(str) parsing with Python's rules (whitespace, sign, underscores, prefixes). */
final class IntParse {
    private IntParse() {}

    static PyInt parse(String text, int base) {
        String s = text.strip();
        String orig = text;
        int i = 0;
        boolean neg = false;
        if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            neg = s.charAt(i) == '-';
            i++;
        }
        String body = s.substring(i);
        int b = base;
        String lower = body.toLowerCase();
        if (b == 0) {
            if (lower.startsWith("0x")) {
                b = 16;
                body = body.substring(2);
            } else if (lower.startsWith("0o")) {
                b = 8;
                body = body.substring(2);
            } else if (lower.startsWith("0b")) {
                b = 2;
                body = body.substring(2);
            } else {
                b = 10;
                if (body.length() > 1 && body.replace("_", "").chars().allMatch(c -> c == '0') == false
                        && body.startsWith("0")) {
                    throw invalid(orig, base);
                }
            }
            if (b != 10 && body.startsWith("_")) body = body.substring(1);
        } else if ((b == 16 && lower.startsWith("0x")) || (b == 8 && lower.startsWith("0o")) || (b == 2 && lower.startsWith("0b"))) {
            body = body.substring(2);
            if (body.startsWith("_")) body = body.substring(1);
        }
        if (body.isEmpty() || body.startsWith("_") || body.endsWith("_") || body.contains("__")) throw invalid(orig, base);
        String digits = body.replace("_", "");
        for (int k = 0; k < digits.length(); k++) {
            if (Character.digit(digits.charAt(k), b) < 0) throw invalid(orig, base);
            if (digits.charAt(k) > 127) {
                int d = Character.digit(digits.charAt(k), 10);
                if (d < 0) throw invalid(orig, base);
            }
        }
        if (digits.length() > IntFormat.MAX_STR_DIGITS && b == 10) {
            throw Errors.value("Exceeds the limit (" + IntFormat.MAX_STR_DIGITS + " digits) for integer string conversion: value has "
                    + digits.length() + " digits; use sys.set_int_max_str_digits() to increase the limit");
        }
        BigInteger v = new BigInteger(digits, b);
        return PyInt.of(neg ? v.negate() : v);
    }

    private static PyRaise invalid(String text, int base) {
        return Errors.value("invalid literal for int() with base " + base + ": " + StrRepr.repr(text));
    }

    static double parseFloat(String text) {
        String s = text.strip();
        String l = s.toLowerCase();
        String unsigned = l.startsWith("+") || l.startsWith("-") ? l.substring(1) : l;
        boolean neg = l.startsWith("-");
        if (unsigned.equals("inf") || unsigned.equals("infinity")) return neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        if (unsigned.equals("nan")) return Double.NaN;
        if (s.isEmpty() || s.startsWith("_") || s.endsWith("_") || s.contains("__") || !s.matches("[+-]?[0-9_]*\\.?[0-9_]*([eE][+-]?[0-9_]+)?")
                || !s.matches(".*[0-9].*")) {
            throw Errors.value("could not convert string to float: " + StrRepr.repr(text));
        }
        String clean = s.replace("_", "");
        if (clean.matches("[+-]?\\.?([eE].*)?") || clean.endsWith("e") || clean.endsWith("E")) {
            throw Errors.value("could not convert string to float: " + StrRepr.repr(text));
        }
        try {
            return Double.parseDouble(clean);
        } catch (NumberFormatException e) {
            throw Errors.value("could not convert string to float: " + StrRepr.repr(text));
        }
    }
}
