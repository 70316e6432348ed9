package gilsim.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gilsim.sim.settings.GilMode;
import gilsim.sim.settings.PythonPreset;
import gilsim.sim.settings.RefcountMode;
import gilsim.sim.settings.Settings;
import org.junit.jupiter.api.Test;

/**
 * Without a GIL (FACTS.md §4-5): what atomic, locked, global-lock and biased counts cost and buy.
 */
class FreeThreadingTest {
    private static Settings noGil(int threads, RefcountMode mode) {
        return Settings.defaults().withThreads(threads).withGil(GilMode.OFF).withRefcount(mode);
    }

    private static final String FIB = "def fib(n):\n    if n < 2:\n        return n\n    return fib(n - 1) + fib(n - 2)\nfib(13)\n";

    /** Each thread increfs and decrefs one shared list in a loop (a global load, a local store). */
    private static final String SHARED = "shared = [1, 2, 3]\ndef touch(n):\n    for i in range(n):\n        x = shared\ntouch(3000)\n";
    /** The same loop on a private object. */
    private static final String PRIVATE = "def touch(n):\n    mine = [1, 2, 3]\n    for i in range(n):\n        x = mine\ntouch(3000)\n";

    @Test
    void atomicCountsScaleALoopOverLocalIntsWithTheCoresButNotBeyond() {
        Workloads.Run four = Workloads.run(Workloads.countLoop(10_000), noGil(4, RefcountMode.ATOMIC));
        Workloads.Run eight = Workloads.run(Workloads.countLoop(10_000), noGil(8, RefcountMode.ATOMIC));
        assertTrue(four.speedup() > 3.5, "4 threads on 4 cores: speedup " + four.speedup());
        assertTrue(eight.speedup() < 4.2, "8 threads on 4 cores: speedup " + eight.speedup());
        assertTrue(eight.total().descheduledNs() > 0, "more threads than cores wait for a core");
        System.out.printf("gil off + atomic, local ints: speedup %.2f with 4 threads, %.2f with 8 threads on 4 cores%n",
                four.speedup(), eight.speedup());
    }

    @Test
    void recursiveFunctionInFourThreadsScalesBadlyWithAtomicCountsAndWellUnder314t() {
        Workloads.Run atomic = Workloads.run(FIB, noGil(4, RefcountMode.ATOMIC));
        Workloads.Run ft = Workloads.run(FIB, Settings.defaults().withThreads(4).withPython(PythonPreset.V3_14T));
        assertTrue(atomic.speedup() < 1.5, "atomic counts, recursion in 4 threads: speedup " + atomic.speedup());
        assertTrue(atomic.total().contendedOps() > atomic.total().refcountOps() / 3,
                "the function and code object's lines bounce: " + atomic.total().contendedOps() + " contended");
        assertTrue(ft.speedup() > 3.0, "3.14t (biased + deferred + immortal): speedup " + ft.speedup());
        System.out.printf("fib(13) in 4 threads: speedup %.2f with atomic counts (%d of %d ops contended), %.2f under 3.14t%n",
                atomic.speedup(), atomic.total().contendedOps(), atomic.total().refcountOps(), ft.speedup());
    }

    @Test
    void atomicCountsOnASharedObjectAreCorrectButContendedAndSlowerThanPrivateWork() {
        Workloads.Run shared = Workloads.run(SHARED, noGil(4, RefcountMode.ATOMIC));
        Workloads.Run mine = Workloads.run(PRIVATE, noGil(4, RefcountMode.ATOMIC));
        assertEquals(0, shared.total().lostUpdates());
        assertNull(shared.result().crash());
        assertTrue(shared.result().leaks().isEmpty() && shared.result().undercounts().isEmpty());
        assertTrue(shared.total().contendedOps() > 4 * 2000, "contended: " + shared.total().contendedOps());
        double ratio = shared.total().wallNs() / (double) mine.total().wallNs();
        assertTrue(ratio > 2, "the shared loop took only " + ratio + "x the private one");
        System.out.printf("atomic, shared list in 4 threads: %d contended ops, %.1fx the wall time of private work%n",
                shared.total().contendedOps(), ratio);
    }

    @Test
    void onOneThreadPlainIsFasterThanAtomicWhichIsFasterThanLocked() {
        String loop = Workloads.countLoop(5_000);
        long plain = Workloads.run(loop, noGil(1, RefcountMode.PLAIN)).total().wallNs();
        long atomic = Workloads.run(loop, noGil(1, RefcountMode.ATOMIC)).total().wallNs();
        long locked = Workloads.run(loop, noGil(1, RefcountMode.LOCKED)).total().wallNs();
        assertTrue(plain < atomic && atomic < locked, "plain " + plain + ", atomic " + atomic + ", locked " + locked);
        System.out.printf("one thread: plain %d ns, atomic %.2fx, locked %.2fx%n", plain, atomic / (double) plain,
                locked / (double) plain);
    }

