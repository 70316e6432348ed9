package gilsim.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gilsim.sim.settings.GilMode;
import gilsim.sim.settings.Settings;
import gilsim.vm.Session;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Per-interpreter GILs (PEP 684/734, FACTS.md §8): each thread in its own interpreter, from a copy of
 * the namespace; parallel, no shared counts, and it needs immortal objects.
 */
class PerInterpreterTest {
    private static Settings perInterpreter(int threads) {
        return Settings.defaults().withThreads(threads).withGil(GilMode.PER_INTERPRETER);
    }

    @Test
    void perInterpreterGilsRunThreadsInParallelWithoutLostUpdates() {
        Workloads.Run r = Workloads.run(Workloads.countLoop(10_000), perInterpreter(4));
        assertTrue(r.speedup() > 3.5, "speedup " + r.speedup());
        assertEquals(0, r.total().lostUpdates());
        assertTrue(r.result().notes().stream().anyMatch(n -> n.contains("PEP 684")));
        System.out.printf("per-interpreter GILs, 4 threads: speedup %.2f, %d lost updates%n", r.speedup(),
                r.total().lostUpdates());
    }

    @Test
    void aThreadsChangesToAGlobalStayInItsInterpreter() {
        Session session = new Session();
        Workloads.once(session, "names = ['main']\n", Settings.defaults());
        Workloads.Run r = Workloads.once(session,
                "import threading\nnames.append(threading.current_thread().name)\nprint(names)\n", perInterpreter(3));
        String[] lines = r.stdout().trim().split("\n");
        Arrays.sort(lines);
        assertEquals(Arrays.asList("['main', 'T0']", "['main', 'T1']", "['main', 'T2']"), Arrays.asList(lines));
        Workloads.Run after = Workloads.once(session, "print(names)\n", Settings.defaults());
        assertEquals("['main']\n", after.stdout(), "the session's namespace is unchanged");
    }

    @Test
    void immortalOffIsRefusedUnderAPerInterpreterGilWithTheReason() {
        Settings s = perInterpreter(2);
        assertTrue(s.immortal(), "a per-interpreter GIL turns immortal objects on");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> s.withImmortal(false));
        assertTrue(e.getMessage().contains("PEP 684") && e.getMessage().contains("immortal"), e.getMessage());
    }

    @Test
    void eachInterpreterGetsAWorkingCopyOfFunctionsClassesAndClosures() {
        Session session = new Session();
        Workloads.once(session, String.join("\n",
                "class Acc:",
                "    def __init__(self):",
                "        self.items = []",
                "    def add(self, x):",
                "        self.items.append(x)",
                "        return len(self.items)",
                "def make():",
                "    base = 10",
                "    return lambda x: base + x",
                "acc = Acc()",
                "plus = make()",
                ""), Settings.defaults());
        Workloads.Run r = Workloads.once(session, "print(acc.add(plus(1)), acc.items, type(acc) is Acc)\n", perInterpreter(2));
        assertEquals("1 [11] True\n1 [11] True\n", r.stdout());
        assertEquals("[]\n", Workloads.once(session, "print(acc.items)\n", Settings.defaults()).stdout());
    }
}
