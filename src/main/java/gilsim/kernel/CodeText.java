package gilsim.kernel;

/**
 * Positions in Jupyter messages count Unicode code points (DESIGN §7); Java strings count
 * UTF-16 units. These helpers convert at the edge so the rest of the kernel can use indexes.
 */
final class CodeText {
    private CodeText() {}

    /** The UTF-16 index of code point {@code cursor}, clamped to the string. */
    static int toIndex(String text, int cursor) {
        int points = text.codePointCount(0, text.length());
        return text.offsetByCodePoints(0, Math.max(0, Math.min(cursor, points)));
    }

    /** The code-point position of UTF-16 index {@code index}. */
    static int toCursor(String text, int index) {
        return text.codePointCount(0, Math.max(0, Math.min(index, text.length())));
    }

    /**
     * The identifier-like word around the cursor, with a leading {@code %} or {@code %%} and
     * dotted parts kept ({@code %gil}, {@code shared.append}); empty when there is none.
     */
    static String wordAt(String text, int cursor) {
        int index = toIndex(text, cursor);
        int start = index;
        while (start > 0 && isWordChar(text.charAt(start - 1))) start--;
        while (start > 0 && text.charAt(start - 1) == '%') start--;
        int end = index;
        while (end < text.length() && isWordChar(text.charAt(end))) end++;
        return text.substring(start, end).replaceAll("[?]+$", "");
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '.';
    }
}
