package gilsim.render;

import gilsim.sim.Figures;
import gilsim.sim.settings.Settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A {@code %%compare} report as aligned {@code text/plain}: the same rows and numbers as
 * {@link CompareHtml}'s table, for {@code jupyter console}, e-mail and tests that diff.
 */
public final class CompareText {
    private CompareText() {}

    public static String render(CompareResult compare) {
        StringBuilder out = new StringBuilder(CompareHtml.title(compare)).append('\n');
        if (compare.rows().isEmpty()) return out.toString();
        out.append("same for all: ").append(shared(compare)).append("\n\n");
        long maxWall = compare.rows().stream().mapToLong(r -> r.result().total().wallNs()).max().orElse(0);
        Units.TimeUnit unit = Units.TimeUnit.forSpan(maxWall);
        Optional<WallComparison> wall = WallComparison.of(compare);
        boolean speedups = CompareHtml.showsSpeedup(compare);
        List<String> header = new ArrayList<>();
        for (String column : compare.columns()) header.add(CompareHtml.header(compare, column));
        header.add("wall (" + unit.symbol() + ")");
        wall.ifPresent(w -> header.add(w.header(compare.keys())));
        header.add("instructions/s");
        if (speedups) header.add("speedup");
        header.addAll(List.of("lost updates", "outcome"));
        List<List<String>> rows = new ArrayList<>();
        rows.add(header);
        for (CompareResult.Row row : compare.rows()) {
            Figures t = row.result().total();
            List<String> cells = new ArrayList<>();
            for (String column : compare.columns()) cells.add(CompareResult.value(row, column));
            cells.add(Units.time(t.wallNs(), unit));
            wall.ifPresent(w -> cells.add(w.label(row)));
            cells.add(Units.rate(t.throughputIps()));
            if (speedups) cells.add(Units.speedup(t.speedup()));
            cells.add(Units.count(t.lostUpdates()));
            cells.add(CompareHtml.outcome(row.result()));
            rows.add(cells);
        }
        int keys = compare.columns().size();
        int[] widths = new int[header.size()];
        for (List<String> r : rows) for (int i = 0; i < r.size(); i++) widths[i] = Math.max(widths[i], r.get(i).length());
        for (int k = 0; k < rows.size(); k++) {
            List<String> r = rows.get(k);
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < r.size(); i++) {
                boolean left = i < keys || i == r.size() - 1;
                String cell = r.get(i);
                String pad = " ".repeat(widths[i] - cell.length());
                line.append(i == 0 ? "" : "  ").append(left ? cell + pad : pad + cell);
            }
            out.append(line.toString().stripTrailing()).append('\n');
            if (k == 0) out.append("-".repeat(line.toString().stripTrailing().length())).append('\n');
        }
        if (compare.columns().stream().anyMatch(compare::derived)) out.append(CompareHtml.DERIVED_NOTE).append('\n');
        out.append('\n').append(Captions.compare(compare)).append('\n');
        wall.ifPresent(w -> out.append(Captions.wallChart(compare, w, false)).append('\n'));
        return out.toString();
    }

    private static String shared(CompareResult compare) {
        Settings s = compare.rows().get(0).settings();
        List<String> parts = new ArrayList<>();
        for (String setting : compare.sharedSettings()) {
            parts.add((setting.equals("switchinterval") ? "switch interval" : setting) + " "
                    + CompareResult.label(setting, s));
        }
        parts.add("seed " + s.seed());
        return String.join(" | ", parts);
    }
}
