package gilsim.render;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A small SVG writer for the report's charts, and the wrapper that carries a chart into HTML.
 *
 * <p>Why an {@code <img>} with a {@code data:} URL and not inline {@code <svg>}: JupyterLab and
 * Notebook 7 sanitize the HTML of untrusted notebooks; their allow-list removes {@code <svg>} and
 * lets the text inside it leak into the page as loose words, but keeps {@code <img>} with a
 * {@code data:} source (DESIGN.md §6). An image cannot see the page's CSS, so every chart carries
 * its own background and one palette that reads on light and dark pages ({@link Palette}).
 *
 * <p>Coordinates are written with at most one decimal: the charts are a few hundred pixels wide,
 * and every byte counts against the report's size bound.
 */
final class Svg {
    static final String FONT = "DejaVu Sans, Helvetica, Arial, sans-serif";

    private final StringBuilder out = new StringBuilder(8192);
    private final int width;
    private final int height;

    Svg(int width, int height) {
        this.width = width;
        this.height = height;
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"")
                .append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" font-family=\"").append(FONT).append("\" font-size=\"13\" fill=\"").append(Palette.INK)
                .append("\">");
    }

    int width() { return width; }

    int height() { return height; }

    /** The card every chart sits on: its own background, so it reads on light and dark pages. */
    Svg card() {
        out.append("<rect x=\"0.5\" y=\"0.5\" width=\"").append(width - 1).append("\" height=\"").append(height - 1)
                .append("\" rx=\"6\" fill=\"").append(Palette.CARD).append("\" stroke=\"").append(Palette.CARD_EDGE)
                .append("\"/>");
        return this;
    }

    /** Raw markup (definitions, groups); callers pass only what they built with this class's helpers. */
    Svg raw(String markup) {
        out.append(markup);
        return this;
    }

    Svg rect(double x, double y, double w, double h, String fill) {
        out.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" width=\"").append(num(w))
                .append("\" height=\"").append(num(h)).append("\" fill=\"").append(fill).append("\"/>");
        return this;
    }

    Svg line(double x1, double y1, double x2, double y2, String stroke, double strokeWidth, String dash) {
        out.append("<line x1=\"").append(num(x1)).append("\" y1=\"").append(num(y1)).append("\" x2=\"")
                .append(num(x2)).append("\" y2=\"").append(num(y2)).append("\" stroke=\"").append(stroke)
                .append("\" stroke-width=\"").append(num(strokeWidth)).append('"');
        if (dash != null) out.append(" stroke-dasharray=\"").append(dash).append('"');
        out.append("/>");
        return this;
    }

    /** A path; {@code attributes} are extra attributes written as they are (fill, stroke, dashes). */
    Svg path(String d, String attributes) {
        if (d.isEmpty()) return this;
        out.append("<path d=\"").append(d).append("\" ").append(attributes).append("/>");
        return this;
    }

    /**
     * Text; {@code anchor} is start, middle or end (null: inherited); {@code fill} null for the
     * inherited colour ({@link Palette#INK} unless a group says otherwise); {@code extra} more
     * attributes or "".
     */
    Svg text(double x, double y, String text, String anchor, String fill, String extra) {
        out.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y)).append('"');
        if (anchor != null && !anchor.equals("start")) out.append(" text-anchor=\"").append(anchor).append('"');
        if (fill != null) out.append(" fill=\"").append(fill).append('"');
        if (!extra.isEmpty()) out.append(' ').append(extra);
        out.append('>').append(Html.esc(text)).append("</text>");
        return this;
    }

    /** Opens a group whose attributes its children inherit (shared fill, font size, anchor). */
    Svg group(String attributes) {
        out.append("<g ").append(attributes).append('>');
        return this;
    }

    Svg endGroup() {
        out.append("</g>");
        return this;
    }

    /** The finished document. */
    String document() {
        return out + "</svg>";
    }

    /**
     * The chart as an {@code <img>}: base64 {@code data:} URL, intrinsic size, scaled down on
     * narrow outputs, and {@code alt} words saying what the chart shows for screen readers and for
     * anyone whose client cannot show it.
     */
    String img(String alt) {
        String base64 = Base64.getEncoder().encodeToString(document().getBytes(StandardCharsets.UTF_8));
        return "<img src=\"data:image/svg+xml;base64," + base64 + "\" width=\"" + width + "\" height=\"" + height
                + "\" alt=\"" + Html.esc(alt) + "\" style=\"max-width:100%;height:auto;display:block;margin:4px 0\"/>";
    }

    /** A coordinate with at most one decimal, without a trailing ".0". */
    static String num(double v) {
        long tenths = Math.round(v * 10);
        long abs = Math.abs(tenths);
        String sign = tenths < 0 ? "-" : "";
        if (abs % 10 == 0) return sign + abs / 10;
        return sign + abs / 10 + "." + abs % 10;
    }
}
