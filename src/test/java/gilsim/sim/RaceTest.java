package gilsim.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gilsim.sim.settings.GilMode;
import gilsim.sim.settings.Settings;
import gilsim.vm.PyObject;
import gilsim.vm.Session;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Plain counts without a GIL (FACTS.md §4): updates are lost when two cores' load-to-store windows
 * overlap, which leads to premature frees and use-after-free, double frees and leaks. With the GIL,
 * the same code loses nothing.
 */
class RaceTest {
    /** Four threads rebind and read one global list: each read increfs it, each rebinding decrefs it. */
    private static String shared(int n) {
        return "shared = [1, 2, 3]\ndef touch(n):\n    for i in range(n):\n        x = shared\ntouch(" + n + ")\n";
    }

    private static Settings plainNoGil(int seed) {
        return Settings.defaults().withThreads(4).withGil(GilMode.OFF).withSeed(seed);
    }

    @Test
    void plainCountsWithoutAGilLoseUpdatesThenCrashOrLeakForMostSeeds() {
        int seeds = 12;
        int lost = 0;
        int failed = 0;
        for (int seed = 0; seed < seeds; seed++) {
            RunResult r = Workloads.run(shared(60), plainNoGil(seed)).result();
            if (r.total().lostUpdates() > 0) lost++;
            if (r.crash() != null || !r.leaks().isEmpty()) failed++;
        }
        assertTrue(lost >= seeds * 3 / 4, "lost updates in only " + lost + " of " + seeds + " seeds");
        assertTrue(failed >= seeds * 3 / 5, "a crash or a leak in only " + failed + " of " + seeds + " seeds");
        System.out.printf("plain, no GIL, 4 threads on one list: lost updates in %d/%d seeds, a crash or a leak in %d/%d%n",
                lost, seeds, failed, seeds);
    }

    @Test
    void withTheGilThePlainCountsLoseNothing() {
        for (int seed = 0; seed < 4; seed++) {
            RunResult r = Workloads.run(shared(3000), Settings.defaults().withThreads(4).withSeed(seed)
                    .withSwitchIntervalNs(20_000)).result();
            assertEquals(RunResult.Status.OK, r.status());
            assertEquals(0, r.total().lostUpdates());
            assertNull(r.crash());
            assertTrue(r.leaks().isEmpty() && r.undercounts().isEmpty());
            assertTrue(r.total().gilSwitches() > 4, "the threads did take turns");
        }
    }

    @Test
    void moreCoresMeanMoreLostUpdates() {
        // len is a static object, never freed: its count can lose updates without ending the run.
        String code = "def use(n):\n    for i in range(n):\n        f = len\nuse(2000)\n";
        long[] lost = new long[3];
        int[] cores = {1, 2, 4};
        for (int i = 0; i < cores.length; i++) {
            lost[i] = Workloads.run(code, plainNoGil(0).withCores(cores[i])).total().lostUpdates();
        }
        assertEquals(0, lost[0], "on one core no two updates overlap");
        assertTrue(lost[0] < lost[1] && lost[1] < lost[2], "lost updates with 1, 2, 4 cores: " + java.util.Arrays.toString(lost));
        System.out.printf("lost updates on one shared count, 4 threads: %d on 1 core, %d on 2, %d on 4 (of %d updates)%n",
                lost[0], lost[1], lost[2], 4 * 2000 * 2);
    }

    @Test
    void plainCountsWithoutAGilProduceEachFailureTheLessonNames() {
        List<String> found = new ArrayList<>();
        Integer uaf = null;
        Integer doubleFree = null;
        Integer leak = null;
        for (int seed = 0; seed < 16 && (uaf == null || doubleFree == null); seed++) {
            RunResult r = Workloads.run(shared(3000), plainNoGil(seed)).result();
            Crash c = r.crash();
            if (c == null) continue;
            assertEquals(RunResult.Status.CRASHED, r.status());
            assertNull(r.total().speedup(), "a crashed run has no speedup");
            assertTrue(c.message().contains("might crash") && c.message().contains("corrupt"));
            if (uaf == null && c.kind().equals(Crash.USE_AFTER_FREE) && c.freedBy() != null && !c.lostUpdates().isEmpty()
                    && c.message().contains("freed")) {
                uaf = seed;
            }
            if (doubleFree == null && c.kind().equals(Crash.DOUBLE_FREE)) doubleFree = seed;
        }
        for (int seed = 0; seed < 16 && leak == null; seed++) {
            RunResult r = Workloads.run(shared(60), plainNoGil(seed)).result();
            if (r.crash() == null && r.leaks().stream().anyMatch(l -> l.stored() > l.trueCount())) leak = seed;
        }
        assertNotNull(uaf, "no premature free followed by a use-after-free in seeds 0-15");
        assertNotNull(doubleFree, "no double free in seeds 0-15");
        assertNotNull(leak, "no leak in seeds 0-15");
        System.out.printf("plain, no GIL: premature free + use-after-free with seed %d, double free with seed %d,"
                + " leak with seed %d%n", uaf, doubleFree, leak);
    }

