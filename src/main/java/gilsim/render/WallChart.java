package gilsim.render;

import gilsim.sim.RunResult;

import java.util.ArrayList;
import java.util.List;

/**
 * The chart of a {@code %%compare} whose rows all run the same number of threads: a bar per
 * combination as long as its simulated wall time (the same work in each row, so shorter finished
 * sooner), labelled with the time and how it compares with the baseline row ("+6.0%"); a dashed
 * line across all bars marks the baseline's time, so a small difference shows as a bar ending
 * just past or short of it. The axis starts at 0: bar lengths are true to the times.
 */
final class WallChart {
    private static final int RIGHT = 24;
    private static final int TOP = 16;
    private static final int BAR_H = 16;
    private static final int PITCH = 24;

    private WallChart() {}

    /** The chart as an {@code <img>}. */
    static String img(CompareResult compare, WallComparison wall) {
        List<CompareResult.Row> rows = compare.rows();
        int nameChars = 0;
        int labelChars = 0;
        long max = 1;
        for (CompareResult.Row row : rows) {
            nameChars = Math.max(nameChars, CompareResult.describe(row, compare.keys()).length());
            if (!WallComparison.finished(row)) continue;
            max = Math.max(max, row.result().total().wallNs());
            labelChars = Math.max(labelChars, barLabel(row, wall).length());
        }
        int left = Math.min(360, 16 + (int) (nameChars * 7.2));
        // Room right of the longest bar for its label, at about 7 px a character of 12 px text.
        double plotW = ScalingChart.WIDTH - left - RIGHT - 12 - labelChars * 7;
        TimeAxis first = new TimeAxis(max, left, plotW);
        TimeAxis axis = new TimeAxis((max + first.stepNs - 1) / first.stepNs * first.stepNs, left, plotW);
        int bottom = TOP + rows.size() * PITCH;
        Svg svg = new Svg(ScalingChart.WIDTH, bottom + 44).card();
        axis.draw(svg, TOP - 6, bottom);
        String baselineName = CompareResult.describe(wall.baseline(), compare.keys());
        svg.text(left + plotW / 2, bottom + 36, "simulated wall time, the same work in each row: shorter is faster"
                + " · dashed: " + baselineName, "middle", Palette.INK, "font-size=\"12\"");

        double xb = axis.x(wall.baseline().result().total().wallNs());
        StringBuilder bars = new StringBuilder();
        for (int i = 0; i < rows.size(); i++) {
            CompareResult.Row row = rows.get(i);
            double y = TOP + i * PITCH;
            svg.text(left - 8, y + BAR_H - 3, CompareResult.describe(row, compare.keys()), "end", null, "");
            if (!WallComparison.finished(row)) {
                svg.text(left + 6, y + BAR_H - 3, notFinished(row.result()), "start", Palette.VERMILLION_TEXT,
                        "font-weight=\"bold\"");
                continue;
            }
            long ns = row.result().total().wallNs();
            double w = Math.max(1, axis.x(ns) - left);
            if (row == wall.baseline()) {
                svg.rect(left, y, w, BAR_H, Palette.AXIS);
            } else {
                bars.append('M').append(left).append(' ').append(Svg.num(y)).append('h').append(Svg.num(w))
                        .append('v').append(BAR_H).append('h').append(Svg.num(-w)).append('z');
            }
            // Past the dashed line too, which would cross the words of a bar ending short of it.
            svg.text(Math.max(left + w, xb + 1) + 6, y + BAR_H - 3, barLabel(row, wall), "start", null,
                    "font-size=\"12\"");
        }
        svg.path(bars.toString(), "fill=\"" + Palette.BLUE + "\"");
        svg.line(xb, TOP - 8, xb, bottom + 2, Palette.INK, 1.5, "4 3");
        svg.line(left, TOP - 6, left, bottom, Palette.AXIS, 1, null);
        return svg.img(alt(compare, wall, baselineName));
    }

    /** "512 µs · +6.0%". */
    private static String barLabel(CompareResult.Row row, WallComparison wall) {
        return Units.duration(row.result().total().wallNs()) + " · " + wall.label(row);
    }

    private static String notFinished(RunResult r) {
        return r.status() == RunResult.Status.CRASHED
                ? "✕ crashed" + (r.crash() == null ? "" : " at " + Units.duration(r.crash().timeNs()))
                + ": no time to compare"
                : "did not finish: no time to compare";
    }

    private static String alt(CompareResult compare, WallComparison wall, String baselineName) {
        List<String> parts = new ArrayList<>();
        for (CompareResult.Row row : compare.rows()) {
            String name = CompareResult.describe(row, compare.keys());
            parts.add(WallComparison.finished(row)
                    ? name + " " + barLabel(row, wall)
                    : name + " did not finish (" + row.result().status().name().toLowerCase() + ")");
        }
        return "Simulated wall time of each combination, the same work in each, against " + baselineName + ": "
                + String.join("; ", parts) + ".";
    }
}
