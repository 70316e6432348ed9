package gilsim.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gilsim.lang.bytecode.CodeUnit;
import gilsim.sim.settings.GilMode;
import gilsim.sim.settings.Settings;
import gilsim.vm.Session;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Threads as programs see them: %threads N, threading, time, simio, locks, joins, limits, interrupts. */
class ThreadingTest {
    @Test
    void percentThreadsRunsTheCellInThreadsNamedT0ToTnThatShareGlobals() {
        Session session = new Session();
        Workloads.once(session, "seen = []\n", Settings.defaults());
        Workloads.once(session, "import threading\nseen.append(threading.current_thread().name)\n",
                Settings.defaults().withThreads(3));
        assertEquals("['T0', 'T1', 'T2']\n", Workloads.once(session, "print(sorted(seen))\n", Settings.defaults()).stdout());
    }

    @Test
    void oneThreadRunsInMainThreadAndReturnsTheCellResult() {
        Workloads.Run r = Workloads.run("import threading\nprint(threading.current_thread().name)\n6 * 7\n", Settings.defaults());
        assertEquals("MainThread\n", r.stdout());
        assertEquals("42", r.result().resultRepr());
        assertEquals(RunResult.Status.OK, r.result().status());
    }

    @Test
    void sleepReleasesTheGilSoSleepingThreadsOverlap() {
        Workloads.Run r = Workloads.run("import time\ntime.sleep(0.001)\n", Settings.defaults().withThreads(4));
        assertTrue(r.total().wallNs() < 1_300_000, "four 1 ms sleeps took " + r.total().wallNs() + " ns");
        for (Figures f : r.result().threads()) assertTrue(f.ioNs() >= 1_000_000, f.name() + " slept " + f.ioNs());
    }

    @Test
    void perfCounterReadsTheSimulatedClock() {
        Workloads.Run r = Workloads.run("import time\na = time.perf_counter()\ntime.sleep(0.002)\n"
                + "print(round((time.perf_counter() - a) * 1000))\n", Settings.defaults());
        assertEquals("2\n", r.stdout());
    }

    @Test
    void aLockSerialisesACriticalSectionAndIsHandedToAWaiter() {
        Session session = new Session();
        Workloads.once(session, "import threading, time\nlock = threading.Lock()\ncounter = [0]\n", Settings.defaults());
        Workloads.Run r = Workloads.once(session, "with lock:\n    v = counter[0]\n    time.sleep(0.0001)\n    counter[0] = v + 1\n",
                Settings.defaults().withThreads(4));
        assertEquals("4\n", Workloads.once(session, "print(counter[0])\n", Settings.defaults()).stdout());
        assertTrue(r.total().lockWaitNs() > 3 * 100_000, "lock waits: " + r.total().lockWaitNs());
    }

    @Test
    void startWaitsForTheNewThreadToBeginAndJoinWaitsForItToEnd() {
        Workloads.Run r = Workloads.run("import threading\nt = threading.Thread(target=lambda: print('thread'))\n"
                + "t.start()\nprint('main')\nt.join()\nprint(t.is_alive(), t.name)\n", Settings.defaults());
        assertEquals("thread\nmain\nFalse Thread-1 (<lambda>)\n", r.stdout());
    }

    @Test
    void outputComesInSimulatedTimeOrder() {
        Workloads.Run r = Workloads.run("import threading, time\nif threading.current_thread().name == 'T0':\n"
                + "    time.sleep(0.001)\n    print('late')\nelse:\n    print('early')\n", Settings.defaults().withThreads(2));
        assertEquals("early\nlate\n", r.stdout());
    }

    @Test
    void anExceptionInAThreadIsPrintedAsThreadingDoesAndFailsTheCell() {
        Workloads.Run r = Workloads.run("1 / 0\n", Settings.defaults().withThreads(2));
        assertEquals(RunResult.Status.ERROR, r.result().status());
        assertTrue(r.stderr().contains("Exception in thread T0:") && r.stderr().contains("Exception in thread T1:"));
        assertTrue(r.stderr().contains("ZeroDivisionError: division by zero"));
        assertEquals("ZeroDivisionError", r.result().error().ename());
    }

