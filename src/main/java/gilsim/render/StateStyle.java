package gilsim.render;

import gilsim.sim.Activity;

import java.util.List;

/**
 * How the thread timeline draws each state: a fill (a colour for running, a pattern over a pale
 * tint for everything else, so the states differ in greyscale too), the legend's words, and the
 * short label written on segments wide enough to hold it.
 *
 * <p>Running with and without the GIL are both solid: a run has one or the other, never both
 * (the GIL is on, per interpreter, or off for all threads), and the labels on the bars and the
 * legend name which it is.
 */
enum StateStyle {
    RUNNING_GIL(Activity.RUNNING_GIL, Palette.BLUE, null, "runs, holding the GIL", "holds GIL", true),
    RUNNING(Activity.RUNNING, Palette.BLUISH_GREEN, null, "runs, no GIL needed", "runs", true),
    DESCHEDULED(Activity.DESCHEDULED, "url(#pd)",
            "<pattern id=\"pd\" width=\"5\" height=\"5\" patternUnits=\"userSpaceOnUse\">"
                    + "<rect width=\"5\" height=\"5\" fill=\"#e2e2e2\"/>"
                    + "<circle cx=\"2.5\" cy=\"2.5\" r=\"1.3\" fill=\"#5f5f5f\"/></pattern>",
            "runnable, waits for a free core", "no core", false),
    WAITING_GIL(Activity.WAITING_GIL, "url(#pw)",
            "<pattern id=\"pw\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">"
                    + "<rect width=\"6\" height=\"6\" fill=\"#fbe6bd\"/><rect width=\"2.6\" height=\"6\" fill=\"#e69f00\"/>"
                    + "</pattern>",
            "waits for the GIL", "waits for GIL", false),
    BLOCKED_LOCK(Activity.BLOCKED_LOCK, "url(#pl)",
            "<pattern id=\"pl\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(-45)\">"
                    + "<rect width=\"6\" height=\"6\" fill=\"#f5dfeb\"/><rect width=\"2.6\" height=\"6\" fill=\"#cc79a7\"/>"
                    + "</pattern>",
            "blocked on a lock or join", "lock", false),
    BLOCKED_IO(Activity.BLOCKED_IO, "url(#pi)",
            "<pattern id=\"pi\" width=\"4\" height=\"4\" patternUnits=\"userSpaceOnUse\">"
                    + "<rect width=\"4\" height=\"4\" fill=\"#dbeffb\"/><rect width=\"4\" height=\"1.6\" fill=\"#3c9bd3\"/>"
                    + "</pattern>",
            "blocked on I/O or sleep", "I/O", false);

    /** Bottom to top in a row: running first, so a thread's share of the CPU reads as a bar height. */
    static final List<StateStyle> STACK = List.of(values());

    final Activity activity;
    final String fill;
    final String patternDef;
    final String legend;
    final String shortLabel;
    final boolean solid;

    /**
     * The colour of a label written on this state's fill: white on the blue (5.2:1), ink on the
     * green (4.8:1; white would be 3.4:1); patterned fills get ink over a white halo.
     */
    String labelColour() {
        return this == RUNNING_GIL ? "#ffffff" : Palette.INK;
    }

    StateStyle(Activity activity, String fill, String patternDef, String legend, String shortLabel, boolean solid) {
        this.activity = activity;
        this.fill = fill;
        this.patternDef = patternDef;
        this.legend = legend;
        this.shortLabel = shortLabel;
        this.solid = solid;
    }
}
