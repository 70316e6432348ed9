package gilsim.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A time axis from 0 to the run's end: ticks at 1, 2 or 5 times a power of ten, labelled in the
 * one unit that suits the span ("0 ms", "4 ms", … or "0 µs", "250 µs", …), so a learner reads
 * simulated time at a glance. Shared by every chart of a report, so their x positions line up.
 */
final class TimeAxis {
    final long endNs;
    final double left;
    final double width;
    final long stepNs;
    final Units.TimeUnit unit;

    /** @param endNs the run's end (at least 1 ns); @param left and @param width the plot area in px */
    TimeAxis(long endNs, double left, double width) {
        this.endNs = Math.max(1, endNs);
        this.left = left;
        this.width = width;
        this.stepNs = niceStep(this.endNs, Math.max(2, (int) (width / 90)));
        this.unit = Units.TimeUnit.forSpan(Math.max(this.endNs, stepNs));
    }

    double x(double ns) {
        return left + width * Math.min(Math.max(ns, 0), endNs) / endNs;
    }

    List<Long> ticks() {
        List<Long> ticks = new ArrayList<>();
        for (long t = 0; t <= endNs; t += stepNs) ticks.add(t);
        return ticks;
    }

    String label(long ns) {
        if (ns == 0) return "0 " + unit.symbol();
        double v = ns / (double) unit.ns();
        int decimals = Math.max(0, (int) Math.ceil(-Math.log10(stepNs / (double) unit.ns()) - 1e-9));
        return String.format(Locale.ROOT, "%." + decimals + "f", v) + " " + unit.symbol();
    }

    /** Draws the axis line, ticks, labels and light grid lines from {@code top} down to {@code bottom}. */
    void draw(Svg svg, double top, double bottom) {
        StringBuilder grid = new StringBuilder();
        StringBuilder ticks = new StringBuilder("M").append(Svg.num(left)).append(' ').append(Svg.num(bottom))
                .append('H').append(Svg.num(left + width));
        for (long t : ticks()) {
            String x = Svg.num(x(t));
            grid.append('M').append(x).append(' ').append(Svg.num(top)).append('V').append(Svg.num(bottom));
            ticks.append('M').append(x).append(' ').append(Svg.num(bottom)).append("v4");
        }
        svg.path(grid.toString(), "stroke=\"" + Palette.GRID + "\"");
        svg.path(ticks.toString(), "stroke=\"" + Palette.AXIS + "\"");
        svg.group("fill=\"" + Palette.MUTED + "\" font-size=\"12\" text-anchor=\"middle\"");
        for (long t : ticks()) svg.text(x(t), bottom + 17, label(t), null, null, "");
        svg.endGroup();
    }

    /** The smallest 1-2-5 step that cuts {@code span} into at most {@code maxTicks} parts. */
    static long niceStep(double span, int maxTicks) {
        double raw = span / maxTicks;
        double power = Math.pow(10, Math.floor(Math.log10(Math.max(raw, 1))));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * power >= raw) return Math.max(1, Math.round(m * power));
        }
        return Math.max(1, Math.round(10 * power));
    }
}