    @Test
    void aDeadlockIsReportedAsAnError() {
        Workloads.Run r = Workloads.run("import threading\nlock = threading.Lock()\nlock.acquire()\nlock.acquire()\n",
                Settings.defaults());
        assertEquals(RunResult.Status.DEADLOCK, r.result().status());
        assertTrue(r.result().error().evalue().contains("deadlock"));
        assertTrue(r.result().error().evalue().contains("MainThread waits for a lock held by MainThread"),
                r.result().error().evalue());
    }

    @Test
    void aDeadlockSaysWhoWaitsForWhat() {
        Workloads.Run r = Workloads.run("""
                import threading, time
                a = threading.Lock()
                b = threading.Lock()
                def f():
                    with a:
                        time.sleep(0.001)
                        with b:
                            pass
                def g():
                    with b:
                        time.sleep(0.001)
                        with a:
                            pass
                t1 = threading.Thread(target=f)
                t2 = threading.Thread(target=g)
                t1.start(); t2.start(); t1.join(); t2.join()
                """, Settings.defaults());
        assertEquals(RunResult.Status.DEADLOCK, r.result().status());
        String message = r.result().error().evalue();
        assertTrue(message.contains("MainThread waits for the end of Thread-1 (f)"), message);
        assertTrue(message.contains("Thread-1 (f) waits for a lock held by Thread-2 (g)"), message);
        assertTrue(message.contains("Thread-2 (g) waits for a lock held by Thread-1 (f)"), message);
        assertTrue(message.contains("Real CPython would hang"), message);
    }

    @Test
    void theInstructionLimitStopsTheRun() {
        Settings s = Settings.defaults().withLimits(Settings.defaults().limits().with("instructions", "5000"));
        Workloads.Run r = Workloads.run("while True:\n    pass\n", s);
        assertEquals(RunResult.Status.LIMIT, r.result().status());
        assertTrue(r.result().error().evalue().contains("%limit instructions"));
        assertNull(r.total().speedup());
    }

    @Test
    void moreRunnableThreadsThanCoresAreTimeSlicedByTheOs() {
        Workloads.Run r = Workloads.run(Workloads.countLoop(10_000), Settings.defaults().withThreads(3).withCores(1)
                .withGil(GilMode.OFF).withCosts(Settings.defaults().costs().with("time_slice", 100_000)));
        assertTrue(r.total().descheduledNs() > 0);
        assertTrue(r.total().contextSwitches() >= 3, "context switches: " + r.total().contextSwitches());
        assertTrue(r.speedup() < 1.0, "speedup " + r.speedup());
    }

    @Test
    void cancellingStopsTheRunWithKeyboardInterrupt() {
        CodeUnit code = Workloads.compile("while True:\n    pass\n");
        List<Long> progress = new ArrayList<>();
        MachineListener listener = new MachineListener() {
            @Override
            public void output(String stream, String text) {}

            @Override
            public void progress(long instructions, long simulatedNs) {
                progress.add(instructions);
            }

            @Override
            public long progressEvery() { return 100_000; }

            @Override
            public boolean cancelled() { return progress.size() >= 3; }
        };
        RunResult r = Machine.run(new Session(), code, null, Settings.defaults(), listener);
        assertEquals(RunResult.Status.INTERRUPTED, r.status());
        assertEquals("KeyboardInterrupt", r.error().ename());
        assertEquals(3, progress.size());
        assertTrue(progress.get(0) >= 100_000 && progress.get(0) < 200_000, "progress at " + progress);
    }

    @Test
    void sessionInterruptStopsAPythonLoop() {
        Session session = new Session();
        CodeUnit code = Workloads.compile("while True:\n    pass\n");
        MachineListener listener = new MachineListener() {
            @Override
            public void output(String stream, String text) {}

            @Override
            public void progress(long instructions, long simulatedNs) {
                session.requestInterrupt();
            }

            @Override
            public long progressEvery() { return 50_000; }
        };
        RunResult r = Machine.run(session, code, null, Settings.defaults(), listener);
        assertEquals(RunResult.Status.INTERRUPTED, r.status());
        assertEquals("KeyboardInterrupt", r.error().ename());
    }

    @Test
    void switchIntervalIsReadableAndSettableForTheRun() {
        Workloads.Run r = Workloads.run("import sys\nprint(sys.getswitchinterval())\nsys.setswitchinterval(0.001)\n"
                + "print(sys.getswitchinterval())\n", Settings.defaults().withSwitchIntervalNs(100_000));
        assertEquals("0.0001\n0.001\n", r.stdout());
    }
}
