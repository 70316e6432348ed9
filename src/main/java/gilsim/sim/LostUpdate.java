package gilsim.sim;

/**
 * A refcount update that vanished: {@code lostThread}'s increment or decrement of {@code object}
 * was overwritten by {@code otherThread}'s store, both having loaded the same old value.
 *
 * @param timeNs      when the overwritten store happened
 * @param object      the object, described ("list object at 0x… (shared)")
 * @param lostThread  whose update was lost
 * @param otherThread whose overlapping update overwrote it
 * @param op          "incref" or "decref" (the lost one)
 */
public record LostUpdate(long timeNs, String object, String lostThread, String otherThread, String op) {}
