package gilsim.sim.settings;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** How much of a run's report is shown ({@code %report}). */
public enum ReportLevel {
    /** Header, throughput table, GIL/thread timeline and refcount timelines. */
    FULL("full"),
    /** Header and throughput table only. */
    SUMMARY("summary"),
    /** No report (the run's prints and errors still appear). */
    OFF("off");

    private final String label;

    ReportLevel(String label) { this.label = label; }

    public String label() { return label; }

    public static Optional<ReportLevel> fromLabel(String text) {
        return Arrays.stream(values()).filter(m -> m.label.equalsIgnoreCase(text.trim())).findFirst();
    }

    public static List<String> labels() {
        return Arrays.stream(values()).map(ReportLevel::label).toList();
    }

    @Override
    public String toString() { return label; }
}
