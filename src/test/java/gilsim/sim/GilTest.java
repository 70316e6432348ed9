package gilsim.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gilsim.sim.settings.GilMode;
import gilsim.sim.settings.Settings;
import org.junit.jupiter.api.Test;

/**
 * The 3.2+ GIL (FACTS.md §2): CPU-bound threads get no speedup, the GIL changes hands about once per
 * switch interval, and a long built-in call keeps it for its whole duration. Runs are shortened by
 * shrinking the switch interval with the work (5 ms → 50-100 µs).
 */
class GilTest {
    @Test
    void fourCpuBoundThreadsUnderTheGilGetNoSpeedupAndTheGilChangesHandsOncePerInterval() {
        long interval = 50_000;
        Workloads.Run r = Workloads.run(Workloads.countLoop(15_000), Workloads.base(4, interval));
        double speedup = r.speedup();
        assertTrue(speedup <= 1.1 && speedup > 0.8, "speedup " + speedup + " should be about 1");
        double intervals = r.total().wallNs() / (double) interval;
        double switches = r.total().gilSwitches();
        assertTrue(switches > 0.7 * intervals && switches < 1.3 * intervals,
                switches + " GIL switches in " + intervals + " intervals");
        System.out.printf("GIL on, 4 threads x 4 cores: speedup %.2f, %d switches in %.1f intervals%n", speedup,
                (long) switches, intervals);
    }

    /** A ticker thread sleeps a little between ticks; the main thread does CPU work. */
    private static String ticker(String work) {
        return String.join("\n",
                "import threading, time",
                "ticks = []",
                "def ticker():",
                "    for i in range(40):",
                "        ticks.append(time.perf_counter())",
                "        time.sleep(0.00005)",
                "t = threading.Thread(target=ticker)",
                "t.start()",
                work,
                "t.join()",
                "gaps = [b - a for a, b in zip(ticks, ticks[1:])]",
                "print(round(max(gaps) * 1e6))",
                "");
    }

    @Test
    void longBuiltinCallHoldsTheGilForItsWholeDuration() {
        Settings s = Workloads.base(1, 100_000);
        Workloads.Run builtin = Workloads.run(ticker("total = sum(range(100000))"), s);
        Workloads.Run loop = Workloads.run(ticker("total = 0\nfor i in range(100000):\n    total += i"), s);
        long builtinGapUs = Long.parseLong(builtin.stdout().trim());
        long loopGapUs = Long.parseLong(loop.stdout().trim());
        // sum() of 100,000 items is one 2.2 ms step: the ticker gets no turn until it returns.
        assertTrue(builtinGapUs >= 2_000, "the ticker waited only " + builtinGapUs + " µs beside sum()");
        // The same work as a Python loop reaches eval-breaker checks: the ticker gets the GIL each interval.
        assertTrue(loopGapUs < 500, "the ticker waited " + loopGapUs + " µs beside a Python loop");
        System.out.printf("longest ticker gap: %d µs beside sum(range(100000)), %d µs beside the same loop in Python%n",
                builtinGapUs, loopGapUs);
    }

    @Test
    void gilSwitchesOnlyWhenAWaiterAsks() {
        Workloads.Run one = Workloads.run(Workloads.countLoop(20_000), Workloads.base(1, 50_000));
        assertEquals(0, one.total().gilSwitches(), "MainThread holds the GIL when the cell starts and keeps it");
        assertEquals(0, one.total().gilWaitNs());
        assertEquals(1.0, one.total().speedup(), 0.02, "a lone thread's wall time is its own work (within the cores' speed jitter)");
    }

    @Test
    void noGilLetsCpuBoundThreadsRunInParallel() {
        Workloads.Run r = Workloads.run(Workloads.countLoop(15_000), Workloads.base(4, 50_000).withGil(GilMode.OFF));
        assertEquals(0, r.total().gilSwitches());
        assertTrue(r.speedup() > 3.5, "speedup " + r.speedup());
    }
}
