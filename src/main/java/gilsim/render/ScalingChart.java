package gilsim.render;

import gilsim.sim.RunResult;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The chart of a {@code %%compare}: speedup against threads, a line per combination of the other
 * settings, the ideal (one thread per core) dashed. Lines differ by colour, marker shape and dash,
 * so they stay apart in greyscale; where lines meet, their markers stand side by side. Runs
 * without a speedup (crashed) are a ✕ on the zero line.
 * When the threads do not vary there is nothing to scale along, and the chart is a bar per
 * combination instead.
 */
final class ScalingChart {
    static final int WIDTH = 900;
    private static final int LEFT = 64;
    private static final int RIGHT = 24;
    private static final int PLOT_H = 260;
    private static final int LEGEND_LINE = 20;
    private static final String[] DASHES = {null, "8 4", "2 3"};

    private ScalingChart() {}

    /** The chart as an {@code <img>}. */
    static String img(CompareResult compare) {
        TreeSet<Integer> threads = new TreeSet<>();
        for (CompareResult.Row row : compare.rows()) threads.add(row.settings().threads());
        return threads.size() > 1 ? lines(compare, new ArrayList<>(threads)) : bars(compare);
    }

    /** A series: the rows that share every setting but the thread count. */
    private record Series(String label, List<CompareResult.Row> rows) {}

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

    private static String lines(CompareResult compare, List<Integer> threads) {
        List<Series> series = series(compare);
        boolean sameCores = compare.rows().stream().map(r -> r.settings().cores()).distinct().count() == 1;
        int cores = compare.rows().get(0).settings().cores();
        double max = 1;
        boolean crashed = false;
        for (CompareResult.Row row : compare.rows()) {
            Double s = row.result().total().speedup();
            if (s != null) max = Math.max(max, s);
            crashed |= s == null;
        }
        for (int t : threads) max = Math.max(max, sameCores ? Math.min(t, cores) : t);
        double step = niceStep(max);
        double yMax = Math.ceil(max * 1.05 / step) * step;

        List<String[]> legend = new ArrayList<>();
        legend.add(new String[] {"ideal", sameCores ? "ideal: one thread per core (" + cores + " cores)" : "ideal"});
        for (int i = 0; i < series.size(); i++) legend.add(new String[] {String.valueOf(i), series.get(i).label()});
        if (crashed) legend.add(new String[] {"crash", "crashed: no speedup"});
        List<double[]> places = Legend.layout(legend, LEFT, WIDTH - RIGHT, 12, LEGEND_LINE);
        int top = (int) (places.get(places.size() - 1)[1] + LEGEND_LINE + 16);
        int bottom = top + PLOT_H;
        Svg svg = new Svg(WIDTH, bottom + 46).card();
        double plotW = WIDTH - LEFT - RIGHT;
        double[] xs = new double[threads.size()];
        for (int i = 0; i < xs.length; i++) xs[i] = LEFT + 20 + (plotW - 40) * i / (xs.length - 1);

        StringBuilder grid = new StringBuilder();
        svg.group("fill=\"" + Palette.MUTED + "\" font-size=\"12\" text-anchor=\"end\"");
        for (double v = 0; v <= yMax + 1e-9; v += step) {
            double y = bottom - PLOT_H * v / yMax;
            grid.append('M').append(LEFT).append(' ').append(Svg.num(y)).append('H').append(Svg.num(LEFT + plotW));
            svg.text(LEFT - 8, y + 4, Units.significant(v, 3) + "×", null, null, "");
        }
        svg.endGroup();
        svg.group("fill=\"" + Palette.MUTED + "\" font-size=\"12\" text-anchor=\"middle\"");
        for (int i = 0; i < xs.length; i++) {
            grid.append('M').append(Svg.num(xs[i])).append(' ').append(top).append('V').append(bottom);
            svg.text(xs[i], bottom + 17, String.valueOf(threads.get(i)), null, null, "");
        }
        svg.text(LEFT + plotW / 2, bottom + 36, "threads", null, Palette.INK, "");
        svg.endGroup();
        svg.path(grid.toString(), "stroke=\"" + Palette.GRID + "\"");
        svg.line(LEFT, bottom, LEFT + plotW, bottom, Palette.AXIS, 1, null);

        StringBuilder ideal = new StringBuilder();
        for (int i = 0; i < xs.length; i++) {
            double v = sameCores ? Math.min(threads.get(i), cores) : threads.get(i);
            ideal.append(i == 0 ? 'M' : 'L').append(Svg.num(xs[i])).append(' ')
                    .append(Svg.num(bottom - PLOT_H * v / yMax));
        }
        svg.path(ideal.toString(), "fill=\"none\" stroke=\"" + Palette.MUTED + "\" stroke-width=\"2\" stroke-dasharray=\"6 5\"");

        // Where several lines meet at one point (every GIL-on combination sits at 1×), their markers
        // stand side by side instead of on top of each other, so none hides; the lines stay true.
        Map<String, Integer> sharing = new HashMap<>();
        for (Series se : series) {
            for (CompareResult.Row row : se.rows()) {
                Double s = row.result().total().speedup();
                if (s != null) sharing.merge(spot(xs[threads.indexOf(row.settings().threads())], bottom - PLOT_H * s / yMax), 1, Integer::sum);
            }
        }
        Map<String, Integer> placed = new HashMap<>();
        StringBuilder crosses = new StringBuilder();
        for (int i = 0; i < series.size(); i++) {
            StringBuilder d = new StringBuilder();
            StringBuilder marks = new StringBuilder();
            boolean pen = false;
            for (CompareResult.Row row : series.get(i).rows()) {
                double x = xs[threads.indexOf(row.settings().threads())];
                Double s = row.result().total().speedup();
                if (s == null) {
                    pen = false;
                    if (row.result().status() == RunResult.Status.CRASHED) {
                        crosses.append('M').append(Svg.num(x - 5)).append(' ').append(Svg.num(bottom - 5))
                                .append("l10 10m0-10l-10 10");
                    }
                    continue;
                }
                double y = bottom - PLOT_H * s / yMax;
                String spot = spot(x, y);
                int k = placed.merge(spot, 1, Integer::sum) - 1;
                double dodge = (k - (sharing.get(spot) - 1) / 2.0) * 10;
                d.append(pen ? 'L' : 'M').append(Svg.num(x)).append(' ').append(Svg.num(y));
                marks.append(Markers.shape(i, x + dodge, y));
                pen = true;
            }
            String colour = Palette.SERIES[i % Palette.SERIES.length];
            String dash = DASHES[(i / Palette.SERIES.length) % DASHES.length];
            svg.path(d.toString(), "fill=\"none\" stroke=\"" + colour + "\" stroke-width=\"2.5\""
                    + (dash == null ? "" : " stroke-dasharray=\"" + dash + "\""));
            svg.path(marks.toString(), "fill=\"" + colour + "\" stroke=\"#ffffff\" stroke-width=\"1\"");
        }
        svg.path(crosses.toString(), "fill=\"none\" stroke=\"#000000\" stroke-width=\"2.5\"");
        drawLegend(svg, legend, places);
        return svg.img(alt(compare, series));
    }

