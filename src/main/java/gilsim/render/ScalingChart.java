package gilsim.render;

import gilsim.sim.RunResult;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The chart of a {@code %%compare} across thread counts: speedup against threads, a line per
 * combination of the other settings, the ideal (one thread per core) dashed. Lines often lie on
 * top of each other (every GIL-on combination near 1×), so each differs by colour, dash pattern
 * and marker shape at once; markers that would cover each other at one thread count stand side
 * by side; each line ends in a label, and labels that would collide are stacked with leader lines
 * to their lines ({@link EndLabels}). Runs without a speedup (crashed) are a ✕ on the zero line.
 */
final class ScalingChart {
    static final int WIDTH = 900;
    private static final int LEFT = 64;
    private static final int PLOT_H = 260;
    private static final int LEGEND_LINE = 20;
    /** The pitch of stacked end labels (12 px text). */
    static final double LABEL_H = 15;
    /** Markers closer than this at one thread count would cover each other: they stand side by side. */
    private static final double MARKER_ROOM = 11;
    /** A dash pattern per line, so lines on top of each other still show through each other's gaps. */
    private static final String[] DASHES = {null, "9 4", "2 3", "9 3 2 3", "14 3 3 3 3 3", "5 2"};
    private static final String IDEAL_DASH = "6 5";

    private ScalingChart() {}

    /** A series: the rows that share every setting but the thread count. */
    record Series(String label, List<CompareResult.Row> rows) {}

    /** Where an end label goes: the series, its line's end, the label's centre. */
    record EndLabel(int series, String text, double lineY, double labelY) {}

    /** The chart's geometry: the plot area, the x of each thread count, the y scale. */
    private record Plot(List<Integer> threads, List<Series> series, double[] xs, double yMax, double step,
                        int top, int bottom, double plotW, boolean sameCores, int cores, List<String[]> legend,
                        List<double[]> places) {
        double y(double speedup) {
            return bottom - PLOT_H * speedup / yMax;
        }

        double labelX() {
            return LEFT + plotW + 10;
        }
    }

    static String colour(int series) {
        return Palette.SERIES[series % Palette.SERIES.length];
    }

    static String dash(int series) {
        return DASHES[series % DASHES.length];
    }

    /** The chart as an {@code <img>}. */
    static String img(CompareResult compare) {
        Plot p = plot(compare);
        Svg svg = new Svg(WIDTH, p.bottom + 46).card();
        drawAxes(svg, p);
        StringBuilder ideal = new StringBuilder();
        for (int i = 0; i < p.xs.length; i++) {
            int n = p.threads.get(i);
            ideal.append(i == 0 ? 'M' : 'L').append(Svg.num(p.xs[i])).append(' ')
                    .append(Svg.num(p.y(p.sameCores ? Math.min(n, p.cores) : n)));
        }
        svg.path(ideal.toString(), "fill=\"none\" stroke=\"" + Palette.MUTED + "\" stroke-width=\"2\" stroke-dasharray=\""
                + IDEAL_DASH + "\"");
        for (int i = 0; i < p.series.size(); i++) {
            StringBuilder d = new StringBuilder();
            boolean pen = false;
            for (CompareResult.Row row : p.series.get(i).rows()) {
                Double s = row.result().total().speedup();
                if (s == null) {
                    pen = false;
                    continue;
                }
                d.append(pen ? 'L' : 'M').append(Svg.num(x(p, row))).append(' ').append(Svg.num(p.y(s)));
                pen = true;
            }
            svg.path(d.toString(), "fill=\"none\" stroke=\"" + colour(i) + "\" stroke-width=\"2.5\""
                    + (dash(i) == null ? "" : " stroke-dasharray=\"" + dash(i) + "\""));
        }
        drawMarkers(svg, p);
        drawEndLabels(svg, p, endLabels(p));
        drawLegend(svg, p);
        return svg.img(alt(p.series));
    }

