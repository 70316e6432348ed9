package gilsim.render;

import java.util.ArrayList;
import java.util.List;

/** Lays out a chart legend's items left to right, wrapping at the card's edge. */
final class Legend {
    /** Room for the swatch or line sample before the words. */
    static final double SAMPLE = 32;

    private Legend() {}

    /** An item's width: the sample, its words (about 7 px a character at 13 px), a gap. */
    static double width(String words) {
        return SAMPLE + words.length() * 7.0 + 18;
    }

    /** An [x, y] (top of the line) for each item; items are [kind, words]. */
    static List<double[]> layout(List<String[]> items, double left, double right, double top, double lineHeight) {
        List<double[]> places = new ArrayList<>();
        double x = left;
        double y = top;
        for (String[] item : items) {
            double w = width(item[1]);
            if (x + w > right && x > left) {
                y += lineHeight;
                x = left;
            }
            places.add(new double[] {x, y});
            x += w;
        }
        return places;
    }
}
