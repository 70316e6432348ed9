package gilsim.sim.settings;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * How reference counts are updated ({@code %refcount}); DESIGN.md §4 and FACTS.md §4-§5.
 */
public enum RefcountMode {
    /** Non-atomic load, add, store: CPython's own, safe only under a GIL. */
    PLAIN("plain", "non-atomic load, add, store (CPython's own; loses updates without a GIL)"),
    /** A mutex around every count, one per object: correct, a lock and an unlock per operation. */
    LOCKED("locked", "a mutex per object around every count: correct, a lock+unlock per operation"),
    /** One lock for all counts, as Greg Stein's 1996 free-threading patch did on Linux. */
    GLOBAL_LOCK("global-lock", "one lock for all counts (Greg Stein's patch on Linux): every operation serialised"),
    /** Atomic read-modify-write: correct, and expensive when the cache line bounces between cores. */
    ATOMIC("atomic", "atomic instructions: correct, slower, much slower when contended"),
    /** PEP 703 biased counting: owner thread non-atomic, other threads atomic on a shared count. */
    BIASED("biased", "PEP 703 biased counting: owner updates a local count, others an atomic shared one");

    private final String label;
    private final String description;

    RefcountMode(String label, String description) {
        this.label = label;
        this.description = description;
    }

    /** The word users type after {@code %refcount}. */
    public String label() { return label; }

    public String description() { return description; }

    public static Optional<RefcountMode> fromLabel(String text) {
        return Arrays.stream(values()).filter(m -> m.label.equalsIgnoreCase(text.trim())).findFirst();
    }

    public static List<String> labels() {
        return Arrays.stream(values()).map(RefcountMode::label).toList();
    }

    @Override
    public String toString() { return label; }
}
