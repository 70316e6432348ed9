package gilsim.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * Every Python-level call is frames on the thread's stack, never a nested Java loop: stepped
 * one instruction at a time, the thread shows the callee's Python frame above the built-in's
 * native frame, the callee's instructions count on the thread, and two threads can be
 * interleaved inside such calls (DESIGN.md §9).
 */
class SteppabilityTest {
    private final Py py = new Py();

    private ThreadState thread(String source) {
        py.session.setOutput(new OutputSink() {
            @Override public void stdout(String text) { py.out.append(text); }
            @Override public void stderr(String text) { py.err.append(text); }
        });
        return py.session.prepare(Py.compileCell(source, "<test>"), "T0");
    }

    /** Step one instruction at a time; true if some stop showed the wanted stack. */
    private boolean seenWhileStepping(ThreadState ts, Predicate<ThreadState> wanted) {
        boolean seen = false;
        for (int i = 0; i < 1_000_000; i++) {
            StopReason r = py.vm().interpreter.run(ts, 1);
            if (wanted.test(ts)) seen = true;
            if (r == StopReason.FINISHED) break;
        }
        assertTrue(ts.finished(), "thread finished");
        assertEquals(null, ts.uncaughtException());
        return seen;
    }

    private static boolean pythonFrameAboveNative(ThreadState ts, String function, Class<?> nativeKind) {
        for (Frame f = ts.top; f != null; f = f.back) {
            if (f instanceof PyFrame pf && pf.code.name.value.equals(function)) {
                for (Frame b = f.back; b != null; b = b.back) {
                    if (nativeKind.isInstance(b)) return true;
                    if (b instanceof PyFrame) return false;
                }
            }
        }
        return false;
    }

    private static boolean hasPythonFrame(ThreadState ts, String function) {
        for (Frame f = ts.top; f != null; f = f.back) {
            if (f instanceof PyFrame pf && pf.code.name.value.equals(function)) return true;
        }
        return false;
    }

    @Test
    void sortedKeyRunsAsPythonFramesAboveTheSort() {
        ThreadState ts = thread("def key(v):\n    return -v\nr = sorted([3, 1, 2], key=key)\nprint(r)\n");
        assertTrue(seenWhileStepping(ts, t -> pythonFrameAboveNative(t, "key", SortFrame.class)));
        assertEquals("[3, 2, 1]\n", py.out.toString());
    }

    @Test
    void keyFunctionInstructionsCountOnTheThread() {
        ThreadState builtinKey = thread("r = sorted(list(range(100)), key=abs)\n");
        py.vm().interpreter.run(builtinKey, Long.MAX_VALUE);
        ThreadState pythonKey = thread("def k(v):\n    return v\nr = sorted(list(range(100)), key=k)\n");
        py.vm().interpreter.run(pythonKey, Long.MAX_VALUE);
        assertTrue(pythonKey.instructions - builtinKey.instructions >= 100 * 3,
                builtinKey.instructions + " vs " + pythonKey.instructions);
    }

    @Test
    void comparisonsOfObjectsRunTheirLtAsFrames() {
        ThreadState ts = thread("class P:\n    def __init__(self, v):\n        self.v = v\n"
                + "    def __lt__(self, o):\n        return self.v < o.v\n"
                + "r = sorted([P(2), P(1), P(3)])\nprint([p.v for p in r])\n");
        assertTrue(seenWhileStepping(ts, t -> hasPythonFrame(t, "__lt__")));
        assertEquals("[1, 2, 3]\n", py.out.toString());
    }

    @Test
    void classCallRunsInitAsAFrameAboveTheTypeCall() {
        ThreadState ts = thread("class C:\n    def __init__(self):\n        self.x = 1\nc = C()\n");
        assertTrue(seenWhileStepping(ts, t -> pythonFrameAboveNative(t, "__init__", Instantiate.InitFrame.class)));
    }

    @Test
    void reprCalledByPrintRunsAsAFrame() {
        ThreadState ts = thread("class R:\n    def __repr__(self):\n        return 'R!'\nprint([R()])\n");
        assertTrue(seenWhileStepping(ts, t -> hasPythonFrame(t, "__repr__")));
        assertEquals("[R!]\n", py.out.toString());
    }

    @Test
    void delRunsAsAFrame() {
        ThreadState ts = thread("class D:\n    def __del__(self):\n        print('bye')\nd = D()\nd = None\nprint('after')\n");
        assertTrue(seenWhileStepping(ts, t -> pythonFrameAboveNative(t, "__del__", Finalizers.CallDel.class)));
        assertEquals("bye\nafter\n", py.out.toString());
    }

    @Test
    void generatorsResumeOnTheConsumersStack() {
        ThreadState ts = thread("def gen():\n    yield 1\n    yield 2\nprint(sum(gen()), list(map(abs, gen())))\n");
        assertTrue(seenWhileStepping(ts, t -> pythonFrameAboveNative(t, "gen", Consumer.class)));
        assertEquals("3 [1, 2]\n", py.out.toString());
    }

