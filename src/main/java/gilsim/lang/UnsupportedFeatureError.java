package gilsim.lang;

/**
 * Valid Python 3.11 that lies outside gilsim's subset (DESIGN §3), e.g. {@code match} or
 * {@code async def}. The kernel shows it as a NotImplementedError. The message names the
 * construct and the line: "`match` statements are not part of gilsim's Python (line 3)".
 */
public final class UnsupportedFeatureError extends Exception {

    private final String construct;
    private final int line;

    /**
     * {@code construct} as it reads in a sentence, e.g. "`match` statements" (plural) or
     * "`yield from`" (singular).
     */
    public UnsupportedFeatureError(String construct, boolean plural, int line) {
        super(construct + (plural ? " are" : " is") + " not part of gilsim's Python (line "
                + line + ")", null, false, false);
        this.construct = construct;
        this.line = line;
    }

    public String construct() {
        return construct;
    }

    public int line() {
        return line;
    }
}
