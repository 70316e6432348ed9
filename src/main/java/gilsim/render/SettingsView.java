package gilsim.render;

import gilsim.sim.settings.CostEntry;
import gilsim.sim.settings.CostModel;
import gilsim.sim.settings.Durations;
import gilsim.sim.settings.GilMode;
import gilsim.sim.settings.LimitEntry;
import gilsim.sim.settings.Limits;
import gilsim.sim.settings.PythonPreset;
import gilsim.sim.settings.Settings;

import java.util.ArrayList;
import java.util.List;

/**
 * Text and HTML renderings of settings, costs, limits and presets ({@code %config}, {@code %cost},
 * {@code %limit}, {@code %python}).
 *
 * <p>The HTML must survive JupyterLab's sanitizer in untrusted notebooks (DESIGN.md §6): plain
 * {@code <table>}s, no {@code <style>} or {@code <script>}, {@code style} attributes with plain
 * properties only. Colours are inherited from the page, so the tables read in light and dark
 * themes; only borders (a half-transparent grey) and padding are set. Changed values are marked
 * with "*" and bold, never by colour alone.
 */
public final class SettingsView {
    private static final String TABLE = "<table style=\"border-collapse:collapse;margin:4px 0\">";
    private static final String CELL = "text-align:left;padding:2px 10px;"
            + "border-bottom:1px solid rgba(128,128,128,0.35);vertical-align:top";
    private static final String MARK = "*";

    private SettingsView() {}

    /** The settings as rows: label, value, and whether the value was changed after the preset. */
    private record Row(String label, String value, boolean changed) {}

