package gilsim.render;

import gilsim.sim.Crash;
import gilsim.sim.WatchData;

import java.util.ArrayList;
import java.util.List;

/**
 * A watched object's reference count over the run: the stored count (what the interpreter reads,
 * solid) and the true count (references that exist, dashed) as step lines, the stored count's
 * range inside each aggregated moment as a light band, × where updates were lost, and vertical
 * lines where the object was freed and where a thread used it afterwards. Shares the timeline's
 * time axis, so the crash lines of both charts sit one above the other. A watch that began during
 * the run (a name bound or rebound by the cell, {@link WatchData#startNs()}) is drawn from that
 * binding: before it the object was not watched, and a flat line there would be invented.
 */
final class RefcountChart {
    static final int WIDTH = TimelineChart.WIDTH;
    private static final int RIGHT = 18;
    private static final int PLOT_H = 150;
    private static final int LEGEND_TOP = 12;
    private static final int LEGEND_LINE = 20;
    /** Above this many × marks the counts next to them are left out: they would cover the lines. */
    private static final int MAX_COUNT_LABELS = 40;

    private RefcountChart() {}

    /**
     * @param maxSvgBytes the chart's share of the report's size bound: neighbouring points are
     *                    merged (halving their number) until the SVG fits, or 8 points remain
     * @param crash       the run's crash, drawn when it concerns this object, or null
     */
    static String img(WatchData watch, long endNs, int left, int maxSvgBytes, Crash crash) {
        long startNs = watch.startNs();
        boolean crashHere = crash != null && crash.object().equals(watch.object());
        long end = Math.max(1, Math.max(endNs, crashHere ? crash.timeNs() : 0));
        for (int maxPoints = Math.max(8, watch.points().size()); ; maxPoints /= 2) {
            Svg svg = draw(watch, startNs, end, left, maxPoints, crashHere ? crash : null);
            if (svg.document().length() <= maxSvgBytes || maxPoints <= 8) {
                return svg.img(alt(watch, startNs, end, crashHere ? crash : null));
            }
        }
    }

