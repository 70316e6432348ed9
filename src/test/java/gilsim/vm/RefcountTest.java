package gilsim.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Reference counts as CPython 3.11 reports them (FACTS.md §1's table and behaviours), and the
 * heap's invariants: one place changes counts, zero frees, a negative true count is our bug.
 */
class RefcountTest {
    private final Py py = new Py();

    @Test
    void factsTableRowsMatchCPython() {
        String out = py.print("import sys\nx = object()\nprint(sys.getrefcount(x))\n"
                + "l = []\nl.append(x)\nprint(sys.getrefcount(x))\n"
                + "y = x\nprint(sys.getrefcount(x))\n"
                + "def f(a):\n    return sys.getrefcount(a)\nz = object()\nprint(f(z))\n"
                + "del l, y\nprint(sys.getrefcount(x))\n");
        assertEquals("2\n3\n4\n3\n2\n", out);
    }

    @Test
    void runningFunctionIsHeldByItsFrame() {
        assertEquals("3\n", py.print("import sys\ndef r():\n    return sys.getrefcount(r)\nprint(r())\n"));
    }

    @Test
    void classCallPassesArgumentsThroughATuple() {
        String out = py.print("import sys\nclass C:\n    def __init__(self, arg):\n"
                + "        print(sys.getrefcount(arg), sys.getrefcount(self))\nx = object()\nc = C(x)\n");
        assertEquals("5 3\n", out);
    }

    @Test
    void methodCallMakesNoBoundMethodButAStoredOneHoldsSelf() {
        String out = py.print("import sys\nclass D:\n    def m(self):\n        return sys.getrefcount(self)\n"
                + "d = D()\nprint(d.m())\nbm = d.m\nprint(sys.getrefcount(d), bm())\n");
        assertEquals("3\n3 4\n", out);
    }

    @Test
    void forLoopIteratorHoldsTheSequenceUntilExhausted() {
        String out = py.print("import sys\nm = [1, 2]\nfor v in m:\n    print(sys.getrefcount(m))\nprint(sys.getrefcount(m))\n");
        assertEquals("3\n3\n2\n", out);
    }

    @Test
    void exceptAsHoldsTheExceptionInTheThreadState() {
        String out = py.print("import sys\ntry:\n    raise ValueError('v')\nexcept ValueError as e:\n    print(sys.getrefcount(e))\n");
        assertEquals("3\n", out);
    }

    @Test
    void withStatementHoldsTheManagerThroughItsBoundExit() {
        String out = py.print("import sys\nclass M:\n    def __enter__(self):\n        return 1\n"
                + "    def __exit__(self, *a):\n        return False\nm = M()\nprint(sys.getrefcount(m))\n"
                + "with m:\n    print(sys.getrefcount(m))\nprint(sys.getrefcount(m))\n");
        assertEquals("2\n3\n2\n", out);
    }

    @Test
    void decrefToZeroFreesTheObjectAndItsItems() {
        Heap heap = py.vm().heap;
        Heap.current = heap;
        PyList inner = new PyList();
        PyList outer = new PyList();
        outer.append(py.vm(), inner);
        heap.decref(inner);
        assertEquals(1, inner.refcnt);
        heap.decref(outer);
        assertTrue(outer.freed);
        assertTrue(inner.freed);
    }

    @Test
    void negativeRefcountIsAnInvariantViolation() {
        Heap heap = py.vm().heap;
        Heap.current = heap;
        PyList l = new PyList();
        heap.decref(l);
        assertThrows(IllegalStateException.class, () -> heap.decref(l));
    }

    @Test
    void deallocOrdersFollowCPython() {
        String out = py.print("class D:\n    def __init__(self, n):\n        self.n = n\n"
                + "    def __del__(self):\n        print('del', self.n)\n"
                + "l = [D('a'), D('b'), D('c')]\ndel l\nd = {'x': D('x'), 'y': D('y')}\ndel d\n"
                + "o = D('outer')\no.inner = D('inner')\ndel o\n");
        assertEquals("del c\ndel b\ndel a\ndel x\ndel y\ndel outer\ndel inner\n", out);
    }

    @Test
    void gcCollectFreesCyclesAndCountsAsCPython() {
        String out = py.print("import gc\nclass A:\n    pass\na = A()\nb = A()\na.o = b\nb.o = a\ndel a, b\n"
                + "print(gc.collect())\nl = []\nl.append(l)\ndel l\nprint(gc.collect())\n"
                + "a = A()\na.d = {'x': a}\ndel a\nprint(gc.collect())\nprint(gc.collect())\n");
        assertEquals("2\n1\n2\n0\n", out);
    }

    @Test
    void cyclesAreCollectedAutomaticallyAsAllocationsPassTheThreshold() {
        String out = py.print("import gc\nprint(gc.get_threshold())\nfor i in range(1000):\n    a = []\n    a.append(a)\n"
                + "n = gc.collect()\nprint(n < 1000, gc.collect())\ngc.disable()\nfor i in range(1000):\n    a = []\n    a.append(a)\n"
                + "print(gc.collect())\ngc.enable()\n");
        assertEquals("(700, 10, 10)\nTrue 0\n1000\n", out);
    }

    @Test
    void deepChainsAreFreedWithoutJavaRecursion() {
        String out = py.print("x = []\nfor i in range(200000):\n    x = [x]\nx = None\nprint('freed')\n");
        assertEquals("freed\n", out);
    }

    @Test
    void everyIncrefAndDecrefGoesThroughTheModel() {
        long[] counts = new long[2];
        RefcountModel counting = new RefcountModel() {
            private final PlainRefcounts plain = new PlainRefcounts();

            @Override
            public void incref(PyObject o) {
                counts[0]++;
                plain.incref(o);
            }

            @Override
            public boolean decrefToZero(PyObject o) {
                counts[1]++;
                return plain.decrefToZero(o);
            }
        };
        py.vm().heap.setModel(counting);
        py.print("x = [1, 2, 3]\ny = x\ndel y\n");
        assertTrue(counts[0] > 5 && counts[1] > 5, "events seen: " + counts[0] + " " + counts[1]);
    }
}
