package gilsim.render;

/**
 * The charts' colours: the Okabe–Ito palette (Okabe and Ito, "Color Universal Design", 2008),
 * which stays distinguishable under the common colour-vision deficiencies, on a light card of the
 * chart's own. The card keeps the colours' contrast the same in JupyterLab's light and dark
 * themes; an image cannot follow the page's theme, so it brings its background along.
 *
 * <p>Colour is never the only cue: thread states also differ by pattern and by the labels written
 * on wide segments, lines by dash and marker, events by shape (× lost update, ▼ hand-off).
 */
final class Palette {
    static final String CARD = "#fbfbf9";
    static final String CARD_EDGE = "#c4c4c4";
    static final String INK = "#1f1f1f";
    static final String MUTED = "#5c5c5c";
    static final String GRID = "#dedede";
    static final String AXIS = "#8a8a8a";

    static final String BLACK = "#000000";
    static final String ORANGE = "#e69f00";
    static final String SKY_BLUE = "#56b4e9";
    static final String BLUISH_GREEN = "#009e73";
    static final String YELLOW = "#f0e442";
    static final String BLUE = "#0072b2";
    static final String VERMILLION = "#d55e00";
    static final String REDDISH_PURPLE = "#cc79a7";

    /** Darker shades of the same hues, for text on the card (contrast at least 4.5:1). */
    static final String VERMILLION_TEXT = "#a33f00";
    static final String PURPLE_TEXT = "#8e3f6c";

    /** Series colours in order of preference (yellow last: weak on a light card). */
    static final String[] SERIES = {BLUE, VERMILLION, BLUISH_GREEN, REDDISH_PURPLE, ORANGE, SKY_BLUE, BLACK, YELLOW};

    private Palette() {}
}