    /** Points closer than a pixel count as one spot. */
    private static String spot(double x, double y) {
        return Math.round(x) + ":" + Math.round(y);
    }

    private static void drawLegend(Svg svg, List<String[]> items, List<double[]> places) {
        for (int k = 0; k < items.size(); k++) {
            double x = places.get(k)[0];
            double y = places.get(k)[1];
            String[] item = items.get(k);
            double mid = y + 7;
            switch (item[0]) {
                case "ideal" -> svg.line(x, mid, x + 26, mid, Palette.MUTED, 2, "6 5");
                case "crash" -> svg.path("M" + Svg.num(x + 8) + " " + Svg.num(mid - 5) + "l10 10m0-10l-10 10",
                        "fill=\"none\" stroke=\"#000000\" stroke-width=\"2.5\"");
                default -> {
                    int i = Integer.parseInt(item[0]);
                    String colour = Palette.SERIES[i % Palette.SERIES.length];
                    String dash = DASHES[(i / Palette.SERIES.length) % DASHES.length];
                    svg.line(x, mid, x + 26, mid, colour, 2.5, dash);
                    svg.path(Markers.shape(i, x + 13, mid), "fill=\"" + colour + "\" stroke=\"#ffffff\" stroke-width=\"1\"");
                }
            }
            svg.text(x + 32, y + 11.5, item[1], "start", null, "");
        }
    }

