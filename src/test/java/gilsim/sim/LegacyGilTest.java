package gilsim.sim;

import static org.junit.jupiter.api.Assertions.assertTrue;

import gilsim.sim.settings.GilMode;
import gilsim.sim.settings.Settings;
import org.junit.jupiter.api.Test;

/**
 * The Python 2 GIL (FACTS.md §2-3): released and re-acquired every 100 ticks; on a multicore machine
 * the woken waiter usually finds it taken again. Beazley (2009) measured two CPU-bound threads on
 * two cores ≈ 1.8× slower than the same work done one after the other.
 */
class LegacyGilTest {
    private static final String COUNT = "def count(n):\n    while n > 0:\n        n -= 1\ncount(20000)\n";

    @Test
    void twoCpuBoundThreadsOnTwoCoresRunSlowerThanOneAfterAnother() {
        Settings s = Settings.defaults().withThreads(2).withCores(2).withGil(GilMode.LEGACY);
        Workloads.Run r = Workloads.run(COUNT, s);
        double slowdown = 1 / r.speedup();
        long failed = r.total().failedWakeups();
        long switches = r.total().gilSwitches();
        assertTrue(slowdown > 1.1, "two threads should be slower than sequential, slowdown " + slowdown);
        assertTrue(failed > 10 * switches, failed + " failed wake-ups for " + switches + " switches");
        System.out.printf("legacy GIL, 2 threads x 2 cores: %.2fx slower than sequential (Beazley 2009: ~1.8x),"
                + " %d failed wake-ups, %d hand-offs%n", slowdown, failed, switches);
    }

    @Test
    void aLoneThreadUnderTheLegacyGilHasNoFailedWakeups() {
        Workloads.Run r = Workloads.run(COUNT, Settings.defaults().withGil(GilMode.LEGACY));
        assertTrue(r.total().failedWakeups() == 0);
        assertTrue(r.speedup() > 0.95, "speedup " + r.speedup());
    }
}
