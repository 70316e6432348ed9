package gilsim.render;

/**
 * Marker shapes for chart series, so that lines differ by shape as well as colour: circle, square,
 * triangle, diamond, triangle down, plus, hexagon, then again. Each is an SVG path centred on
 * (x, y), about 10 px across.
 */
final class Markers {
    static final int SHAPES = 7;

    private Markers() {}

    static String shape(int index, double x, double y) {
        String cx = Svg.num(x);
        String cy = Svg.num(y);
        return switch (index % SHAPES) {
            case 0 -> "M" + Svg.num(x - 4.5) + " " + cy + "a4.5 4.5 0 1 0 9 0a4.5 4.5 0 1 0-9 0z";
            case 1 -> "M" + Svg.num(x - 4) + " " + Svg.num(y - 4) + "h8v8h-8z";
            case 2 -> "M" + cx + " " + Svg.num(y - 5.5) + "l5 9h-10z";
            case 3 -> "M" + cx + " " + Svg.num(y - 5.5) + "l5.5 5.5-5.5 5.5-5.5-5.5z";
            case 4 -> "M" + cx + " " + Svg.num(y + 5.5) + "l5-9h-10z";
            case 5 -> "M" + Svg.num(x - 1.8) + " " + Svg.num(y - 5.5) + "h3.6v3.7h3.7v3.6h-3.7v3.7h-3.6v-3.7h-3.7v-3.6h3.7z";
            default -> "M" + Svg.num(x - 2.8) + " " + Svg.num(y - 4.8) + "h5.6l2.8 4.8-2.8 4.8h-5.6l-2.8-4.8z";
        };
    }
}