    private static Plot plot(CompareResult compare) {
        TreeSet<Integer> threadSet = new TreeSet<>();
        for (CompareResult.Row row : compare.rows()) threadSet.add(row.settings().threads());
        List<Integer> threads = new ArrayList<>(threadSet);
        List<Series> series = series(compare);
        boolean sameCores = compare.rows().stream().map(r -> r.settings().cores()).distinct().count() == 1;
        int cores = compare.rows().get(0).settings().cores();
        double max = 1;
        boolean crashed = false;
        for (CompareResult.Row row : compare.rows()) {
            Double s = row.result().total().speedup();
            if (s != null) max = Math.max(max, s);
            crashed |= s == null && row.result().status() == RunResult.Status.CRASHED;
        }
        for (int t : threads) max = Math.max(max, sameCores ? Math.min(t, cores) : t);
        double step = niceStep(max);
        double yMax = Math.ceil(max * 1.05 / step) * step;

        List<String[]> legend = new ArrayList<>();
        legend.add(new String[] {"ideal", sameCores ? "ideal: one thread per core (" + cores + " cores)" : "ideal"});
        int labelChars = 0;
        for (int i = 0; i < series.size(); i++) {
            legend.add(new String[] {String.valueOf(i), series.get(i).label()});
            labelChars = Math.max(labelChars, series.get(i).label().length());
        }
        if (crashed) legend.add(new String[] {"crash", "crashed: no speedup"});
        List<double[]> places = Legend.layout(legend, LEFT, WIDTH - 24, 12, LEGEND_LINE);
        int top = (int) (places.get(places.size() - 1)[1] + LEGEND_LINE + 16);
        // Room right of the plot for the end labels: a gap, a marker, the words at about 7 px a character.
        double plotW = WIDTH - LEFT - 16 - 10 - 16 - labelChars * 7.0;
        double[] xs = new double[threads.size()];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = xs.length == 1 ? LEFT + plotW / 2 : LEFT + 20 + (plotW - 40) * i / (xs.length - 1);
        }
        return new Plot(threads, series, xs, yMax, step, top, top + PLOT_H, plotW, sameCores, cores, legend, places);
    }

    private static List<Series> series(CompareResult compare) {
        List<String> others = new ArrayList<>(compare.keys());
        others.remove("threads");
        Map<String, List<CompareResult.Row>> groups = new LinkedHashMap<>();
        for (CompareResult.Row row : compare.rows()) {
            groups.computeIfAbsent(CompareResult.describe(row, others), k -> new ArrayList<>()).add(row);
        }
        List<Series> list = new ArrayList<>();
        for (Map.Entry<String, List<CompareResult.Row>> e : groups.entrySet()) {
            List<CompareResult.Row> rows = new ArrayList<>(e.getValue());
            rows.sort((a, b) -> Integer.compare(a.settings().threads(), b.settings().threads()));
            list.add(new Series(e.getKey(), rows));
        }
        return list;
    }

    private static double x(Plot p, CompareResult.Row row) {
        return p.xs[p.threads.indexOf(row.settings().threads())];
    }

    /** The y of a row's point: its speedup, or the zero line for a run without one. */
    private static double pointY(Plot p, CompareResult.Row row) {
        Double s = row.result().total().speedup();
        return s == null ? p.bottom : p.y(s);
    }

    private static void drawAxes(Svg svg, Plot p) {
        StringBuilder grid = new StringBuilder();
        svg.group("fill=\"" + Palette.MUTED + "\" font-size=\"12\" text-anchor=\"end\"");
        for (double v = 0; v <= p.yMax + 1e-9; v += p.step) {
            double y = p.y(v);
            grid.append('M').append(LEFT).append(' ').append(Svg.num(y)).append('H').append(Svg.num(LEFT + p.plotW));
            svg.text(LEFT - 8, y + 4, Units.significant(v, 3) + "×", null, null, "");
        }
        svg.endGroup();
        svg.group("fill=\"" + Palette.MUTED + "\" font-size=\"12\" text-anchor=\"middle\"");
        for (int i = 0; i < p.xs.length; i++) {
            grid.append('M').append(Svg.num(p.xs[i])).append(' ').append(p.top).append('V').append(p.bottom);
            svg.text(p.xs[i], p.bottom + 17, String.valueOf(p.threads.get(i)), null, null, "");
        }
        svg.text(LEFT + p.plotW / 2, p.bottom + 36, "threads", null, Palette.INK, "");
        svg.endGroup();
        svg.path(grid.toString(), "stroke=\"" + Palette.GRID + "\"");
        svg.line(LEFT, p.bottom, LEFT + p.plotW, p.bottom, Palette.AXIS, 1, null);
    }

    /**
     * The markers, and ✕ for crashed runs. At each thread count, markers closer together than
     * one marker (lines that meet or run side by side) stand next to each other, centred on the
     * true x, so none hides another; the lines themselves stay where the numbers put them.
     */
    private static void drawMarkers(Svg svg, Plot p) {
        List<StringBuilder> marks = new ArrayList<>();
        for (int i = 0; i < p.series.size(); i++) marks.add(new StringBuilder());
        StringBuilder crosses = new StringBuilder();
        for (double x : p.xs) {
            List<double[]> points = new ArrayList<>(); // [series, y]
            for (int i = 0; i < p.series.size(); i++) {
                for (CompareResult.Row row : p.series.get(i).rows()) {
                    if (x(p, row) != x) continue;
                    Double s = row.result().total().speedup();
                    if (s != null || row.result().status() == RunResult.Status.CRASHED) {
                        points.add(new double[] {i, pointY(p, row), s == null ? 1 : 0});
                    }
                }
            }
            points.sort((a, b) -> a[1] != b[1] ? Double.compare(a[1], b[1]) : Double.compare(a[0], b[0]));
            for (int from = 0; from < points.size(); ) {
                int to = from + 1;
                while (to < points.size() && points.get(to)[1] - points.get(to - 1)[1] < MARKER_ROOM) to++;
                for (int k = from; k < to; k++) {
                    double[] pt = points.get(k);
                    double dx = x + (k - from - (to - from - 1) / 2.0) * MARKER_ROOM;
                    if (pt[2] == 1) {
                        crosses.append('M').append(Svg.num(dx - 5)).append(' ').append(Svg.num(pt[1] - 5))
                                .append("l10 10m0-10l-10 10");
                    } else {
                        marks.get((int) pt[0]).append(Markers.shape((int) pt[0], dx, pt[1]));
                    }
                }
                from = to;
            }
        }
        for (int i = 0; i < marks.size(); i++) {
            svg.path(marks.get(i).toString(), "fill=\"" + colour(i) + "\" stroke=\"#ffffff\" stroke-width=\"1\"");
        }
        svg.path(crosses.toString(), "fill=\"none\" stroke=\"#000000\" stroke-width=\"2.5\"");
    }

    /** Where each line's end label goes, for a chart of this compare (tests read it). */
    static List<EndLabel> endLabels(CompareResult compare) {
        return endLabels(plot(compare));
    }

    private static List<EndLabel> endLabels(Plot p) {
        double[] wanted = new double[p.series.size()];
        for (int i = 0; i < wanted.length; i++) {
            List<CompareResult.Row> rows = p.series.get(i).rows();
            wanted[i] = pointY(p, rows.get(rows.size() - 1));
        }
        double[] placed = EndLabels.place(wanted, LABEL_H, p.top + LABEL_H / 2, p.bottom);
        List<EndLabel> labels = new ArrayList<>();
        for (int i = 0; i < wanted.length; i++) labels.add(new EndLabel(i, p.series.get(i).label(), wanted[i], placed[i]));
        return labels;
    }

    /** Each label: the line's marker and its words, with a leader line when it had to move. */
    private static void drawEndLabels(Svg svg, Plot p, List<EndLabel> labels) {
        double lastX = p.xs[p.xs.length - 1];
        double x = p.labelX();
        StringBuilder leaders = new StringBuilder();
        for (EndLabel label : labels) {
            if (Math.abs(label.labelY() - label.lineY()) > 2) {
                leaders.append('M').append(Svg.num(lastX + 12)).append(' ').append(Svg.num(label.lineY()))
                        .append('L').append(Svg.num(x - 2)).append(' ').append(Svg.num(label.labelY()));
            }
        }
        svg.path(leaders.toString(), "fill=\"none\" stroke=\"" + Palette.AXIS + "\" stroke-width=\"1\"");
        svg.group("font-size=\"12\"");
        for (EndLabel label : labels) {
            svg.path(Markers.shape(label.series(), x + 5, label.labelY()), "fill=\"" + colour(label.series())
                    + "\" stroke=\"#ffffff\" stroke-width=\"1\"");
            svg.text(x + 14, label.labelY() + 4, label.text(), "start", null, "");
        }
        svg.endGroup();
    }

    /** The legend: each line's colour, dash pattern and marker together, as it is drawn. */
    private static void drawLegend(Svg svg, Plot p) {
        for (int k = 0; k < p.legend.size(); k++) {
            double x = p.places.get(k)[0];
            double y = p.places.get(k)[1];
            String[] item = p.legend.get(k);
            double mid = y + 7;
            switch (item[0]) {
                case "ideal" -> svg.line(x, mid, x + 28, mid, Palette.MUTED, 2, IDEAL_DASH);
                case "crash" -> svg.path("M" + Svg.num(x + 9) + " " + Svg.num(mid - 5) + "l10 10m0-10l-10 10",
                        "fill=\"none\" stroke=\"#000000\" stroke-width=\"2.5\"");
                default -> {
                    int i = Integer.parseInt(item[0]);
                    svg.line(x, mid, x + 28, mid, colour(i), 2.5, dash(i));
                    svg.path(Markers.shape(i, x + 14, mid), "fill=\"" + colour(i) + "\" stroke=\"#ffffff\" stroke-width=\"1\"");
                }
            }
            svg.text(x + 34, y + 11.5, item[1], "start", null, "");
        }
    }

    /** A 1-2-5 step giving about five lines up to {@code max}. */
    private static double niceStep(double max) {
        double raw = max / 5;
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 5, 10}) if (m * power >= raw) return m * power;
        return 10 * power;
    }

    private static String alt(List<Series> series) {
        StringBuilder out = new StringBuilder("Speedup of each combination against threads");
        for (Series s : series) {
            out.append(". ").append(s.label()).append(": ");
            List<String> points = new ArrayList<>();
            for (CompareResult.Row row : s.rows()) {
                Double v = row.result().total().speedup();
                points.add(Units.plural(row.settings().threads(), "thread", "threads") + " "
                        + (v == null ? "no speedup (" + row.result().status().name().toLowerCase() + ")"
                        : Units.speedup(v)));
            }
            out.append(String.join(", ", points));
        }
        return out.append('.').toString();
    }
}