    private static List<Row> settingRows(Settings s) {
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("python", s.python().label(), false));
        rows.add(new Row("threads", String.valueOf(s.threads()), false));
        rows.add(new Row("cores", String.valueOf(s.cores()), false));
        rows.add(new Row("gil", s.gil().label(), s.overridden().contains("gil")));
        rows.add(new Row("refcount", s.refcount().label(), s.overridden().contains("refcount")));
        rows.add(new Row("immortal", onOff(s.immortal()), s.overridden().contains("immortal")));
        rows.add(new Row("switch interval", switchInterval(s), s.overridden().contains("switch_interval_ns")));
        rows.add(new Row("deferred", s.deferred().label(), false));
        rows.add(new Row("seed", String.valueOf(s.seed()), false));
        rows.add(new Row("watch", s.watch().isEmpty() ? "(none)" : String.join(" ", s.watch()), false));
        rows.add(new Row("timeline", onOff(s.timeline()), false));
        rows.add(new Row("report", s.report().label(), false));
        return rows;
    }

    private static String switchInterval(Settings s) {
        String value = Durations.format(s.switchIntervalNs()) + " (" + Durations.formatSeconds(s.switchIntervalNs())
                + " s)";
        return s.gil() == GilMode.LEGACY
                ? value + ", unused: the legacy GIL switches every " + s.checkInterval() + " instructions"
                : value;
    }

    // ---- settings (%config) ----

    /** Every setting, then the costs and limits: {@code %config} as text/plain. */
    public static String configText(Settings s) {
        return settingsText(s) + "\n" + costsText(s.costs()) + "\n" + limitsText(s.limits());
    }

    /** Every setting, then the costs and limits: {@code %config} as text/html. */
    public static String configHtml(Settings s) {
        return "<div>" + settingsHtml(s) + costsHtml(s.costs()) + limitsHtml(s.limits()) + "</div>";
    }

    public static String settingsText(Settings s) {
        StringBuilder out = new StringBuilder("Settings (").append(presetNote(s)).append(")\n");
        List<Row> rows = settingRows(s);
        int width = rows.stream().mapToInt(r -> r.label().length()).max().orElse(0);
        for (Row r : rows) {
            out.append("  ").append(pad(r.label(), width)).append("  ").append(r.value())
                    .append(r.changed() ? " " + MARK : "").append('\n');
        }
        return out.toString();
    }

    public static String settingsHtml(Settings s) {
        StringBuilder out = new StringBuilder(heading("Settings", presetNote(s)));
        out.append(TABLE).append(headerRow("setting", "value"));
        for (Row r : settingRows(s)) {
            out.append("<tr>").append(td(Html.esc(r.label()))).append(td(marked(r.value(), r.changed()))).append("</tr>");
        }
        return out.append("</table>").toString();
    }

    /** One line for report headers: "python 3.11 · threads 4 · cores 4 · gil off* · ...". */
    public static String oneLine(Settings s) {
        List<String> parts = new ArrayList<>();
        for (Row r : settingRows(s)) {
            if (r.label().equals("watch") || r.label().equals("timeline") || r.label().equals("report")) continue;
            String value = r.label().equals("switch interval") ? Durations.format(s.switchIntervalNs()) : r.value();
            parts.add(r.label() + " " + value + (r.changed() ? MARK : ""));
        }
        return String.join(" · ", parts);
    }

    private static String presetNote(Settings s) {
        return s.overridden().isEmpty()
                ? "preset python " + s.python().label()
                : "preset python " + s.python().label() + "; " + MARK + " = changed after the preset";
    }

    // ---- costs (%cost) ----

    public static String costsText(CostModel costs) {
        StringBuilder out = new StringBuilder("Costs in simulated time (").append(MARK)
                .append(" = changed from the default; %cost name=value to change)\n");
        int width = CostModel.names().stream().mapToInt(String::length).max().orElse(0);
        List<String> values = CostModel.entries().stream()
                .map(e -> costValue(costs, e) + (costs.isChanged(e.name()) ? " " + MARK : "")).toList();
        int valueWidth = values.stream().mapToInt(String::length).max().orElse(0);
        String indent = " ".repeat(2 + width + 2 + valueWidth + 2);
        for (int i = 0; i < values.size(); i++) {
            CostEntry e = CostModel.entries().get(i);
            out.append("  ").append(pad(e.name(), width)).append("  ").append(pad(values.get(i), valueWidth))
                    .append("  ").append(e.meaning())
                    .append(costs.isChanged(e.name()) ? " (default " + Durations.format(e.defaultValue()) + ")" : "")
                    .append('\n').append(indent).append("source: ").append(e.source()).append('\n');
        }
        return out.toString();
    }

    public static String costsHtml(CostModel costs) {
        StringBuilder out = new StringBuilder(heading("Costs", "simulated time; " + MARK
                + " = changed from the default; %cost name=value to change"));
        out.append(TABLE).append(headerRow("cost", "value", "default", "charged for", "source"));
        for (CostEntry e : CostModel.entries()) {
            out.append("<tr>").append(td("<code>" + Html.esc(e.name()) + "</code>"))
                    .append(td(marked(costValue(costs, e), costs.isChanged(e.name()))))
                    .append(td(Html.esc(Durations.format(e.defaultValue()))))
                    .append(td(Html.esc(e.meaning()))).append(td(Html.esc(e.source()))).append("</tr>");
        }
        return out.append("</table>").toString();
    }

    private static String costValue(CostModel costs, CostEntry e) {
        return Durations.format(costs.get(e.name()));
    }

    // ---- limits (%limit) ----

    public static String limitsText(Limits limits) {
        StringBuilder out = new StringBuilder("Limits (").append(MARK)
                .append(" = changed from the default; %limit key=value to change)\n");
        int width = Limits.keys().stream().mapToInt(String::length).max().orElse(0);
        List<String> values = Limits.keys().stream()
                .map(k -> limitValue(limits, k) + (limits.isChanged(k) ? " " + MARK : "")).toList();
        int valueWidth = values.stream().mapToInt(String::length).max().orElse(0);
        for (int i = 0; i < values.size(); i++) {
            LimitEntry e = Limits.entries().get(i);
            out.append("  ").append(pad(e.key(), width)).append("  ").append(pad(values.get(i), valueWidth))
                    .append("  ").append(e.meaning()).append('\n');
        }
        return out.toString();
    }

    public static String limitsHtml(Limits limits) {
        StringBuilder out = new StringBuilder(heading("Limits", MARK
                + " = changed from the default; %limit key=value to change"));
        out.append(TABLE).append(headerRow("limit", "value", "range", "bounds"));
        for (LimitEntry e : Limits.entries()) {
            out.append("<tr>").append(td("<code>" + Html.esc(e.key()) + "</code>"))
                    .append(td(marked(limitValue(limits, e.key()), limits.isChanged(e.key()))))
                    .append(td(Html.esc(Durations.plain(e.min()) + " – " + Durations.plain(e.max()))))
                    .append(td(Html.esc(e.meaning()))).append("</tr>");
        }
        return out.append("</table>").toString();
    }

    private static String limitValue(Limits limits, String key) {
        String value = limits.display(key);
        return key.equals("seconds") ? value + " s" : value;
    }

    // ---- presets (%python) ----

    /** The current preset's settings beside the current ones, the changed ones marked ({@code %python} alone). */
    public static String presetText(Settings s) {
        List<String[]> rows = presetRows(s);
        StringBuilder out = new StringBuilder(s.python().description()).append('\n');
        int width = rows.stream().mapToInt(r -> r[0].length()).max().orElse(0);
        int presetWidth = Math.max("preset".length(), rows.stream().mapToInt(r -> r[1].length()).max().orElse(0));
        out.append("  ").append(pad("setting", width)).append("  ").append(pad("preset", presetWidth)).append("  now\n");
        for (String[] r : rows) {
            boolean changed = !r[1].equals(r[2]);
            out.append("  ").append(pad(r[0], width)).append("  ").append(pad(r[1], presetWidth)).append("  ")
                    .append(r[2]).append(changed ? " " + MARK : "").append('\n');
        }
        if (!s.overridden().isEmpty()) out.append(MARK).append(" changed after %python ").append(s.python().label())
                .append('\n');
        return out.toString();
    }

    public static String presetHtml(Settings s) {
        StringBuilder out = new StringBuilder(heading("%python " + s.python().label(), s.python().description()));
        out.append(TABLE).append(headerRow("setting", "preset", "now"));
        for (String[] r : presetRows(s)) {
            out.append("<tr>").append(td(Html.esc(r[0]))).append(td(Html.esc(r[1])))
                    .append(td(marked(r[2], !r[1].equals(r[2])))).append("</tr>");
        }
        out.append("</table>");
        if (!s.overridden().isEmpty()) {
            out.append("<p style=\"margin:2px 0\">").append(MARK).append(" changed after <code>%python ")
                    .append(Html.esc(s.python().label())).append("</code></p>");
        }
        return out.toString();
    }

    private static List<String[]> presetRows(Settings s) {
        PythonPreset p = s.python();
        Settings preset = s.withPython(p);
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"gil", p.gil().label(), s.gil().label()});
        rows.add(new String[] {"refcount", p.refcount().label(), s.refcount().label()});
        rows.add(new String[] {"immortal", onOff(p.immortal()), onOff(s.immortal())});
        rows.add(new String[] {"deferred", preset.deferred().label(), s.deferred().label()});
        rows.add(new String[] {"switch interval", Durations.format(p.switchIntervalNs()),
                Durations.format(s.switchIntervalNs())});
        return rows;
    }

    /** All presets side by side (FACTS.md §10), for {@code %help python}. */
    public static String presetTableText() {
        String[] head = {"python", "gil", "refcount", "immortal", "deferred", "getrefcount(None)"};
        List<String[]> rows = new ArrayList<>();
        rows.add(head);
        for (PythonPreset p : PythonPreset.values()) rows.add(presetTableRow(p));
        int[] widths = new int[head.length];
        for (String[] r : rows) for (int i = 0; i < r.length; i++) widths[i] = Math.max(widths[i], r[i].length());
        StringBuilder out = new StringBuilder();
        for (String[] r : rows) {
            out.append(' ');
            for (int i = 0; i < r.length; i++) out.append(' ').append(i == r.length - 1 ? r[i] : pad(r[i], widths[i]) + " ");
            out.append('\n');
        }
        return out.toString();
    }

    public static String presetTableHtml() {
        StringBuilder out = new StringBuilder(TABLE)
                .append(headerRow("python", "gil", "refcount", "immortal", "deferred", "getrefcount(None)"));
        for (PythonPreset p : PythonPreset.values()) {
            out.append("<tr>");
            for (String cell : presetTableRow(p)) out.append(td(Html.esc(cell)));
            out.append("</tr>");
        }
        return out.append("</table>").toString();
    }

    private static String[] presetTableRow(PythonPreset p) {
        String none = p.immortalRefcount() == 0 ? "ordinary count" : String.valueOf(p.immortalRefcount());
        return new String[] {p.label(), p.gil().label(), p.refcount().label(), onOff(p.immortal()),
                p.deferred().label(), none};
    }

    // ---- helpers ----

    private static String heading(String title, String note) {
        return "<p style=\"margin:6px 0 2px 0\"><b>" + Html.esc(title) + "</b> <span>(" + Html.esc(note) + ")</span></p>";
    }

    private static String headerRow(String... names) {
        StringBuilder out = new StringBuilder("<tr>");
        for (String n : names) out.append("<th style=\"").append(CELL).append("\">").append(Html.esc(n)).append("</th>");
        return out.append("</tr>").toString();
    }

    private static String td(String html) {
        return "<td style=\"" + CELL + "\">" + html + "</td>";
    }

    private static String marked(String value, boolean changed) {
        return changed ? "<b>" + Html.esc(value) + " " + MARK + "</b>" : Html.esc(value);
    }

    private static String onOff(boolean on) {
        return on ? "on" : "off";
    }

    private static String pad(String s, int width) {
        int length = s.codePointCount(0, s.length());
        return length >= width ? s : s + " ".repeat(width - length);
    }

}
