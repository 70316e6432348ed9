package gilsim.sim;

/**
 * An object whose stored count differs from its true count at the end of the run: stored above
 * true is a leak (the count never reaches 0), stored below true an undercount (a later decrement
 * will free it while references remain).
 *
 * @param object    the object, described
 * @param stored    its stored count (what sys.getrefcount reads, minus nothing)
 * @param trueCount the references that really exist
 */
public record Leak(String object, long stored, long trueCount) {}
