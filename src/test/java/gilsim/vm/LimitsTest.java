package gilsim.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Limits stop a workload with a clear message, and an interrupt always stops it. */
class LimitsTest {
    @Test
    void recursionErrorAtCPythonsDefaultDepth() {
        Py py = new Py();
        String out = py.print("d = 0\ndef f():\n    global d\n    d += 1\n    f()\n"
                + "try:\n    f()\nexcept RecursionError as e:\n    print(d, e)\n");
        assertEquals("999 maximum recursion depth exceeded\n", out);
    }

    @Test
    void recursionLimitIsConfigurable() {
        Limits limits = new Limits();
        limits.recursionLimit = 50;
        Py py = new Py(limits);
        String out = py.print("d = 0\ndef f():\n    global d\n    d += 1\n    f()\n"
                + "try:\n    f()\nexcept RecursionError:\n    print(d)\n");
        assertEquals("49\n", out);
    }

    @Test
    void instructionLimitStopsAnEndlessLoop() {
        Limits limits = new Limits();
        limits.maxInstructions = 200_000;
        Py py = new Py(limits);
        RunOutcome r = py.run("n = 0\nwhile True:\n    n += 1\n");
        assertEquals(RunOutcome.Status.LIMIT, r.status());
        assertTrue(r.error().evalue().contains("instruction limit"), r.error().evalue());
        assertTrue(py.print("print(n > 0)\n").equals("True\n"), "the namespace keeps what the cell did");
    }

    @Test
    void objectsLimitRaisesMemoryError() {
        Limits limits = new Limits();
        limits.maxObjects = 50_000;
        Py py = new Py(limits);
        RunOutcome r = py.run("keep = []\nwhile True:\n    keep.append(object())\n");
        assertEquals(RunOutcome.Status.ERROR, r.status());
        assertEquals("MemoryError", r.error().ename());
        assertTrue(r.error().evalue().contains("objects alive"), r.error().evalue());
    }

    @Test
    void hugeListIsAMemoryErrorNotAJavaCrash() {
        Py py = new Py();
        RunOutcome r = py.run("x = [0] * 10**10\n");
        assertEquals("MemoryError", r.error().ename());
        assertTrue(r.error().evalue().contains("limit"), r.error().evalue());
    }

    @Test
    void interruptStopsAnEndlessLoopWithinHalfASecond() throws Exception {
        Py py = new Py();
        long[] requestedAt = new long[1];
        Thread interrupter = new Thread(() -> {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                return;
            }
            requestedAt[0] = System.nanoTime();
            py.session.requestInterrupt();
        });
        interrupter.start();
        RunOutcome r = py.run("while True:\n    pass\n");
        long stoppedAt = System.nanoTime();
        interrupter.join();
        assertEquals(RunOutcome.Status.INTERRUPTED, r.status());
        assertEquals("KeyboardInterrupt", r.error().ename());
        assertTrue(stoppedAt - requestedAt[0] < 500_000_000L, "stopped after " + (stoppedAt - requestedAt[0]) / 1e6 + " ms");
    }

    @Test
    void interruptStopsALongBuiltinCall() throws Exception {
        Py py = new Py();
        Thread interrupter = new Thread(() -> {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                return;
            }
            py.session.requestInterrupt();
        });
        interrupter.start();
        long t0 = System.nanoTime();
        RunOutcome r = py.run("sum(range(10**12))\n");
        interrupter.join();
        assertEquals(RunOutcome.Status.INTERRUPTED, r.status());
        assertTrue(System.nanoTime() - t0 < 2_000_000_000L);
    }
}
