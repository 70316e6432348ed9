package gilsim.render;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Text in the charts reads on the chart's own card: WCAG contrast of at least 4.5:1. */
class PaletteTest {
    private static double luminance(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        double[] c = {(rgb >> 16) & 255, (rgb >> 8) & 255, rgb & 255};
        for (int i = 0; i < 3; i++) {
            double v = c[i] / 255;
            c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }

    static double contrast(String a, String b) {
        double x = luminance(a);
        double y = luminance(b);
        return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
    }

    @Test
    void textColoursReadOnTheCard() {
        for (String text : new String[] {Palette.INK, Palette.MUTED, Palette.VERMILLION_TEXT, Palette.PURPLE_TEXT}) {
            double c = contrast(text, Palette.CARD);
            assertTrue(c >= 4.5, text + " on the card: " + c);
        }
    }

    @Test
    void stateLabelsReadOnTheirFills() {
        for (StateStyle s : StateStyle.values()) {
            String behind = s.solid ? s.fill : "#ffffff";
            double c = contrast(s.labelColour(), behind);
            assertTrue(c >= 4.5, s + ": " + c);
        }
    }

    @Test
    void theDataColoursStandOutFromTheCard() {
        for (String colour : new String[] {Palette.BLUE, Palette.VERMILLION, Palette.BLUISH_GREEN, Palette.BLACK}) {
            assertTrue(contrast(colour, Palette.CARD) >= 3, colour);
        }
    }
}
