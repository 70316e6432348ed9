package gilsim.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gilsim.sim.settings.PythonPreset;
import gilsim.sim.settings.Settings;
import org.junit.jupiter.api.Test;

/**
 * Biased counting's owner is the thread that allocated the object (PEP 703's {@code ob_tid},
 * FACTS.md §5), not the first thread that happens to count it. Each test compares two programs
 * that differ only in which thread created some objects, so the difference in a thread's biased
 * shared and local operations is the operations on those objects.
 *
 * <p>Most new objects are counted first by their creator anyway (STORE_NAME increfs through
 * PyDict_SetItem, then drops the stack's reference). The objects that tell the two rules apart are
 * those C code stores without counting them: a comprehension's LIST_APPEND steals each new item,
 * {@code list(range(...))} fills the list with ints nobody has counted yet.
 */
class BiasedOwnershipTest {
    private static final int N = 200;
    private static final String[] WORKERS = {"W0", "W1", "W2", "W3"};
    /**
     * N ints above the small-int range, made by a comprehension: none of them counted by their
     * creator (and no constant outside the small ints, which the main thread would own).
     */
    private static final String MAKE_ITEMS = "[i * i for i in range(20, " + (20 + N) + ")]";

    /** 3.14t: biased counts, deferred functions and immortal small ints keep the other traffic low. */
    private static Settings ft() {
        return Settings.defaults().withPython(PythonPreset.V3_14T);
    }

    /** Four named threading.Threads run {@code work()}; the main thread then runs {@code after}. */
    private static String fourWorkers(String setup, String work, String after) {
        return "import threading\n" + setup + "def work():\n" + work
                + "ts = [threading.Thread(target=work, name='W' + str(k)) for k in range(4)]\n"
                + "for t in ts:\n    t.start()\nfor t in ts:\n    t.join()\n" + after;
    }

    @Test
    void aListTheMainThreadCreatesIsSharedForTheWorkersThatAppendToIt() {
        String append = "    for i in range(" + N + "):\n        target.append(i)\n";
        Workloads.Run mainOwns = Workloads.run(fourWorkers("target = []\n", append, "print(len(target))\n"), ft());
        // Control: each worker appends to a list of its own.
        Workloads.Run ownLists = Workloads.run(fourWorkers("", "    target = []\n" + append, ""), ft());
        assertEquals(String.valueOf(4 * N) + "\n", mainOwns.stdout());
        for (String w : WORKERS) {
            RefcountKinds shared = mainOwns.thread(w).kinds();
            RefcountKinds own = ownLists.thread(w).kinds();
            // LOAD_GLOBAL target (incref) and the end of the call (decref of self): two per append.
            assertTrue(shared.biasedShared() - own.biasedShared() >= 2L * N,
                    w + ": biased_shared " + shared.biasedShared() + " vs " + own.biasedShared() + " on its own list");
            assertTrue(own.biasedLocal() - shared.biasedLocal() >= 2L * N,
                    w + ": biased_local " + shared.biasedLocal() + " vs " + own.biasedLocal() + " on its own list");
        }
    }

    @Test
    void theMainThreadCountsTheListItCreatedOnItsLocalPath() {
        String append = "    for i in range(" + N + "):\n        target.append(i)\n";
        Workloads.Run without = Workloads.run(fourWorkers("target = []\n", append, "n = 0\n"), ft());
        Workloads.Run with = Workloads.run(fourWorkers("target = []\n", append, "n = len(target)\n"), ft());
        RefcountKinds a = without.thread("MainThread").kinds();
        RefcountKinds b = with.thread("MainThread").kinds();
        assertEquals(a.biasedShared(), b.biasedShared(), "the owner never takes the shared path on its own list");
        assertTrue(b.biasedLocal() - a.biasedLocal() >= 2, "LOAD_NAME target and its decref are local: "
                + a.biasedLocal() + " -> " + b.biasedLocal());
    }

    @Test
    void itemsTheMainThreadMadeAreSharedForEveryWorkerEvenThoughAWorkerCountsThemFirst() {
        String read = "    for x in data:\n        pass\n";
        Workloads.Run mainMade = Workloads.run(fourWorkers("data = " + MAKE_ITEMS + "\n", read, ""), ft());
        Workloads.Run ownMade = Workloads.run(fourWorkers("", "    data = " + MAKE_ITEMS + "\n" + read, ""), ft());
        for (String w : WORKERS) {
            RefcountKinds shared = mainMade.thread(w).kinds();
            RefcountKinds own = ownMade.thread(w).kinds();
            // FOR_ITER increfs each item, the next STORE_FAST x drops it: two per item, all on the main thread's ints.
            assertTrue(shared.biasedShared() - own.biasedShared() >= 2L * N,
                    w + ": biased_shared " + shared.biasedShared() + " vs " + own.biasedShared() + " on items it made");
        }
    }

    @Test
    void itemsAWorkerMadeAreOwnedByItWhenTheMainThreadCountsThemFirst() {
        String read = "for x in box:\n    pass\n";
        String workerMade = fourWorkers("", "    global box\n    box = " + MAKE_ITEMS + "\n", read);
        String mainMade = fourWorkers("", "    global other\n    other = " + MAKE_ITEMS + "\n", "box = " + MAKE_ITEMS + "\n" + read);
        RefcountKinds byWorker = Workloads.run(workerMade, ft()).thread("MainThread").kinds();
        RefcountKinds byMain = Workloads.run(mainMade, ft()).thread("MainThread").kinds();
        assertTrue(byWorker.biasedShared() - byMain.biasedShared() >= 2L * N,
                "main on a worker's items: biased_shared " + byWorker.biasedShared() + " vs " + byMain.biasedShared()
                        + " on its own");
    }
}
