package gilsim.sim.settings;

/**
 * One key of {@code %limit}: what it bounds and the values it accepts.
 *
 * @param key          the key users write ({@code %limit depth=3000})
 * @param meaning      what is bounded and what happens when a run reaches it
 * @param defaultValue the default, in {@code unit}
 * @param min          the smallest value accepted
 * @param max          the largest value accepted
 * @param unit         "instructions", "objects", "threads", "frames", "bytes" or "s"
 */
public record LimitEntry(String key, String meaning, double defaultValue, double min, double max, String unit) {
}
