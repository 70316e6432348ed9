package gilsim.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gilsim.sim.settings.CostModel;
import gilsim.sim.settings.Settings;
import org.junit.jupiter.api.Test;

/**
 * An uncontended threading.Lock acquire and release cost one uncontended mutex lock+unlock
 * ({@code %cost mutex}, 25 ns, Dean's latency table in FACTS.md §9): half at acquire, half at
 * release.
 */
class LockCostTest {
    private static final int N = 2_000;

    /** The same bytecode either way: two calls of a method of the lock per iteration. */
    private static String loop(String first, String second) {
        return "import threading\nlock = threading.Lock()\ndef work(n):\n    for i in range(n):\n"
                + "        lock." + first + "()\n        lock." + second + "()\nwork(" + N + ")\n";
    }

    private static long wallNs(String source, Settings settings) {
        return Workloads.run(source, settings).total().wallNs();
    }

    @Test
    void anUncontendedAcquireAndReleaseCostTheMutexFromTheCostTable() {
        Settings s = Settings.defaults();
        double mutexNs = s.costs().mutex();
        assertEquals(25, mutexNs, "FACTS.md §9: uncontended mutex lock+unlock ≈ 25 ns");
        long locking = wallNs(loop("acquire", "release"), s);
        long asking = wallNs(loop("locked", "locked"), s);
        assertEquals(Math.round(mutexNs * N), locking - asking,
                "with the lock: " + locking + " ns, without: " + asking + " ns, for " + N + " acquire+release pairs");
    }

    @Test
    void theLocksCostFollowsPercentCostMutex() {
        Settings s = Settings.defaults();
        Settings dear = s.withCosts(s.costs().with("mutex", 125));
        long cheap = wallNs(loop("acquire", "release"), s);
        long costly = wallNs(loop("acquire", "release"), dear);
        assertEquals(100L * N, costly - cheap, "100 ns more per acquire+release, nothing else changes");
    }

    @Test
    void aSingleThreadsLockWorkCountsAsItsOwnWork() {
        Workloads.Run r = Workloads.run(loop("acquire", "release"), Settings.defaults());
        assertEquals(1.0, r.speedup(), 0.01, "one thread running alone has a speedup of 1");
    }
}
