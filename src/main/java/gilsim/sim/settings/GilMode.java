package gilsim.sim.settings;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Which Global Interpreter Lock the simulated interpreter has ({@code %gil}).
 * The behaviour of each model is FACTS.md §2 (and §8 for per-interpreter GILs).
 */
public enum GilMode {
    /** CPython 3.2+: time-based switching with a drop request after one switch interval. */
    ON("on", "CPython 3.2+ GIL: a waiter asks for it after one switch interval; forced switching"),
    /** Python 2: the holder releases and re-acquires every 100 ticks (the multicore "GIL battle"). */
    LEGACY("legacy", "Python 2 GIL: release, signal and re-acquire every 100 instructions"),
    /** Free-threaded: no GIL, threads run in parallel on the cores. */
    OFF("off", "no GIL: threads run truly in parallel (free-threading, PEP 703)"),
    /** One interpreter per thread, each with its own GIL and heap (PEP 684/734). */
    PER_INTERPRETER("per-interpreter", "one interpreter per thread, each with its own GIL and heap (PEP 684)");

    private final String label;
    private final String description;

    GilMode(String label, String description) {
        this.label = label;
        this.description = description;
    }

    /** The word users type after {@code %gil}. */
    public String label() { return label; }

    public String description() { return description; }

    public static Optional<GilMode> fromLabel(String text) {
        return Arrays.stream(values()).filter(m -> m.label.equalsIgnoreCase(text.trim())).findFirst();
    }

    public static List<String> labels() {
        return Arrays.stream(values()).map(GilMode::label).toList();
    }

    @Override
    public String toString() { return label; }
}
