package gilsim.render;

import gilsim.sim.Crash;
import gilsim.sim.LostUpdate;
import gilsim.sim.settings.GilMode;
import gilsim.sim.settings.RefcountMode;
import gilsim.sim.settings.Settings;

/**
 * The crash in plain words, in a box a learner cannot miss: what happened, when, to which object,
 * the lost updates that led there, and what would have prevented it. A tinted background and a
 * thick left border (not colour alone) set it apart; the text keeps the page's colour, so it reads
 * in both themes.
 */
final class CrashBox {
    /** The lost updates listed; the sim keeps the last few. */
    private static final int MAX_LOST_LISTED = 5;

    private CrashBox() {}

    static String html(Crash crash, Settings settings) {
        StringBuilder out = new StringBuilder("<div style=\"border-left:5px solid #d55e00;"
                + "background-color:rgba(213,94,0,0.13);padding:8px 12px;margin:6px 0 10px 0\">");
        out.append("<p style=\"margin:0 0 4px 0\"><b>").append(Html.esc(headline(crash))).append("</b> ")
                .append(Html.esc(crash.message())).append("</p>");
        if (!crash.lostUpdates().isEmpty()) {
            out.append("<p style=\"margin:4px 0 2px 0\">Lost updates that led here (the last ")
                    .append(Math.min(MAX_LOST_LISTED, crash.lostUpdates().size())).append("):</p><ul style=\"margin:0\">");
            int from = Math.max(0, crash.lostUpdates().size() - MAX_LOST_LISTED);
            for (LostUpdate u : crash.lostUpdates().subList(from, crash.lostUpdates().size())) {
                out.append("<li>").append(Html.esc(lostUpdate(u, crash.object()))).append("</li>");
            }
            out.append("</ul>");
        }
        String fix = fix(settings);
        if (!fix.isEmpty()) out.append("<p style=\"margin:4px 0 0 0\"><i>").append(fix).append("</i></p>");
        return out.append("</div>").toString();
    }

    static String headline(Crash crash) {
        String kind = crash.kind().equals(Crash.DOUBLE_FREE) ? "Double free" : "Use-after-free";
        return kind + " (simulated) in " + crash.thread() + " at " + Units.duration(crash.timeNs()) + ".";
    }

    /**
     * "at 4.88 µs, T0's incref was overwritten by T2 (both had read the same count)"; the object is
     * named only when it is not the crashed one.
     */
    static String lostUpdate(LostUpdate u, String crashedObject) {
        String of = u.object().equals(crashedObject) ? "" : " of " + u.object();
        return "at " + Units.duration(u.timeNs()) + ", " + u.lostThread() + "'s " + u.op() + of
                + " was overwritten by " + u.otherThread() + " (both had read the same count)";
    }

    /** What would have prevented it, in the magics a learner can type. */
    private static String fix(Settings s) {
        if (s.refcount() == RefcountMode.PLAIN && s.gil() == GilMode.OFF) {
            return "With <code>%gil on</code> or <code>%refcount atomic</code> (or <code>biased</code>) this cannot "
                    + "happen: no update is lost.";
        }
        return "";
    }
}
