package gilsim.render;

import gilsim.sim.Activity;
import gilsim.sim.Crash;
import gilsim.sim.TimelineData;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The thread/GIL timeline: a row per thread, time running left to right, and in each column of a
 * row the thread's states stacked by their share of that column (running at the bottom). Where
 * the columns are short next to the switch interval every column holds one state and the chart
 * shows each hand-off; where a column holds many switches (a long run aggregated into few
 * buckets) the heights show the shares, so four threads under one GIL read as four quarter-high
 * bars instead of four rows of "waiting". ▼ above a row marks a GIL hand-off to that thread; a
 * vertical line marks the crash.
 *
 * <p>Bounded: at most {@link #MAX_ROWS} rows (the threads past them are summed into one row) and
 * {@link #MAX_SVG_BYTES} bytes, whatever the run's length.
 */
final class TimelineChart {
    static final int WIDTH = 900;
    static final int MAX_ROWS = 24;
    /** The SVG's size bound (before base64), about 40 KB of the report's 150 KB once encoded. */
    static final int MAX_SVG_BYTES = 30_000;
    private static final int MAX_COLUMNS = 512;
    private static final int MIN_COLUMNS = 8;
    private static final int ROW_H = 24;
    private static final int ROW_GAP = 12;
    private static final int RIGHT = 18;
    private static final int LEGEND_TOP = 12;
    private static final int LEGEND_LINE = 20;

    /** A row to draw: per column, nanoseconds per activity, and hand-offs. */
    private record Row(String name, long[][] ns, int[] handoffs) {}

    /** A state's name written on a segment wide enough for it. */
    private record Label(StateStyle state, double x) {}

    private TimelineChart() {}

    /**
     * The chart as an {@code <img>}, or "" when the run has no timeline. Columns are halved until
     * the SVG fits {@link #MAX_SVG_BYTES}: a busy timeline (many threads changing state in every
     * bucket) gets coarser, never bigger.
     */
    static String img(TimelineData timeline, long endNs, int left, Crash crash) {
        if (timeline == null || timeline.threads().isEmpty()) return "";
        long end = Math.max(1, Math.max(endNs, crash == null ? 0 : crash.timeNs()));
        List<Row> folded = foldRows(timeline.threads());
        for (int maxColumns = (int) Math.min(MAX_COLUMNS, usedBuckets(timeline.bucketNs(), end)); ; maxColumns /= 2) {
            int group = bucketsPerColumn(timeline.bucketNs(), end, maxColumns);
            List<Row> rows = columns(folded, timeline.bucketNs(), end, group);
            Svg svg = draw(rows, timeline.bucketNs() * group, end, left, crash);
            if (svg.document().length() <= MAX_SVG_BYTES || maxColumns <= MIN_COLUMNS) {
                return svg.img(alt(rows, end, crash));
            }
        }
    }

    private static Svg draw(List<Row> rows, long columnNs, long end, int left, Crash crash) {
        TimeAxis axis = new TimeAxis(end, left, WIDTH - left - RIGHT);
        List<String[]> legend = legendItems(rows, crash);
        List<double[]> places = layoutLegend(legend, left);
        int legendLines = places.isEmpty() ? 1 : (int) ((places.get(places.size() - 1)[1] - LEGEND_TOP) / LEGEND_LINE) + 1;
        int top = LEGEND_TOP + legendLines * LEGEND_LINE + 10;
        int rowsBottom = top + rows.size() * (ROW_H + ROW_GAP) - ROW_GAP;
        int axisY = rowsBottom + (crash != null ? 26 : 8);
        Svg svg = new Svg(WIDTH, axisY + 28).card();
        StringBuilder defs = new StringBuilder("<defs>");
        for (StateStyle s : StateStyle.STACK) if (s.patternDef != null) defs.append(s.patternDef);
        svg.raw(defs.append("</defs>").toString());
        drawLegend(svg, legend, places);
        axis.draw(svg, top - 6, axisY);

        StringBuilder handoffs = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            double y = top + r * (ROW_H + ROW_GAP);
            svg.text(left - 10, y + ROW_H / 2.0 + 4.5, row.name(), "end", null, "font-weight=\"bold\"");
            svg.line(left, y + ROW_H / 2.0, left + axis.width, y + ROW_H / 2.0, "#c8c8c8", 1, "2 3");
            drawRow(svg, row, axis, columnNs, y, crash == null ? Double.NaN : axis.x(crash.timeNs()));
            for (int c = 0; c < row.handoffs().length; c++) {
                if (row.handoffs()[c] == 0) continue;
                double x = axis.x(c * columnNs + columnNs / 2.0);
                handoffs.append("M").append(Svg.num(x - 3.5)).append(' ').append(Svg.num(y - 7)).append("h7l-3.5 6z");
            }
        }
        svg.path(handoffs.toString(), "fill=\"" + Palette.INK + "\"");
        if (crash != null) drawCrash(svg, crash, axis, top - 8, rowsBottom + 4);
        return svg;
    }

    /** Threads past {@link #MAX_ROWS} - 1 become one summed row, so the chart's height stays bounded. */
    private static List<Row> foldRows(List<TimelineData.ThreadRow> threads) {
        List<Row> rows = new ArrayList<>();
        int shown = threads.size() <= MAX_ROWS ? threads.size() : MAX_ROWS - 1;
        for (int i = 0; i < shown; i++) {
            TimelineData.ThreadRow t = threads.get(i);
            rows.add(new Row(t.name(), t.ns(), t.handoffs()));
        }
        if (shown < threads.size()) {
            int buckets = threads.stream().mapToInt(t -> t.ns().length).max().orElse(0);
            long[][] ns = new long[buckets][Activity.values().length];
            int[] handoffs = new int[buckets];
            for (TimelineData.ThreadRow t : threads.subList(shown, threads.size())) {
                for (int b = 0; b < t.ns().length; b++) {
                    for (int a = 0; a < ns[b].length; a++) ns[b][a] += t.ns()[b][a];
                    handoffs[b] += t.handoffs()[b];
                }
            }
            rows.add(new Row("+" + (threads.size() - shown) + " more", ns, handoffs));
        }
        return rows;
    }

    /** How many buckets make one column, so that the run's buckets fill at most {@code maxColumns}. */
    private static int bucketsPerColumn(long bucketNs, long endNs, int maxColumns) {
        long used = usedBuckets(bucketNs, endNs);
        return (int) Math.max(1, (used + maxColumns - 1) / maxColumns);
    }

    private static long usedBuckets(long bucketNs, long endNs) {
        return Math.max(1, (endNs + bucketNs - 1) / Math.max(1, bucketNs));
    }

    /** Merges buckets into columns of {@code group} buckets and drops the buckets after the run's end. */
    private static List<Row> columns(List<Row> rows, long bucketNs, long endNs, int group) {
        long used = usedBuckets(bucketNs, endNs);
        int columns = (int) ((used + group - 1) / group);
        List<Row> out = new ArrayList<>();
        for (Row row : rows) {
            long[][] ns = new long[columns][Activity.values().length];
            int[] handoffs = new int[columns];
            for (int b = 0; b < Math.min(row.ns().length, used); b++) {
                int c = b / group;
                for (int a = 0; a < ns[c].length; a++) ns[c][a] += row.ns()[b][a];
                handoffs[c] += row.handoffs()[b];
            }
            out.add(new Row(row.name(), ns, handoffs));
        }
        return out;
    }

    /** @param crashX where the crash line crosses the row (NaN: none); no label is written under it */
    private static void drawRow(Svg svg, Row row, TimeAxis axis, long columnNs, double top, double crashX) {
        Map<StateStyle, StringBuilder> paths = new EnumMap<>(StateStyle.class);
        List<Label> labels = new ArrayList<>();
        int n = row.ns().length;
        int[][] spans = new int[n][];
        for (int c = 0; c < n; c++) spans[c] = stack(row.ns()[c]);
        for (StateStyle s : StateStyle.STACK) {
            StringBuilder d = new StringBuilder();
            int c = 0;
            while (c < n) {
                int y0 = spans[c][2 * s.ordinal()];
                int h = spans[c][2 * s.ordinal() + 1];
                int e = c + 1;
                while (e < n && spans[e][2 * s.ordinal()] == y0 && spans[e][2 * s.ordinal() + 1] == h) e++;
                double x0 = Math.round(axis.x(c * columnNs));
                double x1 = Math.round(axis.x(e * columnNs));
                if (h > 0 && x1 > x0) {
                    double y = top + ROW_H - y0 - h;
                    d.append('M').append(Svg.num(x0)).append(' ').append(Svg.num(y)).append('h')
                            .append(Svg.num(x1 - x0)).append('v').append(h).append('h').append(Svg.num(x0 - x1))
                            .append('z');
                    double half = labelWidth(s.shortLabel) / 2 + 4;
                    double mid = (x0 + x1) / 2;
                    if (h == ROW_H && x1 - x0 >= 2 * half + 2 && !(Math.abs(crashX - mid) < half)) {
                        labels.add(new Label(s, mid));
                    }
                }
                c = e;
            }
            paths.put(s, d);
        }
        for (StateStyle s : StateStyle.STACK) svg.path(paths.get(s).toString(), "fill=\"" + s.fill + "\"");
        for (Label l : labels) {
            StateStyle s = l.state();
            String look = s.solid
                    ? "font-size=\"11.5\" font-weight=\"bold\""
                    : "font-size=\"11.5\" font-weight=\"bold\" stroke=\"#ffffff\" stroke-width=\"3\" paint-order=\"stroke\"";
            svg.text(l.x(), top + ROW_H / 2.0 + 4, s.shortLabel, "middle",
                    s.labelColour(), look);
        }
    }

    /**
     * Where each state sits in a column: [y0, height] pairs in whole pixels from the row's bottom,
     * by share of the time the thread was alive in the column; the boundaries are rounded, so the
     * heights add up to the row's height exactly.
     */
    private static int[] stack(long[] ns) {
        int[] spans = new int[2 * StateStyle.values().length];
        long alive = 0;
        for (StateStyle s : StateStyle.STACK) alive += ns[s.activity.ordinal()];
        if (alive == 0) return spans;
        long cumulative = 0;
        int previous = 0;
        for (StateStyle s : StateStyle.STACK) {
            cumulative += ns[s.activity.ordinal()];
            int boundary = (int) Math.round(ROW_H * (double) cumulative / alive);
            spans[2 * s.ordinal()] = previous;
            spans[2 * s.ordinal() + 1] = boundary - previous;
            previous = boundary;
        }
        return spans;
    }

    private static double labelWidth(String text) {
        return text.length() * 6.8;
    }

    /** The plot's left edge: room for the longest thread name (or a refcount axis's numbers). */
    static int leftFor(TimelineData timeline) {
        int longest = timeline == null ? 2 : foldRows(timeline.threads()).stream()
                .mapToInt(r -> r.name().length()).max().orElse(2);
        return (int) Math.min(166, Math.max(64, longest * 8.2 + 16));
    }

    /** [fill or marker kind, words] for the states that occur, then the marks. */
    private static List<String[]> legendItems(List<Row> rows, Crash crash) {
        List<String[]> items = new ArrayList<>();
        for (StateStyle s : StateStyle.STACK) {
            boolean seen = rows.stream().anyMatch(r -> {
                for (long[] column : r.ns()) if (column[s.activity.ordinal()] > 0) return true;
                return false;
            });
            if (seen) items.add(new String[] {s.fill, s.legend});
        }
        boolean handoffs = rows.stream().anyMatch(r -> {
            for (int h : r.handoffs()) if (h > 0) return true;
            return false;
        });
        if (handoffs) items.add(new String[] {"handoff", "GIL handed to this thread"});
        if (crash != null) items.add(new String[] {"crash", crash.kind()});
        return items;
    }

    private static double legendItemWidth(String[] item) {
        return 22 + item[1].length() * 7.0 + 18;
    }

    /** Places the items left to right, wrapping at the card's edge: an [x, y] for each. */
    private static List<double[]> layoutLegend(List<String[]> items, int left) {
        List<double[]> places = new ArrayList<>();
        double x = left;
        double y = LEGEND_TOP;
        for (String[] item : items) {
            double w = legendItemWidth(item);
            if (x + w > WIDTH - RIGHT && x > left) {
                y += LEGEND_LINE;
                x = left;
            }
            places.add(new double[] {x, y});
            x += w;
        }
        return places;
    }

    private static void drawLegend(Svg svg, List<String[]> items, List<double[]> places) {
        for (int i = 0; i < items.size(); i++) {
            double x = places.get(i)[0];
            double y = places.get(i)[1];
            String[] item = items.get(i);
            switch (item[0]) {
                case "handoff" -> svg.path("M" + Svg.num(x + 3.5) + " " + Svg.num(y + 3) + "h9l-4.5 8z",
                        "fill=\"" + Palette.INK + "\"");
                case "crash" -> svg.line(x + 8, y, x + 8, y + 14, Palette.VERMILLION, 2.5, null);
                default -> svg.rect(x, y, 16, 14, item[0]).raw("<rect x=\"" + Svg.num(x + 0.5) + "\" y=\""
                        + Svg.num(y + 0.5) + "\" width=\"15\" height=\"13\" fill=\"none\" stroke=\"#777777\"/>");
            }
            svg.text(x + 22, y + 11.5, item[1], "start", null, "");
        }
    }

    private static void drawCrash(Svg svg, Crash crash, TimeAxis axis, double top, double bottom) {
        double x = axis.x(crash.timeNs());
        svg.line(x, top, x, bottom, Palette.VERMILLION, 2.5, null);
        String words = "✕ " + crash.kind() + " in " + crash.thread() + " at " + Units.duration(crash.timeNs());
        boolean rightHalf = x > axis.left + axis.width / 2;
        svg.text(rightHalf ? x - 6 : x + 6, bottom + 13, words, rightHalf ? "end" : "start", Palette.VERMILLION_TEXT,
                "font-weight=\"bold\"");
    }

    /** The chart in words: each row's shares of its time, the hand-offs, the crash. */
    private static String alt(List<Row> rows, long endNs, Crash crash) {
        StringBuilder out = new StringBuilder("Thread timeline from 0 to ").append(Units.duration(endNs)).append(". ");
        int described = 0;
        long handoffs = 0;
        for (Row row : rows) {
            for (int h : row.handoffs()) handoffs += h;
            if (described++ >= 8) continue;
            long[] sums = new long[Activity.values().length];
            for (long[] column : row.ns()) for (int a = 0; a < sums.length; a++) sums[a] += column[a];
            long alive = 0;
            for (StateStyle s : StateStyle.STACK) alive += sums[s.activity.ordinal()];
            List<String> parts = new ArrayList<>();
            for (StateStyle s : StateStyle.STACK) {
                long v = sums[s.activity.ordinal()];
                if (v > 0) parts.add(s.legend + " " + Units.percent(v, alive));
            }
            out.append(row.name()).append(": ").append(parts.isEmpty() ? "no activity" : String.join(", ", parts))
                    .append(". ");
        }
        if (rows.size() > 8) out.append("(").append(rows.size() - 8).append(" more rows.) ");
        out.append(Units.plural(handoffs, "GIL hand-off", "GIL hand-offs")).append('.');
        if (crash != null) {
            out.append(' ').append(crash.kind()).append(" in ").append(crash.thread()).append(" at ")
                    .append(Units.duration(crash.timeNs())).append('.');
        }
        return out.toString();
    }
}
