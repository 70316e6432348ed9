package gilsim.render;

import gilsim.lang.Parser;
import gilsim.lang.bytecode.CodeUnit;
import gilsim.lang.compiler.Compiler;
import gilsim.sim.Machine;
import gilsim.sim.MachineListener;
import gilsim.sim.RunResult;
import gilsim.sim.settings.GilMode;
import gilsim.sim.settings.PythonPreset;
import gilsim.sim.settings.RefcountMode;
import gilsim.sim.settings.Settings;
import gilsim.vm.Session;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs cells on the real simulated machine for the renderer's tests and samples: the report of a
 * real run is what the kernel will show, so it must pass the same checks as the fixtures.
 */
final class RealRuns {
    /** Four threads read and rebind one global list; each read increfs it, each rebinding decrefs it. */
    static final String SHARED_LIST = "def touch(n):\n    for i in range(n):\n        x = shared\ntouch(3000)\n";

    private RealRuns() {}

    static RunResult run(String setup, String cell, Settings settings) {
        Session session = new Session();
        if (!setup.isEmpty()) Machine.run(session, compile(setup), setup, Settings.defaults(), MachineListener.SILENT);
        return Machine.run(session, compile(cell), cell, settings, MachineListener.SILENT);
    }

    /** {@code %threads 4  %gil off  %refcount plain  %watch shared}: the first seed from 0 that crashes. */
    static RunResult plainNoGilCrash() {
        for (int seed = 0; seed < 16; seed++) {
            RunResult r = run("shared = [1, 2, 3]\n", SHARED_LIST, plainNoGil(seed));
            if (r.crash() != null) return r;
        }
        throw new AssertionError("no crash in seeds 0-15");
    }

    static Settings plainNoGil(long seed) {
        return Settings.defaults().withThreads(4).withGil(GilMode.OFF).withRefcount(RefcountMode.PLAIN)
                .withWatch(List.of("shared")).withSeed(seed);
    }

    /** The notebook cell that makes {@link #plainNoGilCrash()}'s run. */
    static String plainNoGilCell(long seed) {
        return "%threads 4\n%gil off\n%refcount plain\n%watch shared\n%seed " + seed + "\n" + SHARED_LIST;
    }

    /** The notebook cell that makes {@link #compare()}'s runs. */
    static final String COMPARE_CELL = "%%compare gil=on,off refcount=plain,atomic,biased threads=1,2,4,8 "
            + "switchinterval=50us\n" + "def work(n):\n    t = 0\n    for i in range(n):\n        t += i\n    return t\n"
            + "work(20000)\n";

    /** The same cell under the GIL, with a switch interval shrunk with the work (DESIGN.md §4). */
    static RunResult withGil() {
        return run("shared = [1, 2, 3]\n", SHARED_LIST, Settings.defaults().withThreads(4)
                .withSwitchIntervalNs(20_000).withWatch(List.of("shared")));
    }

    /** 8 threads on 2 cores without a GIL: the OS takes turns, so threads wait for a core (descheduled). */
    static RunResult moreThreadsThanCores() {
        String cell = "def work(n):\n    t = 0\n    for i in range(n):\n        t += i\n    return t\nwork(30000)\n";
        return run("", cell, Settings.defaults().withThreads(8).withCores(2).withGil(GilMode.OFF)
                .withRefcount(RefcountMode.ATOMIC));
    }

    /** The Python 2 GIL with 4 threads on 4 cores: the GIL battle, failed wake-ups. */
    static RunResult legacyGil() {
        String cell = "def work(n):\n    t = 0\n    for i in range(n):\n        t += i\n    return t\nwork(3000)\n";
        return run("", cell, Settings.defaults().withThreads(4).withGil(GilMode.LEGACY));
    }

    /** {@code %%compare gil=on,off refcount=plain,atomic,biased threads=1,2,4,8} over a loop on local ints. */
    static CompareResult compare() {
        String cell = "def work(n):\n    t = 0\n    for i in range(n):\n        t += i\n    return t\nwork(20000)\n";
        List<RunResult> runs = new ArrayList<>();
        for (GilMode gil : List.of(GilMode.ON, GilMode.OFF)) {
            for (RefcountMode rc : List.of(RefcountMode.PLAIN, RefcountMode.ATOMIC, RefcountMode.BIASED)) {
                for (int n : List.of(1, 2, 4, 8)) {
                    runs.add(run("", cell, Settings.defaults().withGil(gil).withRefcount(rc).withThreads(n)
                            .withSwitchIntervalNs(50_000)));
                }
            }
        }
        return CompareResult.of(List.of("gil", "refcount", "threads"), runs);
    }

    /** Lesson 7's definitions: a function whose refcount traffic stays on its own objects. */
    static final String PRIVATE_WORK = "def private_work(n):\n    items = [[i, i] for i in range(n)]\n    total = 0\n"
            + "    for pair in items:\n        total = pair[1]\n    return total\n";

    /** The notebook cell that makes {@link #comparePythonsOnOneThread()}'s runs (after {@link #PRIVATE_WORK}). */
    static final String PYTHONS_CELL = "%%compare python=3.13,3.13t,3.14,3.14t\nprivate_work(5_000)\n";

    /**
     * Lesson 7's {@code %%compare python=3.13,3.13t,3.14,3.14t} on {@code %threads 1}: the price
     * of the free-threaded builds' refcounting on one thread, where every speedup is about 1×.
     */
    static CompareResult comparePythonsOnOneThread() {
        String cell = "private_work(5_000)\n";
        List<RunResult> runs = new ArrayList<>();
        for (PythonPreset p : List.of(PythonPreset.V3_13, PythonPreset.V3_13T, PythonPreset.V3_14, PythonPreset.V3_14T)) {
            runs.add(run(PRIVATE_WORK, cell, Settings.defaults().withPython(p)));
        }
        return CompareResult.of(List.of("python"), runs);
    }

    /** The browser check's cell that starts two threads itself under the defaults (%threads 1). */
    static final String STARTS_THREADS = "import threading\n"
            + "def work(n):\n    total = 0\n    for i in range(n):\n        total += i\n"
            + "    print(threading.current_thread().name, 'done')\n"
            + "threads = [threading.Thread(target=work, args=(30_000,)) for _ in range(2)]\n"
            + "for t in threads:\n    t.start()\nfor t in threads:\n    t.join()\n";

    /** {@link #STARTS_THREADS} on the machine: MainThread starts and joins two workers. */
    static RunResult startsThreads() {
        return run("", STARTS_THREADS, Settings.defaults());
    }

    static CodeUnit compile(String source) {
        try {
            return Compiler.compileModule(Parser.analyze(source).module(), source, "<cell>", true);
        } catch (Exception e) {
            throw new IllegalArgumentException("does not compile: " + e, e);
        }
    }
}