    @Test
    void stopsAtEvalBreakerChecksWhenAsked() {
        ThreadState ts = thread("n = 0\nwhile n < 100:\n    n += 1\n");
        ts.setRequestStop(true);
        StopReason r = py.vm().interpreter.run(ts, 1000);
        assertEquals(StopReason.CHECKPOINT, r);
        long first = ts.instructions;
        r = py.vm().interpreter.run(ts, 1000);
        assertEquals(StopReason.CHECKPOINT, r);
        assertTrue(ts.instructions > first && ts.instructions - first < 20, "one loop iteration per checkpoint");
        ts.setRequestStop(false);
        assertEquals(StopReason.FINISHED, py.vm().interpreter.run(ts, Long.MAX_VALUE));
    }

    @Test
    void aCallReturningThroughANativeFrameChecksTheEvalBreaker() {
        // sorted() with a Python key returns through its native frame; CALL then checks the eval
        // breaker (CHECK_EVAL_BREAKER at the end of a call through C), before the result is stored.
        ThreadState ts = thread("def k(v):\n    return v\nr = sorted([1], key=k)\ny = 1\n");
        for (int i = 0; i < 1000 && !(ts.top instanceof PyFrame pf && pf.code.name.value.equals("k") && pf.ip > 0); i++) {
            assertEquals(StopReason.BUDGET, py.vm().interpreter.run(ts, 1));
        }
        assertTrue(hasPythonFrame(ts, "k"), "stepped into the key function, past its RESUME");
        ts.setRequestStop(true);
        assertEquals(StopReason.CHECKPOINT, py.vm().interpreter.run(ts, 1000));
        assertTrue(ts.top instanceof PyFrame pf && pf.code.name.value.equals("<module>"), "stopped in the caller");
        assertEquals(null, py.session.globals().getStr(Interned.str("r")), "right after the CALL, before STORE_NAME r");
        ts.setRequestStop(false);
        assertEquals(StopReason.FINISHED, py.vm().interpreter.run(ts, Long.MAX_VALUE));
        assertTrue(py.session.globals().getStr(Interned.str("r")) instanceof PyList);
    }

    @Test
    void aThreadAskedToYieldAfterACallMakesTheCallsCheckWhenItResumes() {
        ThreadState ts = thread("x = abs(-1)\ny = 2\n");
        for (int i = 0; i < 1000 && ts.top instanceof PyFrame pf && gilsim.lang.bytecode.CodeUnit.op(pf.code.code[pf.ip]) != Op.CALL; i++) {
            py.vm().interpreter.run(ts, 1);
        }
        ts.requestYield();
        assertEquals(StopReason.YIELD, py.vm().interpreter.run(ts, 1));
        // The host handled its events; a drop request came meanwhile: the CALL's check sees it.
        ts.setRequestStop(true);
        assertEquals(StopReason.CHECKPOINT, py.vm().interpreter.run(ts, 1000));
        assertEquals(null, py.session.globals().getStr(Interned.str("x")), "stopped right after the CALL");
        ts.setRequestStop(false);
        assertEquals(StopReason.FINISHED, py.vm().interpreter.run(ts, Long.MAX_VALUE));
    }

    @Test
    void blockingCallStopsTheThreadWithItsDuration() {
        ThreadState ts = thread("import time\ntime.sleep(0.25)\nx = 1\n");
        StopReason r = py.vm().interpreter.run(ts, Long.MAX_VALUE);
        assertEquals(StopReason.BLOCKED, r);
        assertEquals(new BlockingCall.Sleep(250_000_000L), ts.blockedOn);
        ts.blockedOn = null;
        assertEquals(StopReason.FINISHED, py.vm().interpreter.run(ts, Long.MAX_VALUE));
    }

    @Test
    void preparedThreadsCarryTheirNames() {
        ThreadState ts = thread("import threading\nprint(threading.current_thread().name)\n");
        assertEquals(StopReason.FINISHED, py.vm().interpreter.run(ts, Long.MAX_VALUE));
        assertEquals("T0\n", py.out.toString());
    }

    @Test
    void twoThreadsInterleaveInsideSortedCalls() {
        py.print("def key(v):\n    return -v\n");
        ThreadState a = thread("ra = sorted(range(50), key=key)\n");
        ThreadState b = thread("rb = sorted(range(60), key=key)\n");
        boolean aDone = false;
        boolean bDone = false;
        while (!aDone || !bDone) {
            if (!aDone) aDone = py.vm().interpreter.run(a, 3) == StopReason.FINISHED;
            if (!bDone) bDone = py.vm().interpreter.run(b, 5) == StopReason.FINISHED;
        }
        assertEquals("49 59\n", py.print("print(ra[0], rb[0])\n"));
    }
}