    /** Without a thread count to scale along: a bar per combination, the ideal marked on each. */
    private static String bars(CompareResult compare) {
        List<CompareResult.Row> rows = compare.rows();
        int labelWidth = 0;
        for (CompareResult.Row row : rows) {
            labelWidth = Math.max(labelWidth, CompareResult.describe(row, compare.keys()).length());
        }
        int left = Math.min(360, 16 + (int) (labelWidth * 7.2));
        double max = 1;
        for (CompareResult.Row row : rows) {
            Double s = row.result().total().speedup();
            if (s != null) max = Math.max(max, s);
            max = Math.max(max, Math.min(row.settings().threads(), row.settings().cores()));
        }
        double step = niceStep(max);
        double xMax = Math.ceil(max * 1.05 / step) * step;
        double plotW = WIDTH - left - RIGHT - 60;
        int top = 20;
        int barH = 16;
        int pitch = 24;
        int bottom = top + rows.size() * pitch;
        Svg svg = new Svg(WIDTH, bottom + 44).card();
        StringBuilder grid = new StringBuilder();
        svg.group("fill=\"" + Palette.MUTED + "\" font-size=\"12\" text-anchor=\"middle\"");
        for (double v = 0; v <= xMax + 1e-9; v += step) {
            double x = left + plotW * v / xMax;
            grid.append('M').append(Svg.num(x)).append(' ').append(top - 6).append('V').append(bottom);
            svg.text(x, bottom + 17, Units.significant(v, 3) + "×", null, null, "");
        }
        svg.text(left + plotW / 2, bottom + 36, "speedup (dashed mark: ideal, one thread per core)", null, Palette.INK, "");
        svg.endGroup();
        svg.path(grid.toString(), "stroke=\"" + Palette.GRID + "\"");
        StringBuilder bars = new StringBuilder();
        StringBuilder ideals = new StringBuilder();
        for (int i = 0; i < rows.size(); i++) {
            CompareResult.Row row = rows.get(i);
            double y = top + i * pitch;
            svg.text(left - 8, y + barH - 3, CompareResult.describe(row, compare.keys()), "end", null, "");
            Double s = row.result().total().speedup();
            if (s != null) {
                double w = plotW * s / xMax;
                bars.append('M').append(left).append(' ').append(Svg.num(y)).append('h').append(Svg.num(w))
                        .append('v').append(barH).append('h').append(Svg.num(-w)).append('z');
                svg.text(left + w + 6, y + barH - 3, Units.speedup(s), "start", null, "font-size=\"12\"");
            } else {
                svg.text(left + 6, y + barH - 3, row.result().status() == RunResult.Status.CRASHED
                        ? "✕ crashed: no speedup" : "no speedup (did not finish)", "start", Palette.VERMILLION_TEXT,
                        "font-weight=\"bold\"");
            }
            double ideal = Math.min(row.settings().threads(), row.settings().cores());
            double xi = left + plotW * ideal / xMax;
            ideals.append('M').append(Svg.num(xi)).append(' ').append(Svg.num(y - 3)).append('v').append(barH + 6);
        }
        svg.path(bars.toString(), "fill=\"" + Palette.BLUE + "\"");
        svg.path(ideals.toString(), "stroke=\"" + Palette.INK + "\" stroke-width=\"2\" stroke-dasharray=\"3 2\"");
        svg.line(left, top - 6, left, bottom, Palette.AXIS, 1, null);
        return svg.img(alt(compare, List.of(new Series("", rows))));
    }

    /** A 1-2-5 step giving about five lines up to {@code max}. */
    private static double niceStep(double max) {
        double raw = max / 5;
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 5, 10}) if (m * power >= raw) return m * power;
        return 10 * power;
    }

    private static String alt(CompareResult compare, List<Series> series) {
        StringBuilder out = new StringBuilder("Speedup of each combination");
        for (Series s : series) {
            out.append(s.label().isEmpty() ? ". " : ". " + s.label() + ": ");
            List<String> points = new ArrayList<>();
            for (CompareResult.Row row : s.rows()) {
                Double v = row.result().total().speedup();
                String what = s.label().isEmpty() ? CompareResult.describe(row, compare.keys())
                        : Units.plural(row.settings().threads(), "thread", "threads");
                points.add(what + " " + (v == null ? "no speedup (" + row.result().status().name().toLowerCase() + ")"
                        : Units.speedup(v)));
            }
            out.append(String.join(", ", points));
        }
        return out.append('.').toString();
    }
}
