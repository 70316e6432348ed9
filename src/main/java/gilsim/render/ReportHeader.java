package gilsim.render;

import gilsim.sim.RunResult;
import gilsim.sim.settings.Durations;
import gilsim.sim.settings.GilMode;
import gilsim.sim.settings.Settings;

import java.util.ArrayList;
import java.util.List;

/**
 * The top of a report: one line that says what happened ("4 threads · 31.4 ms simulated ·
 * stopped by a use-after-free"), then the settings it ran with as chips, so that a handout is
 * self-describing. A setting changed after its {@code %python} preset is bold and starred, as in
 * {@code %config}.
 */
final class ReportHeader {
    private ReportHeader() {}

    static String html(RunResult r) {
        StringBuilder out = new StringBuilder("<p style=\"margin:0 0 4px 0;font-size:1.1em\"><b>")
                .append(Html.esc(title(r))).append("</b></p><div style=\"margin:0 0 6px 0\">");
        for (String chip : chips(r.settings(), r.threads().size())) out.append(Html.chip(chip));
        if (!r.settings().overridden().isEmpty()) out.append("<span>* changed after the preset</span>");
        return out.append("</div>").toString();
    }

    /** "gilsim run · 4 threads · 31.4 ms simulated · stopped by a use-after-free". */
    static String title(RunResult r) {
        return "gilsim run · " + Units.plural(r.threads().size(), "thread", "threads") + " · "
                + Units.duration(r.total().wallNs()) + " simulated" + ending(r);
    }

    private static String ending(RunResult r) {
        return switch (r.status()) {
            case OK -> "";
            case ERROR -> " · ended with an error (partial report)";
            case INTERRUPTED -> " · interrupted (partial report)";
            case LIMIT -> " · stopped by a limit (partial report)";
            case DEADLOCK -> " · stopped by a deadlock (partial report)";
            case CRASHED -> " · stopped by a " + (r.crash() == null ? "simulated crash" : r.crash().kind());
        };
    }

    /**
     * The chips' HTML: value words first, as a learner says them ("GIL off", "refcount plain").
     * {@code ran} is the number of threads the run had: when the cell started threads itself it
     * differs from the {@code %threads} setting, and the chip says both.
     */
    static List<String> chips(Settings s, int ran) {
        List<String> chips = new ArrayList<>();
        chips.add(Html.esc("python " + s.python().label()));
        chips.add(Html.esc(threads(s, ran)));
        chips.add(Html.esc(Units.plural(s.cores(), "core", "cores")));
        chips.add(marked("GIL " + s.gil().label(), s.overridden().contains("gil")));
        chips.add(marked("refcount " + s.refcount().label(), s.overridden().contains("refcount")));
        chips.add(marked("immortal " + (s.immortal() ? "on" : "off"), s.overridden().contains("immortal")));
        if (s.gil() == GilMode.ON || s.overridden().contains("switch_interval_ns")) {
            chips.add(marked("switch interval " + Durations.format(s.switchIntervalNs()),
                    s.overridden().contains("switch_interval_ns")));
        }
        chips.add(Html.esc("seed " + s.seed()));
        return chips;
    }

    /** "4 threads", or "%threads 1 · 3 threads ran" when the cell started threads itself. */
    static String threads(Settings s, int ran) {
        if (ran == s.threads()) return Units.plural(ran, "thread", "threads");
        return "%threads " + s.threads() + " · " + Units.plural(ran, "thread", "threads") + " ran";
    }

    private static String marked(String text, boolean changed) {
        return changed ? "<b>" + Html.esc(text) + " *</b>" : Html.esc(text);
    }
}