    private static Svg draw(WatchData watch, long watchStartNs, long end, int left, int maxPoints, Crash crash) {
        boolean crashHere = crash != null;
        List<WatchData.Point> points = downsample(watch.points(), watch.bucketNs(), maxPoints);
        long bucketNs = points.size() == watch.points().size() ? watch.bucketNs()
                : watch.bucketNs() * groupFor(watch.points(), watch.bucketNs(), maxPoints);
        TimeAxis axis = new TimeAxis(end, left, WIDTH - left - RIGHT);

        long lo = Math.min(0, Math.min(watch.startStored(), watch.startTrue()));
        long hi = Math.max(1, Math.max(watch.startStored(), watch.startTrue()));
        long lost = 0;
        boolean band = false;
        for (WatchData.Point p : points) {
            lo = Math.min(lo, Math.min(p.minStored(), p.trueCount()));
            hi = Math.max(hi, Math.max(p.maxStored(), p.trueCount()));
            lost += p.lostUpdates();
            band |= p.minStored() != p.maxStored();
        }
        long step = TimeAxis.niceStep(hi - lo, 5);
        long yLo = Math.floorDiv(lo, step) * step;
        long yHi = Math.max(yLo + step, -Math.floorDiv(-hi, step) * step);

        List<String[]> legend = legendItems(band, lost > 0, watch.freedAtNs() >= 0, crashHere ? crash : null);
        int lines = legendLines(legend, left);
        int top = LEGEND_TOP + lines * LEGEND_LINE + 14;
        int bottom = top + PLOT_H;
        Svg svg = new Svg(WIDTH, bottom + 28).card();
        drawLegend(svg, legend, left);

        YScale y = new YScale(yLo, yHi, top, bottom);
        StringBuilder grid = new StringBuilder();
        for (long v = yLo; v <= yHi; v += step) {
            grid.append('M').append(left).append(' ').append(Svg.num(y.at(v))).append('H')
                    .append(Svg.num(left + axis.width));
        }
        svg.path(grid.toString(), "stroke=\"" + Palette.GRID + "\"");
        svg.group("fill=\"" + Palette.MUTED + "\" font-size=\"12\" text-anchor=\"end\"");
        for (long v = yLo; v <= yHi; v += step) svg.text(left - 8, y.at(v) + 4, Units.count(v), null, null, "");
        svg.endGroup();
        axis.draw(svg, top, bottom);

        long startNs = Math.min(watchStartNs, end);
        long stopNs = watch.freedAtNs() >= 0 ? Math.min(end, watch.freedAtNs()) : end;
        if (startNs > 0) {
            double x = axis.x(startNs);
            svg.line(x, top, x, bottom, Palette.MUTED, 1.5, "2 3");
            marker(svg, axis, x, bottom - 8, "watched from " + Units.duration(startNs), Palette.MUTED);
        }
        StringBuilder bands = new StringBuilder();
        StringBuilder stored = new StringBuilder("M").append(Svg.num(axis.x(startNs))).append(' ')
                .append(Svg.num(y.at(watch.startStored())));
        StringBuilder truth = new StringBuilder("M").append(Svg.num(axis.x(startNs))).append(' ')
                .append(Svg.num(y.at(watch.startTrue())));
        StringBuilder crosses = new StringBuilder();
        List<double[]> countLabels = new ArrayList<>();
        for (WatchData.Point p : points) {
            double x0 = axis.x(Math.max(startNs, p.timeNs() - bucketNs));
            double x1 = axis.x(p.timeNs());
            stored.append('H').append(Svg.num(x0)).append('V').append(Svg.num(y.at(p.stored())));
            truth.append('H').append(Svg.num(x0)).append('V').append(Svg.num(y.at(p.trueCount())));
            if (p.minStored() != p.maxStored()) {
                bands.append('M').append(Svg.num(x0)).append(' ').append(Svg.num(y.at(p.maxStored()))).append('H')
                        .append(Svg.num(Math.max(x1, x0 + 1.5))).append('V').append(Svg.num(y.at(p.minStored())))
                        .append('H').append(Svg.num(x0)).append('z');
            }
            if (p.lostUpdates() > 0) {
                double cx = (x0 + x1) / 2;
                double cy = y.at(p.stored());
                crosses.append('M').append(Svg.num(cx - 4.5)).append(' ').append(Svg.num(cy - 4.5))
                        .append("l9 9m0-9l-9 9");
                if (p.lostUpdates() > 1) countLabels.add(new double[] {cx, cy, p.lostUpdates()});
            }
        }
        stored.append('H').append(Svg.num(axis.x(stopNs)));
        truth.append('H').append(Svg.num(axis.x(stopNs)));
        svg.path(bands.toString(), "fill=\"" + Palette.VERMILLION + "\" fill-opacity=\"0.22\"");
        svg.path(stored.toString(), "fill=\"none\" stroke=\"" + Palette.VERMILLION + "\" stroke-width=\"2.5\"");
        svg.path(truth.toString(), "fill=\"none\" stroke=\"" + Palette.BLUE
                + "\" stroke-width=\"2\" stroke-dasharray=\"6 4\"");
        svg.path(crosses.toString(), "fill=\"none\" stroke=\"#000000\" stroke-width=\"2.2\"");
        if (!countLabels.isEmpty() && countLabels.size() <= MAX_COUNT_LABELS) {
            svg.group("font-size=\"11\" font-weight=\"bold\" stroke=\"#ffffff\" stroke-width=\"3\" paint-order=\"stroke\"");
            for (double[] l : countLabels) svg.text(l[0] + 6, l[1] - 6, "×" + (long) l[2], null, null, "");
            svg.endGroup();
        }
        if (watch.freedAtNs() >= 0) {
            double x = axis.x(watch.freedAtNs());
            svg.line(x, top, x, bottom, Palette.REDDISH_PURPLE, 2, "5 3");
            String words = "freed at " + Units.duration(watch.freedAtNs()) + ": stored " + watch.endStored()
                    + ", true " + watch.endTrue();
            marker(svg, axis, x, top + 13, words, Palette.PURPLE_TEXT);
        }
        if (crashHere) {
            double x = axis.x(crash.timeNs());
            svg.line(x, top, x, bottom, Palette.VERMILLION, 2.5, null);
            marker(svg, axis, x, top + 30, "✕ " + crash.thread() + ": " + crash.kind(), Palette.VERMILLION_TEXT);
        }
        return svg;
    }

    /** A label beside a vertical line, on the side with room. */
    private static void marker(Svg svg, TimeAxis axis, double x, double y, String words, String colour) {
        boolean rightHalf = x > axis.left + axis.width / 2;
        svg.text(rightHalf ? x - 6 : x + 6, y, words, rightHalf ? "end" : "start", colour,
                "font-weight=\"bold\" stroke=\"" + Palette.CARD + "\" stroke-width=\"4\" paint-order=\"stroke\"");
    }

    /** Maps counts to pixels (up is more). */
    private record YScale(long lo, long hi, double top, double bottom) {
        double at(long v) {
            return bottom - (bottom - top) * (v - lo) / (double) (hi - lo);
        }
    }

    /** How many buckets to merge so that at most {@code maxPoints} remain. */
    private static long groupFor(List<WatchData.Point> points, long bucketNs, int maxPoints) {
        if (points.size() <= maxPoints || points.isEmpty()) return 1;
        long span = points.get(points.size() - 1).timeNs() / Math.max(1, bucketNs);
        return Math.max(2, (span + maxPoints - 1) / Math.max(1, maxPoints));
    }

