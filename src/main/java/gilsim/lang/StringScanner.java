package gilsim.lang;

import java.util.Set;

/**
 * Finds where a string literal ends: single or triple quotes, a backslash escaping the next
 * character (a quote or a line break). Decoding the body (escapes, f-string fields) is left to
 * the parser ({@link StringDecoder}, {@link FStringParser}), because CPython reports those errors
 * at the parser's position, not the tokenizer's.
 */
final class StringScanner {

    /** Every prefix CPython 3.11 accepts, lower-cased (u is a no-op kept for Python 2 code). */
    private static final Set<String> PREFIXES =
            Set.of("r", "u", "b", "br", "rb", "f", "fr", "rf");

    private final SourceText src;
    private final Lexer lexer;

    StringScanner(SourceText src, Lexer lexer) {
        this.src = src;
        this.lexer = lexer;
    }

    static boolean isPrefix(String word) {
        return PREFIXES.contains(word.toLowerCase());
    }

    /** 3 for a triple quote at {@code quotePos}, else 1. */
    static int quoteLength(SourceText src, int quotePos) {
        int q = src.at(quotePos);
        return src.at(quotePos + 1) == q && src.at(quotePos + 2) == q ? 3 : 1;
    }

    /**
     * Returns the index of the closing quote(s) of the literal whose opening quote is at
     * {@code quotePos}; {@code tokenStart} (the prefix, if any) is where CPython reports an
     * unterminated literal.
     */
    int scanToClosingQuote(int quotePos, int tokenStart, int startLine) {
        int q = src.at(quotePos);
        int quotes = quoteLength(src, quotePos);
        int line = startLine;
        int i = quotePos + quotes;
        while (true) {
            int c = src.at(i);
            if (c == -1 || (quotes == 1 && c == '\n')) {
                String what = quotes == 3 ? "unterminated triple-quoted string literal"
                        : "unterminated string literal";
                int detected = quotes == 3 ? src.endPos().line() : line;
                throw lexer.syntaxError(what + " (detected at line " + detected + ")",
                        tokenStart + 1, null);
            }
            if (c == q && (quotes == 1 || (src.at(i + 1) == q && src.at(i + 2) == q))) return i;
            if (c == '\\') {
                if (src.at(i + 1) == '\n') line++;
                if (src.at(i + 1) != -1) i++;
            } else if (c == '\n') {
                line++;
            }
            i++;
        }
    }
}