    @Test
    void globalLockScalesWorstWithFourThreads() {
        String loop = Workloads.countLoop(4_000);
        double global = Workloads.run(loop, noGil(4, RefcountMode.GLOBAL_LOCK)).speedup();
        double locked = Workloads.run(loop, noGil(4, RefcountMode.LOCKED)).speedup();
        double atomic = Workloads.run(loop, noGil(4, RefcountMode.ATOMIC)).speedup();
        double biased = Workloads.run(loop, noGil(4, RefcountMode.BIASED)).speedup();
        assertTrue(global < 1.5, "global lock speedup " + global);
        assertTrue(global < locked && global < atomic && global < biased);
        System.out.printf("4 threads, local ints: speedup global-lock %.2f, locked %.2f, atomic %.2f, biased %.2f%n",
                global, locked, atomic, biased);
    }

    @Test
    void biasedCountsBeatAtomicOnPrivateWorkAndPayOnSharedObjects() {
        long biasedPrivate = Workloads.run(PRIVATE, noGil(4, RefcountMode.BIASED)).total().wallNs();
        long atomicPrivate = Workloads.run(PRIVATE, noGil(4, RefcountMode.ATOMIC)).total().wallNs();
        Workloads.Run biasedShared = Workloads.run(SHARED, noGil(4, RefcountMode.BIASED));
        long atomicShared = Workloads.run(SHARED, noGil(4, RefcountMode.ATOMIC)).total().wallNs();
        assertTrue(biasedPrivate < atomicPrivate, "private: biased " + biasedPrivate + " vs atomic " + atomicPrivate);
        assertTrue(biasedShared.total().kinds().biasedShared() > 4 * 2000, "non-owners take the atomic path");
        assertTrue(biasedShared.total().wallNs() > 0.8 * atomicShared,
                "shared: biased " + biasedShared.total().wallNs() + " vs atomic " + atomicShared);
        System.out.printf("biased/atomic wall: %.2f on private work, %.2f on a shared object%n",
                biasedPrivate / (double) atomicPrivate, biasedShared.total().wallNs() / (double) atomicShared);
    }

    @Test
    void immortalObjectsGetNoRefcountTraffic() {
        String loop = "import sys\ndef f(n):\n    for i in range(n):\n        x = None\n        y = 7\nf(500)\n";
        // None's count under 3.11 is the simulator's own (JVM-wide), so only the immortal value is printed.
        String code = loop + "print(sys.getrefcount(None))\n";
        Workloads.Run mortal = Workloads.run(loop, Settings.defaults());
        Workloads.Run immortal312 = Workloads.run(code, Settings.defaults().withPython(PythonPreset.V3_12));
        Workloads.Run immortal314 = Workloads.run(code, Settings.defaults().withPython(PythonPreset.V3_14));
        assertEquals(0, mortal.total().kinds().immortalSkipped());
        assertTrue(immortal312.total().kinds().immortalSkipped() >= 2 * 500);
        assertTrue(immortal312.total().refcountOps() + 2 * 500 <= mortal.total().refcountOps() + 10);
        assertEquals("4294967295", immortal312.stdout().trim());
        assertEquals("3221225472", immortal314.stdout().trim());
        System.out.printf("immortal on removes %d of %d refcount ops%n",
                mortal.total().refcountOps() - immortal312.total().refcountOps(), mortal.total().refcountOps());
    }

    @Test
    void deferredObjectsBecomeImmortalWhenTheFirstThreadStartsUnder313t() {
        gilsim.vm.Session session = new gilsim.vm.Session();
        Settings t313 = Settings.defaults().withPython(PythonPreset.V3_13T);
        String show = "import sys\nprint(sys.getrefcount(f))\n";
        Workloads.once(session, "def f():\n    pass\n", t313);
        assertEquals("2\n", Workloads.once(session, show, t313).stdout(), "counted before any thread starts");
        Workloads.once(session, "f()\n", t313.withThreads(2));
        assertEquals("4294967295\n", Workloads.once(session, show, t313).stdout(), "immortal from then on");
    }

    @Test
    void deferredObjectsSkipStackCountingUnder314t() {
        Workloads.Run r = Workloads.run(FIB, Settings.defaults().withThreads(2).withPython(PythonPreset.V3_14T));
        assertTrue(r.total().kinds().deferredSkipped() > 1000, "deferred: " + r.total().kinds().deferredSkipped());
        assertEquals(0, r.total().lostUpdates());
    }

    @Test
    void biasedCountsQueueANonOwnersDecrefToTheOwnerWhoMergesAndFrees() {
        gilsim.vm.Session session = new gilsim.vm.Session();
        Workloads.once(session, String.join("\n",
                "freed = []",
                "class Item:",
                "    def __del__(self):",
                "        freed.append(1)",
                "items = [Item() for i in range(100)]",
                ""), Settings.defaults());
        // The main thread owns the items; T0 and T1 pop them (taking its reference without an
        // incref) and drop them: a non-owner decref that finds the shared count at 0 is queued.
        Workloads.Run r = Workloads.once(session, String.join("\n",
                "def drain():",
                "    while items:",
                "        try:",
                "            items.pop()",
                "        except IndexError:",
                "            pass",
                "drain()",
                ""), noGil(2, RefcountMode.BIASED));
        assertTrue(r.total().kinds().queued() >= 100, "each dropped item was queued to its owner: " + r.total().kinds().queued());
        assertTrue(r.result().leaks().isEmpty() && r.result().undercounts().isEmpty());
        assertEquals("100 0\n", Workloads.once(session, "print(len(freed), len(items))\n", Settings.defaults()).stdout(),
                "the owner merged the queue and freed every item");
    }
}
