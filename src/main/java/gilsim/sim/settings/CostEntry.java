package gilsim.sim.settings;

/**
 * One named cost of the simulated machine, as {@code %cost} shows it.
 *
 * @param name         the key users write ({@code %cost refcount_atomic=8})
 * @param defaultValue the default, in {@code unit}
 * @param unit         always "ns" (simulated nanoseconds) today; kept explicit for the tables
 * @param meaning      what the simulator charges it for
 * @param source       where the default comes from (FACTS.md §9 and the works it cites)
 * @param positive     true if zero is not allowed (a zero instruction cost would stop the clock)
 */
public record CostEntry(String name, double defaultValue, String unit, String meaning, String source,
                        boolean positive) {
}
