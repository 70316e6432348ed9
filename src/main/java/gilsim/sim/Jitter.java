package gilsim.sim;

import java.util.SplittableRandom;

/**
 * The seeded randomness of a run ({@code %seed}): small timing noise so that races differ between
 * seeds the way real runs differ, and the choice among equal candidates (which GIL waiter a
 * condition-variable signal wakes). Same seed, same sequence: the machine stays deterministic.
 */
final class Jitter {
    /** Cores differ in speed by up to ±2 % (turbo, thermal and cache state). */
    static final double CORE_SPEED_SPREAD = 0.02;
    /** Wake-up latencies vary by ±25 % around the cost model's value (FACTS.md §9: 5-50 µs). */
    static final double WAKEUP_SPREAD = 0.25;

    private final SplittableRandom random;

    Jitter(long seed) {
        random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + 0x2545F4914F6CDD1DL);
    }

    /** A value within ±spread of {@code ps}. */
    long around(long ps, double spread) {
        if (ps == 0) return 0;
        double f = 1 + spread * (2 * random.nextDouble() - 1);
        return Math.max(0, Math.round(ps * f));
    }

    /** A speed factor for a core: instructions cost this times the nominal cost. */
    double coreSpeed() {
        return 1 + CORE_SPEED_SPREAD * (2 * random.nextDouble() - 1);
    }

    /** An index in [0, n). */
    int pick(int n) {
        return n <= 1 ? 0 : random.nextInt(n);
    }
}
