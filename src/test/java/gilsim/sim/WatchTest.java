package gilsim.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gilsim.sim.settings.Settings;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code %watch NAME} follows the object a name refers to when the run starts and, for a name bound
 * (or rebound) during the run, the new object from the moment of its binding (issue 5 item 4).
 */
class WatchTest {
    private static Workloads.Run watching(String source, Settings settings, String... names) {
        return Workloads.run(source, settings.withWatch(List.of(names)));
    }

    private static List<WatchData> series(Workloads.Run r, String name) {
        return r.result().watches().stream().filter(w -> w.name().equals(name)).toList();
    }

    @Test
    void aNameBoundWhenTheRunStartsIsWatchedFromTimeZero() {
        gilsim.vm.Session session = new gilsim.vm.Session();
        Workloads.once(session, "box = []\n", Settings.defaults());
        Workloads.Run r = Workloads.once(session, "for i in range(100):\n    x = box\n",
                Settings.defaults().withWatch(List.of("box")));
        WatchData w = series(r, "box").get(0);
        assertEquals(0, w.startNs());
        assertEquals(1, w.startStored(), "the name alone holds it");
    }

    @Test
    void aNameBoundLaterInTheRunIsWatchedFromItsBindingWithEveryCountAfterIt() {
        Workloads.Run r = watching("import time\ntime.sleep(0.001)\nbox = []\nfor i in range(100):\n    x = box\n",
                Settings.defaults(), "box");
        List<WatchData> box = series(r, "box");
        assertEquals(1, box.size());
        WatchData w = box.get(0);
        assertTrue(w.startNs() >= 1_000_000, "bound after a 1 ms sleep, watched from " + w.startNs() + " ns");
        assertEquals(2, w.startStored(), "right after STORE_NAME: the name and the stack hold it");
        // STORE_NAME box drops the stack's reference (1); each `x = box` is LOAD_NAME (+1), the store
        // into x (+1), dropping the stack's reference (-1) and, from the second on, the old x (-1).
        assertEquals(1 + 3 + 99 * 4, w.ops(), "every count from the binding on is in the series");
        assertEquals(2, w.endStored(), "box and x");
        for (WatchData.Point p : w.points()) assertTrue(p.timeNs() >= w.startNs(), "no point before the binding");
    }

    @Test
    void aRebindingWatchesTheNewObjectFromThenAndKeepsTheOldSeries() {
        Workloads.Run r = watching("import time\nbox = [1]\ntime.sleep(0.001)\nbox = [2]\ntime.sleep(0.001)\nbox = [3]\n",
                Settings.defaults(), "box");
        List<WatchData> box = series(r, "box");
        assertEquals(3, box.size(), "one series per object the name was bound to");
        assertTrue(box.get(1).startNs() >= 1_000_000 && box.get(2).startNs() >= 2_000_000,
                box.get(1).startNs() + " ns, " + box.get(2).startNs() + " ns");
        assertTrue(box.get(0).freedAtNs() >= 1_000_000 && box.get(0).freedAtNs() <= box.get(1).startNs() + 1,
                "the first list is freed when the name is rebound: " + box.get(0).freedAtNs());
    }

    @Test
    void aGlobalBoundByAThreadStartedLaterIsWatchedFromItsStoreGlobal() {
        Workloads.Run r = watching("import threading, time\ndef make():\n    global box\n    time.sleep(0.001)\n"
                + "    box = []\n    for i in range(50):\n        box.append(i)\n"
                + "t = threading.Thread(target=make)\nt.start()\nt.join()\n", Settings.defaults(), "box");
        WatchData w = series(r, "box").get(0);
        assertTrue(w.startNs() >= 1_000_000, "watched from " + w.startNs() + " ns");
        // Each append: LOAD_GLOBAL box (+1) and the decref of self after the call (-1); then the
        // STORE_GLOBAL's own stack reference (-1) and the frame's end: nothing else holds it.
        assertEquals(1 + 50 * 2, w.ops());
        assertEquals(1, w.endStored(), "the global alone");
    }

    @Test
    void aWatchEndsWithTheTrueCountNotTheStoredOneWhenUpdatesWereLost() {
        for (int seed = 0; seed < 16; seed++) {
            gilsim.vm.Session session = new gilsim.vm.Session();
            Workloads.once(session, "shared = [1, 2, 3]\ndef touch(n):\n    for i in range(n):\n        x = shared\n",
                    Settings.defaults());
            Settings racy = Settings.defaults().withThreads(4).withGil(gilsim.sim.settings.GilMode.OFF).withSeed(seed)
                    .withWatch(List.of("shared"));
            Workloads.Run run = Workloads.once(session, "touch(60)\n", racy);
            RunResult r = run.result();
            Leak leak = r.leaks().stream().filter(l -> l.object().contains("'shared'")).findFirst().orElse(null);
            if (r.crash() != null || leak == null) continue;
            WatchData w = series(run, "shared").get(0);
            assertEquals(leak.stored(), w.endStored());
            assertEquals(leak.trueCount(), w.endTrue(), "the watch's end must be the true count the leak table shows");
            assertTrue(w.endStored() != w.endTrue());
            return;
        }
        throw new AssertionError("no seed in 0-15 leaked the watched list");
    }

    @Test
    void aWatchedObjectsCountsAreStampedWhenTheyHappenNotAtTheStartOfAChunk() {
        // One thread under the GIL runs in long chunks; the counts of `box` come only at the end of
        // the cell, after a loop that does not touch it, so they must be stamped late in the run.
        gilsim.vm.Session session = new gilsim.vm.Session();
        Workloads.once(session, "box = []\n", Settings.defaults());
        Workloads.Run r = Workloads.once(session, "n = 0\nfor i in range(2000):\n    n += 1\nalias = box\ndel alias\n",
                Settings.defaults().withWatch(List.of("box")));
        WatchData w = series(r, "box").get(0);
        long wall = r.total().wallNs();
        assertTrue(!w.points().isEmpty());
        long first = w.points().get(0).timeNs();
        assertTrue(first > wall * 9 / 10, "box was first counted at " + first + " ns of " + wall + " ns");
    }
}
