package gilsim.lang;

/**
 * The undecoded inside of a string literal token (between the quotes), for the parser to decode
 * (escapes) or split (f-string fields). {@code prefix} is as written ("", "r", "Rb", "f", ...);
 * {@code line}/{@code column} locate the body's first character in the cell.
 */
public record StringBody(String prefix, String body, int line, int column) {

    public boolean isRaw() {
        return prefix.indexOf('r') >= 0 || prefix.indexOf('R') >= 0;
    }

    public boolean isBytes() {
        return prefix.indexOf('b') >= 0 || prefix.indexOf('B') >= 0;
    }

    public boolean isFString() {
        return prefix.indexOf('f') >= 0 || prefix.indexOf('F') >= 0;
    }
}