    /**
     * Merges neighbouring buckets into wider ones: the last counts of each, the stored count's
     * whole range, and the sum of lost updates, so no lost update and no extreme disappears.
     */
    static List<WatchData.Point> downsample(List<WatchData.Point> points, long bucketNs, int maxPoints) {
        long group = groupFor(points, bucketNs, maxPoints);
        if (group == 1) return points;
        long width = bucketNs * group;
        List<WatchData.Point> out = new ArrayList<>();
        WatchData.Point acc = null;
        long accBucket = -1;
        for (WatchData.Point p : points) {
            long b = (p.timeNs() - 1) / width;
            if (acc != null && b == accBucket) {
                acc = new WatchData.Point((b + 1) * width, p.stored(), p.trueCount(), Math.min(acc.minStored(),
                        p.minStored()), Math.max(acc.maxStored(), p.maxStored()), acc.lostUpdates() + p.lostUpdates());
            } else {
                if (acc != null) out.add(acc);
                acc = new WatchData.Point((b + 1) * width, p.stored(), p.trueCount(), p.minStored(), p.maxStored(),
                        p.lostUpdates());
                accBucket = b;
            }
        }
        if (acc != null) out.add(acc);
        return out;
    }

    private static List<String[]> legendItems(boolean band, boolean lost, boolean freed, Crash crash) {
        List<String[]> items = new ArrayList<>();
        items.add(new String[] {"stored", "stored count (what the interpreter reads)"});
        items.add(new String[] {"true", "true count (references that exist)"});
        if (band) items.add(new String[] {"band", "range within a moment"});
        if (lost) items.add(new String[] {"lost", "lost update"});
        if (freed) items.add(new String[] {"freed", "freed"});
        if (crash != null) items.add(new String[] {"crash", crash.kind()});
        return items;
    }

    private static double itemWidth(String[] item) {
        return 30 + item[1].length() * 7.0 + 18;
    }

    private static int legendLines(List<String[]> items, int left) {
        double x = left;
        int lines = 1;
        for (String[] item : items) {
            if (x + itemWidth(item) > WIDTH - RIGHT && x > left) {
                lines++;
                x = left;
            }
            x += itemWidth(item);
        }
        return lines;
    }

    private static void drawLegend(Svg svg, List<String[]> items, int left) {
        double x = left;
        double y = LEGEND_TOP;
        for (String[] item : items) {
            if (x + itemWidth(item) > WIDTH - RIGHT && x > left) {
                y += LEGEND_LINE;
                x = left;
            }
            double mid = y + 7;
            switch (item[0]) {
                case "stored" -> svg.line(x, mid, x + 24, mid, Palette.VERMILLION, 2.5, null);
                case "true" -> svg.line(x, mid, x + 24, mid, Palette.BLUE, 2, "6 4");
                case "band" -> svg.raw("<rect x=\"" + Svg.num(x) + "\" y=\"" + Svg.num(y) + "\" width=\"24\" height=\"14\" fill=\""
                        + Palette.VERMILLION + "\" fill-opacity=\"0.22\"/>");
                case "lost" -> svg.path("M" + Svg.num(x + 7.5) + " " + Svg.num(mid - 4.5) + "l9 9m0-9l-9 9",
                        "fill=\"none\" stroke=\"#000000\" stroke-width=\"2.2\"");
                case "freed" -> svg.line(x + 12, y, x + 12, y + 14, Palette.REDDISH_PURPLE, 2, "5 3");
                default -> svg.line(x + 12, y, x + 12, y + 14, Palette.VERMILLION, 2.5, null);
            }
            svg.text(x + 30, y + 11.5, item[1], "start", null, "");
            x += itemWidth(item);
        }
    }

    private static String alt(WatchData w, long startNs, long endNs, Crash crash) {
        StringBuilder out = new StringBuilder("Reference count of ").append(w.name()).append(" (").append(w.object())
                .append(") from ").append(startNs == 0 ? "0" : Units.duration(startNs) + " (when the name was rebound to it)")
                .append(" to ").append(Units.duration(endNs))
                .append(": stored count ").append(w.startStored())
                .append(" and true count ").append(w.startTrue()).append(" at the start, stored ")
                .append(w.endStored()).append(" and true ").append(w.endTrue()).append(" at the end; ")
                .append(Units.plural(w.lostUpdates(), "update", "updates")).append(" lost");
        if (w.freedAtNs() >= 0) out.append("; freed at ").append(Units.duration(w.freedAtNs()));
        if (crash != null) {
            out.append("; ").append(crash.kind()).append(" in ").append(crash.thread()).append(" at ")
                    .append(Units.duration(crash.timeNs()));
        }
        return out.append('.').toString();
    }
}
