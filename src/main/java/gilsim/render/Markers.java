package gilsim.render;

/**
 * Marker shapes for chart series, so that lines differ by shape as well as colour: circle, square,
 * triangle, diamond, triangle down, then again. Each is an SVG path centred on (x, y), about 9 px.
 */
final class Markers {
    private Markers() {}

    static String shape(int index, double x, double y) {
        String cx = Svg.num(x);
        String cy = Svg.num(y);
        return switch (index % 5) {
            case 0 -> "M" + Svg.num(x - 4.5) + " " + cy + "a4.5 4.5 0 1 0 9 0a4.5 4.5 0 1 0-9 0z";
            case 1 -> "M" + Svg.num(x - 4) + " " + Svg.num(y - 4) + "h8v8h-8z";
            case 2 -> "M" + cx + " " + Svg.num(y - 5.5) + "l5 9h-10z";
            case 3 -> "M" + cx + " " + Svg.num(y - 5.5) + "l5.5 5.5-5.5 5.5-5.5-5.5z";
            default -> "M" + cx + " " + Svg.num(y + 5.5) + "l5-9h-10z";
        };
    }
}
