package gilsim.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The kernel's view of the VM: cells that share a namespace, results, tracebacks, introspection. */
class SessionTest {
    private final Py py = new Py();

    @Test
    void namespaceAndHeapPersistAcrossCells() {
        py.print("def double(x):\n    return 2 * x\nshared = [1]\n");
        assertEquals("[1, 2]\n", py.print("shared.append(double(1))\nprint(shared)\n"));
    }

    @Test
    void finalExpressionIsTheResultRepr() {
        RunOutcome r = py.run("x = 'a'\nx * 3\n");
        assertEquals("'aaa'", r.resultRepr());
        assertNull(py.run("x = 1\n").resultRepr());
        assertNull(py.run("None\n").resultRepr());
    }

    @Test
    void resultReprUsesTheClassRepr() {
        RunOutcome r = py.run("class P:\n    def __repr__(self):\n        return 'P()'\nP()\n");
        assertEquals("P()", r.resultRepr());
    }

    @Test
    void errorsCarryATracebackInCellLines() {
        RunOutcome r = py.run("def f(x):\n    return 1 / x\n\nf(0)\n");
        assertEquals(RunOutcome.Status.ERROR, r.status());
        assertEquals("ZeroDivisionError", r.error().ename());
        assertEquals("division by zero", r.error().evalue());
        List<TracebackEntry> frames = r.error().frames();
        assertEquals(2, frames.size());
        assertEquals(4, frames.get(0).line());
        assertEquals("<module>", frames.get(0).function());
        assertEquals("f(0)", frames.get(0).sourceLine());
        assertEquals(2, frames.get(1).line());
        assertEquals("f", frames.get(1).function());
        assertTrue(r.error().text().startsWith("Traceback (most recent call last):\n"), r.error().text());
        assertTrue(r.error().text().endsWith("ZeroDivisionError: division by zero\n"), r.error().text());
    }

    @Test
    void chainedExceptionsPrintBothTracebacks() {
        RunOutcome r = py.run("try:\n    {}['k']\nexcept KeyError as e:\n    raise ValueError('bad') from e\n");
        String text = r.error().text();
        assertTrue(text.contains("KeyError: 'k'\n\nThe above exception was the direct cause of the following exception:\n\n"), text);
        assertTrue(text.endsWith("ValueError: bad\n"), text);
    }

    @Test
    void userExceptionMessageComesFromItsStr() {
        RunOutcome r = py.run("class BudgetError(Exception):\n    def __str__(self):\n        return 'over budget'\nraise BudgetError()\n");
        assertEquals("BudgetError", r.error().ename());
        assertEquals("over budget", r.error().evalue());
    }

    @Test
    void failingCellKeepsWhatItDid() {
        py.run("a = 1\nb = 1 / 0\nc = 3\n");
        assertEquals("1 False\n", py.print("print(a, 'c' in globals())\n"));
    }

    @Test
    void resetClearsNamespaceAndThreadNames() {
        py.print("import threading\nt = threading.Thread(target=print)\nx = 1\n");
        assertEquals("Thread-2\n", py.print("print(threading.Thread().name)\n"));
        py.session.reset();
        assertEquals("False Thread-1\n", py.print("import threading\nprint('x' in globals(), threading.Thread().name)\n"));
    }

    @Test
    void inspectShowsTypeReprAndCount() {
        py.print("shared = [1, 2]\nalias = shared\n");
        Session.ObjectInfo info = py.session.inspect("shared");
        assertEquals("list", info.typeName());
        assertEquals("[1, 2]", info.repr());
        assertEquals(2, info.refcount());
        assertNull(py.session.inspect("missing"));
    }

    @Test
    void completionListsNamesAndAttributes() {
        py.print("shared = []\ncounter = 0\n");
        assertTrue(py.session.globalNames().containsAll(List.of("shared", "counter")));
        assertTrue(py.session.attributeNames("shared").contains("append"));
        assertTrue(py.session.builtinNames().contains("print"));
    }

    @Test
    void unknownModuleIsNotImplementedNamingTheLine() {
        RunOutcome r = py.run("x = 1\nimport os\n");
        assertEquals("NotImplementedError", r.error().ename());
        assertTrue(r.error().evalue().startsWith("module 'os' is not available in gilsim's Python (line 2)"), r.error().evalue());
    }

    @Test
    void printGoesToStdoutAndStderr() {
        py.print("import sys\nprint('a', 'b', sep='-', end='!\\n')\nprint('oops', file=sys.stderr)\n");
        assertEquals("a-b!\n", py.out.toString());
        assertEquals("oops\n", py.err.toString());
    }

    @Test
    void threadsGetCPythonsNamesAndRunAtStart() {
        String out = py.print("import threading\ndef work(n):\n    print(threading.current_thread().name, n)\n"
                + "t = threading.Thread(target=work, args=(1,))\nt.start()\nprint('started')\nt.join()\n"
                + "print(threading.current_thread().name, threading.main_thread().name)\n");
        assertEquals("Thread-1 (work) 1\nstarted\nMainThread MainThread\n", out);
    }

    @Test
    void lockBlocksAThreadUntilReleased() {
        String out = py.print("import threading\nlock = threading.Lock()\nlog = []\n"
                + "def worker():\n    with lock:\n        log.append('worker')\n"
                + "lock.acquire()\nt = threading.Thread(target=worker)\nt.start()\nlog.append('main')\n"
                + "lock.release()\nt.join()\nprint(log, lock.locked())\n");
        assertEquals("['main', 'worker'] False\n", out);
    }

    @Test
    void deadlockIsReportedNotHung() {
        RunOutcome r = py.run("import threading\nlock = threading.Lock()\nlock.acquire()\nlock.acquire()\n");
        assertEquals(RunOutcome.Status.LIMIT, r.status());
        assertTrue(r.error().evalue().contains("deadlock"), r.error().evalue());
    }

    @Test
    void sleepAdvancesTheSimulatedClockOnly() {
        long t0 = System.nanoTime();
        String out = py.print("import time\na = time.perf_counter()\ntime.sleep(30)\nprint(round(time.perf_counter() - a))\n");
        assertEquals("30\n", out);
        assertTrue(System.nanoTime() - t0 < 5_000_000_000L);
    }
}
