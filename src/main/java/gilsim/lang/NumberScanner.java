package gilsim.lang;

import java.math.BigInteger;

/**
 * Numeric literals, transcribed from the number branch of CPython 3.11's tok_get() so that the
 * same inputs fail with the same messages at the same columns ("invalid decimal literal",
 * "invalid digit '8' in octal literal", "leading zeros in decimal integer literals are not
 * permitted; ..."). The cursor {@code cur} plays the role of tok->cur: {@link #next()} is
 * tok_nextc() and {@link #backup()} is tok_backup().
 *
 * <p>Values: an int is a {@link Long} when it fits, else a {@link BigInteger}; a float is a
 * {@link Double} (Java's parseDouble rounds correctly, as CPython's strtod); an imaginary
 * literal becomes an IMAGINARY token, which the parser reports as outside the subset.
 */
final class NumberScanner {

    record Scanned(TokenKind kind, Object value, int end) {
    }

    private final SourceText src;
    private final int start;
    private final Lexer lexer;
    private int cur;

    NumberScanner(SourceText src, int start, Lexer lexer) {
        this.src = src;
        this.start = start;
        this.lexer = lexer;
        this.cur = start;
    }

    private int next() {
        return src.at(cur++);
    }

    private void backup() {
        cur--;
    }

    Scanned scan() {
        int c = next();
        if (c == '.') return fraction(next());
        if (c == '0') {
            c = next();
            if (c == 'x' || c == 'X') return radix(16, "hexadecimal");
            if (c == 'o' || c == 'O') return radix(8, "octal");
            if (c == 'b' || c == 'B') return radix(2, "binary");
            return leadingZero(c);
        }
        c = decimalTail();
        if (c == '.') return fraction(next());
        if (c == 'e' || c == 'E') return exponent(c);
        if (c == 'j' || c == 'J') return imaginary();
        endOfNumber(c, "decimal");
        backup();
        return integer();
    }

    /** After "0": zeros, then maybe a float; nonzero digits here would be old-style octal. */
    private Scanned leadingZero(int c) {
        while (true) {
            if (c == '_') {
                c = next();
                if (!Lexer.isDigit(c)) {
                    backup();
                    throw lexer.syntaxError("invalid decimal literal", cur, null);
                }
            }
            if (c != '0') break;
            c = next();
        }
        int zerosEnd = cur;
        boolean nonzero = false;
        if (Lexer.isDigit(c)) {
            nonzero = true;
            backup();
            c = decimalTail();
        }
        if (c == '.') return fraction(next());
        if (c == 'e' || c == 'E') return exponent(c);
        if (c == 'j' || c == 'J') return imaginary();
        if (nonzero) {
            throw lexer.syntaxErrorRange("leading zeros in decimal integer literals are not "
                    + "permitted; use an 0o prefix for octal integers", start, zerosEnd);
        }
        endOfNumber(c, "decimal");
        backup();
        return integer();
    }

    private Scanned radix(int radix, String kind) {
        int c = next();
        do {
            if (c == '_') c = next();
            if (!isDigitOf(c, radix)) {
                if (radix != 16 && Lexer.isDigit(c)) {
                    throw lexer.syntaxError("invalid digit '" + (char) c + "' in " + kind
                            + " literal", cur, null);
                }
                backup();
                throw lexer.syntaxError("invalid " + kind + " literal", cur, null);
            }
            do {
                c = next();
            } while (isDigitOf(c, radix));
        } while (c == '_');
        if (radix != 16 && Lexer.isDigit(c)) {
            throw lexer.syntaxError("invalid digit '" + (char) c + "' in " + kind + " literal",
                    cur, null);
        }
        endOfNumber(c, kind);
        backup();
        String digits = src.text(start + 2, cur).replace("_", "");
        return new Scanned(TokenKind.INT, normalise(new BigInteger(digits, radix)), cur);
    }

    /** tok_decimal_tail: digits with single underscores between them; returns the next char. */
    private int decimalTail() {
        while (true) {
            int c;
            do {
                c = next();
            } while (Lexer.isDigit(c));
            if (c != '_') return c;
            c = next();
            if (!Lexer.isDigit(c)) {
                backup();
                throw lexer.syntaxError("invalid decimal literal", cur, null);
            }
        }
    }

    /** Called with the character after the '.'. */
    private Scanned fraction(int c) {
        if (Lexer.isDigit(c)) {
            backup();
            c = decimalTail();
        }
        if (c == 'e' || c == 'E') return exponent(c);
        if (c == 'j' || c == 'J') return imaginary();
        endOfNumber(c, "decimal");
        backup();
        return floating();
    }

    private Scanned exponent(int e) {
        int c = next();
        if (c == '+' || c == '-') {
            c = next();
            if (!Lexer.isDigit(c)) {
                backup();
                throw lexer.syntaxError("invalid decimal literal", cur, null);
            }
        } else if (!Lexer.isDigit(c)) {
            // "1e" followed by a name: the 'e' starts the next token ("1else" is 1 else).
            backup();
            endOfNumber(e, "decimal");
            backup();
            return floatingOrInt();
        }
        backup();
        c = decimalTail();
        if (c == 'j' || c == 'J') return imaginary();
        endOfNumber(c, "decimal");
        backup();
        return floating();
    }

    private Scanned imaginary() {
        int c = next();
        endOfNumber(c, "imaginary");
        backup();
        return new Scanned(TokenKind.IMAGINARY, null, cur);
    }

    /**
     * CPython's verify_end_of_number: a literal followed directly by a letter is an error,
     * except before the keywords that can follow a number in valid code ("1if x else 2"), which
     * CPython 3.11 accepts with a DeprecationWarning.
     */
    private void endOfNumber(int c, String kind) {
        boolean keywordFollows = switch (c) {
            case 'a' -> lookahead("nd");
            case 'e' -> lookahead("lse");
            case 'f' -> lookahead("or");
            case 'i' -> src.at(cur) == 'f' || src.at(cur) == 'n' || src.at(cur) == 's';
            case 'o' -> lookahead("r");
            case 'n' -> lookahead("ot");
            default -> false;
        };
        if (!keywordFollows && c != -1 && Lexer.isIdentifierChar(c)) {
            backup();
            throw lexer.syntaxError("invalid " + kind + " literal", cur, null);
        }
    }

    private boolean lookahead(String rest) {
        for (int i = 0; i < rest.length(); i++) {
            if (src.at(cur + i) != rest.charAt(i)) return false;
        }
        return true;
    }

    private Scanned integer() {
        String digits = src.text(start, cur).replace("_", "");
        Object value = digits.length() <= 18 ? (Object) Long.parseLong(digits)
                : normalise(new BigInteger(digits));
        return new Scanned(TokenKind.INT, value, cur);
    }

    private Scanned floating() {
        double d = Double.parseDouble(src.text(start, cur).replace("_", ""));
        return new Scanned(TokenKind.FLOAT, d, cur);
    }

    private Scanned floatingOrInt() {
        String text = src.text(start, cur);
        return text.contains(".") ? floating() : integer();
    }

    /** Long when it fits, else BigInteger: the one int representation of the AST. */
    static Object normalise(BigInteger v) {
        return v.bitLength() < 64 ? (Object) v.longValue() : v;
    }

    private static boolean isDigitOf(int c, int radix) {
        if (radix == 16) {
            return Lexer.isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
        }
        return c >= '0' && c < '0' + radix;
    }
}
