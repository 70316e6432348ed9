package gilsim.lang;

import java.text.Normalizer;

/**
 * Identifiers as CPython's tokenizer reads them: any run of ASCII letters, digits, '_' and
 * non-ASCII characters is scanned first, then checked against Unicode's XID_Start/XID_Continue
 * (PEP 3131) and normalised with NFKC, so that "ﬁle" and "file" are the same name.
 */
final class Identifiers {

    private Identifiers() {
    }

    /** The end of the identifier-like run starting at {@code pos}. */
    static int scan(SourceText src, int pos) {
        while (Lexer.isIdentifierChar(src.at(pos))) pos++;
        return pos;
    }

    /** Returns the NFKC form of {@code word}, or throws CPython's "invalid character" error. */
    static String verify(String word, int start, Lexer lexer) {
        boolean ascii = true;
        for (int i = 0; i < word.length() && ascii; i++) ascii = word.charAt(i) < 128;
        if (ascii) return word;
        int[] cps = word.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            int c = cps[i];
            boolean ok = i == 0 ? isStart(c) : isContinue(c);
            if (!ok) invalidCharacter(c, start + i, lexer);
        }
        return Normalizer.normalize(word, Normalizer.Form.NFKC);
    }

    private static boolean isStart(int c) {
        return c == '_' || (Character.isUnicodeIdentifierStart(c)
                && !Character.isIdentifierIgnorable(c));
    }

    private static boolean isContinue(int c) {
        return Character.isUnicodeIdentifierPart(c) && !Character.isIdentifierIgnorable(c);
    }

    /** Throws "invalid character '€' (U+20AC)" for the character at absolute index {@code at}. */
    static void invalidCharacter(int c, int at, Lexer lexer) {
        String hex = String.format("%04X", c);
        String msg = isPrintable(c)
                ? "invalid character '" + new String(Character.toChars(c)) + "' (U+" + hex + ")"
                : "invalid non-printable character U+" + hex;
        throw lexer.syntaxError(msg, at + 1, null);
    }

    /** Python's str.isprintable() for one character. */
    static boolean isPrintable(int c) {
        if (c == ' ') return true;
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                    Character.UNASSIGNED, Character.LINE_SEPARATOR,
                    Character.PARAGRAPH_SEPARATOR, Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }
}
