package gilsim.sim;

import static org.junit.jupiter.api.Assertions.assertTrue;

import gilsim.sim.settings.GilMode;
import gilsim.sim.settings.Settings;
import org.junit.jupiter.api.Test;

/**
 * The convoy effect (Beazley, PyCon 2010; bpo-7946; FACTS.md §2-3): under the 3.2+ GIL every
 * GIL-releasing call made beside a CPU-bound thread costs about one switch interval, so an I/O-bound
 * thread gets its I/O done many times slower than alone. Beazley measured ≈ 20× (0.57 s vs 12.4 s).
 * Shortened: 100 calls of 10 µs of simulated I/O, a 200 µs switch interval.
 */
class ConvoyTest {
    private static String program(boolean withCpuThread) {
        return String.join("\n",
                "import threading, time, simio",
                "took = []",
                "def io_worker(n):",
                "    start = time.perf_counter()",
                "    for i in range(n):",
                "        simio.io_wait(0.01)",
                "    took.append(time.perf_counter() - start)",
                "def spin(n):",
                "    while n > 0:",
                "        n -= 1",
                withCpuThread ? "threading.Thread(target=spin, args=(10_000_000,), daemon=True).start()" : "",
                "io = threading.Thread(target=io_worker, args=(100,))",
                "io.start()",
                "io.join()",
                "print(round(took[0] * 1e6))",
                "");
    }

    @Test
    void ioThreadBesideACpuBoundThreadIsManyTimesSlowerUnderTheGilButNotWithoutIt() {
        Settings gil = Settings.defaults().withSwitchIntervalNs(200_000);
        long alone = Long.parseLong(Workloads.run(program(false), gil).stdout().trim());
        long convoy = Long.parseLong(Workloads.run(program(true), gil).stdout().trim());
        long free = Long.parseLong(Workloads.run(program(true), gil.withGil(GilMode.OFF)).stdout().trim());
        double slowdown = convoy / (double) alone;
        double freeSlowdown = free / (double) alone;
        assertTrue(slowdown > 8, "I/O beside a CPU thread took only " + slowdown + "x its time alone");
        assertTrue(freeSlowdown < 1.5, "without a GIL the I/O thread took " + freeSlowdown + "x its time alone");
        System.out.printf("convoy: 100 I/O calls took %d µs alone, %d µs beside a CPU-bound thread under the GIL"
                + " (%.1fx; Beazley 2010: ~20x), %d µs without a GIL (%.2fx)%n", alone, convoy, slowdown, free, freeSlowdown);
    }
}
