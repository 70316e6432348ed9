package gilsim.sim;

import java.util.List;

/**
 * A simulated crash that stopped the run (DESIGN.md §6 "crash").
 *
 * @param kind        "use-after-free" or "double-free"
 * @param object      the object, described
 * @param thread      the thread that touched freed memory, or freed twice
 * @param timeNs      when (simulated ns since the run started)
 * @param message     the explanation in plain words: what was freed by whom, which lost updates
 *                    led there, and that real CPython might crash or silently corrupt data
 * @param freedBy     the thread whose decrement freed the object first (may be null)
 * @param lostUpdates the lost updates on the object that led to it (the last few)
 */
public record Crash(String kind, String object, String thread, long timeNs, String message, String freedBy,
                    List<LostUpdate> lostUpdates) {
    public static final String USE_AFTER_FREE = "use-after-free";
    public static final String DOUBLE_FREE = "double-free";
}
