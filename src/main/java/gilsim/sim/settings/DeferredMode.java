package gilsim.sim.settings;

/**
 * Deferred reference counting of widely shared objects in free-threaded builds (FACTS.md §7):
 * top-level functions, code objects, modules and classes.
 */
public enum DeferredMode {
    /** Counted like every other object (all GIL builds). */
    NONE("none"),
    /**
     * 3.13t: deferred counting was unfinished, so these objects are made immortal when the first
     * extra thread starts (pycore_gc.h, gh-117783; 3.13 free-threading HOWTO "Immortalization").
     */
    IMMORTALIZE_AT_FIRST_THREAD("immortalize-at-first-thread"),
    /**
     * 3.14t: stack pushes and pops of these objects skip refcounting for real (tagged
     * {@code _PyStackRef}s); only the cyclic GC frees them.
     */
    DEFERRED("deferred");

    private final String label;

    DeferredMode(String label) { this.label = label; }

    public String label() { return label; }

    @Override
    public String toString() { return label; }
}