    @Test
    void aCrashLeavesTheSessionAsItWasBeforeTheCell() {
        Session session = new Session();
        Workloads.once(session, "shared = [1, 2, 3]\nkeep = shared\n", Settings.defaults());
        PyObject before = session.lookup("shared");
        long count = before.refcnt;
        List<String> names = session.globalNames();
        RunResult crashed = Workloads.once(session, shared(3000) + "after = 1\n", plainNoGil(0)).result();
        assertEquals(RunResult.Status.CRASHED, crashed.status());
        assertEquals(names, session.globalNames(), "nothing of the cell persists");
        assertSame(before, session.lookup("shared"));
        assertSame(before, session.lookup("keep"));
        assertEquals(count, before.refcnt);
        assertFalse(before.freed);
        Workloads.Run next = Workloads.once(session, "print(shared, keep is shared)\n", Settings.defaults());
        assertEquals("[1, 2, 3] True\n", next.stdout());
    }

    private static final String RICH = String.join("\n",
            "import threading",
            "class Point:",
            "    def __init__(self, x, y):",
            "        self.x, self.y = x, y",
            "    def __repr__(self):",
            "        return f'Point({self.x}, {self.y})'",
            "def counter():",
            "    n = 0",
            "    def inc():",
            "        nonlocal n",
            "        n += 1",
            "        return n",
            "    return inc",
            "def gen():",
            "    yield 1",
            "    yield 2",
            "p = Point(1, 2)",
            "inc = counter()",
            "inc()",
            "g = gen()",
            "next(g)",
            "d = {'a': [1, 2], 'b': {3, 4}}",
            "lock = threading.Lock()",
            "");

    @Test
    void aCrashRestoresARichNamespace() {
        Session session = new Session();
        Workloads.once(session, RICH, Settings.defaults());
        String check = "print(p, inc(), next(g), d, lock.locked())\n";
        String crashCell = "p.x = 99\nd['a'].append(3)\ninc()\n"
                + "if threading.current_thread().name == 'T0':\n    lock.acquire()\n" + shared(3000);
        RunResult crashed = Workloads.once(session, crashCell, plainNoGil(0)).result();
        assertEquals(RunResult.Status.CRASHED, crashed.status());
        assertEquals("Point(1, 2) 2 2 {'a': [1, 2], 'b': {3, 4}} False\n",
                Workloads.once(session, check, Settings.defaults()).stdout());
    }

    @Test
    void aWatchedObjectShowsItsStoredAndTrueCounts() {
        String touch = "def touch(n):\n    for i in range(n):\n        x = shared\ntouch(40)\n";
        Settings watch = Settings.defaults().withThreads(4).withWatch(List.of("shared"));
        long lost = 0;
        boolean parted = false;
        for (int seed = 0; seed < 4; seed++) {
            Session session = new Session();
            Workloads.once(session, "shared = [1, 2, 3]\n", Settings.defaults());
            RunResult racy = Workloads.once(session, touch, watch.withGil(GilMode.OFF).withSeed(seed)).result();
            assertEquals(1, racy.watches().size());
            WatchData w = racy.watches().get(0);
            assertTrue(w.object().contains("'shared'"), w.object());
            lost += w.lostUpdates();
            parted |= w.points().stream().anyMatch(p -> p.stored() != p.trueCount());
        }
        assertTrue(lost > 0, "lost updates on the watched list");
        assertTrue(parted, "stored and true counts part somewhere");
        Session session = new Session();
        Workloads.once(session, "shared = [1, 2, 3]\n", Settings.defaults());
        RunResult safe = Workloads.once(session, touch, watch.withSwitchIntervalNs(20_000)).result();
        WatchData w = safe.watches().get(0);
        assertEquals(0, w.lostUpdates());
        assertTrue(w.points().stream().allMatch(p -> p.stored() == p.trueCount()), w.toString());
        assertEquals(4 * 40 * 2, w.ops(), "every incref and decref of the four threads is recorded");
    }
}
