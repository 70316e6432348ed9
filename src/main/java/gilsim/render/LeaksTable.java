package gilsim.render;

import gilsim.sim.Leak;

import java.util.List;

/**
 * Objects whose stored count disagrees with the true count at the end of the run: above it is a
 * leak (the count never reaches 0), below it a free waiting to happen. A real table, bounded.
 */
final class LeaksTable {
    static final int MAX_ROWS = 20;

    private LeaksTable() {}

    /** @param title the section's title; @param note what the rows mean */
    static String html(String title, String note, List<Leak> leaks) {
        if (leaks.isEmpty()) return "";
        StringBuilder out = new StringBuilder(Html.heading(title, note)).append(Html.TABLE).append("<tr>")
                .append(Html.th("object", false)).append(Html.th("stored count", true))
                .append(Html.th("true count", true)).append(Html.th("difference", true)).append("</tr>");
        for (Leak l : leaks.subList(0, Math.min(MAX_ROWS, leaks.size()))) {
            long diff = l.stored() - l.trueCount();
            out.append("<tr>").append(Html.td(Html.esc(l.object()), false))
                    .append(Html.td(Units.count(l.stored()), true)).append(Html.td(Units.count(l.trueCount()), true))
                    .append(Html.td((diff > 0 ? "+" : "") + Units.count(diff), true)).append("</tr>");
        }
        if (leaks.size() > MAX_ROWS) {
            out.append("<tr>").append(Html.td("… and " + Units.count(leaks.size() - MAX_ROWS) + " more objects", false))
                    .append(Html.td("", true)).append(Html.td("", true)).append(Html.td("", true)).append("</tr>");
        }
        return out.append("</table>").toString();
    }
}
