package gilsim.vm;

import java.util.ArrayList;
import java.util.LinkedList;
import java.util.List;

/**
 * The scheduler for plain, single-core runs (no simulated machine): one thread runs at a time
 * and keeps running until it blocks or finishes — there is no preemption. A thread started
 * with {@code Thread.start()} runs at once, until it blocks or ends, then the starter resumes:
 * what CPython does in practice for a short target (start() waits for the new thread to begin,
 * and the new thread keeps the GIL for a whole switch interval). Sleeps and simulated I/O only
 * advance a simulated clock (8 ns per instruction, FACTS.md §9); when every thread waits, the
 * clock jumps to the earliest wake-up. Deterministic.
 */
public final class SequentialHost implements ThreadHost {
    public static final long NS_PER_INSTRUCTION = 8;
    public static final long DEFAULT_SWITCH_INTERVAL_NS = 5_000_000;
    private static final long SLICE = 20_000;

    private Vm vm;
    private final LinkedList<ThreadState> ready = new LinkedList<>();
    private final List<ThreadState> waiting = new ArrayList<>();
    private final List<long[]> wakeTimes = new ArrayList<>();
    private final List<ThreadState> live = new ArrayList<>();
    private ThreadState running;
    private long clockNs;
    private long sliceStart;
    private long switchIntervalNs = DEFAULT_SWITCH_INTERVAL_NS;

    public void attach(Vm vm) { this.vm = vm; }

    @Override
    public void started(ThreadState thread) {
        live.add(thread);
        if (running != null) {
            ready.addFirst(running);
            running.yieldRequested = true;
            running.attention = true;
        }
        ready.addFirst(thread);
    }

    @Override
    public void lockReleased(PyLock lock) {
        for (int i = 0; i < waiting.size(); i++) {
            ThreadState t = waiting.get(i);
            if (t.blockedOn instanceof BlockingCall.Acquire a && a.lock() == lock) {
                lock.owner = t;
                t.blockedOn = null;
                waiting.remove(i);
                wakeTimes.remove(i);
                ready.addLast(t);
                return;
            }
        }
    }

    @Override
    public long nanoTime() {
        long extra = running == null ? 0 : (running.instructions - sliceStart) * NS_PER_INSTRUCTION;
        return clockNs + extra;
    }

    @Override
    public long switchIntervalNanos() { return switchIntervalNs; }

    @Override
    public void setSwitchIntervalNanos(long nanos) { switchIntervalNs = nanos; }

    /** Threads started and not finished (for threading.enumerate). */
    public List<ThreadState> liveThreads() { return live; }

    /** What stopped a run before its main thread finished. */
    public enum Outcome { DONE, DEADLOCK, INSTRUCTION_LIMIT }

    /**
     * Run main (and the threads it starts) until main and every non-daemon thread has finished.
     * {@code interrupt} is polled between slices: when it returns true, KeyboardInterrupt is
     * raised in the main thread.
     */
    public Outcome run(ThreadState main, java.util.function.BooleanSupplier interrupt, long maxInstructions) {
        Interpreter interp = vm.interpreter;
        ready.addFirst(main);
        live.add(main);
        long executed = 0;
        while (true) {
            if (interrupt.getAsBoolean()) deliverInterrupt(main);
            ThreadState t = ready.pollFirst();
            if (t == null) {
                if (!wakeNext()) {
                    if (main.finished && allDaemonsLeft()) return Outcome.DONE;
                    return waiting.isEmpty() ? Outcome.DONE : Outcome.DEADLOCK;
                }
                continue;
            }
            running = t;
            sliceStart = t.instructions;
            StopReason r = interp.run(t, SLICE);
            long n = t.instructions - sliceStart;
            clockNs += n * NS_PER_INSTRUCTION;
            executed += n;
            running = null;
            switch (r) {
                case BUDGET:
                case CHECKPOINT:
                    ready.addFirst(t);
                    break;
                case YIELD:
                    break; // started() already queued the new thread, then t
                case BLOCKED:
                    block(t);
                    break;
                case FINISHED:
                    finish(t);
                    break;
                default:
                    throw new IllegalStateException(r.toString());
            }
            if (executed > maxInstructions) {
                return Outcome.INSTRUCTION_LIMIT;
            }
            if (vm.limits.objectsExceeded() && !t.finished && t.top != null) {
                vm.interpreter.inject(t, Errors.memory("more than " + vm.limits.maxObjects
                        + " objects alive: gilsim's limit (%limit objects=N to change it)"));
            }
            if (main.finished && ready.isEmpty() && waiting.isEmpty()) return Outcome.DONE;
        }
    }

    private boolean allDaemonsLeft() {
        for (ThreadState t : waiting) {
            if (!(t.threadObject instanceof PyThread pt && pt.daemon)) return false;
        }
        return true;
    }

    private void block(ThreadState t) {
        BlockingCall b = t.blockedOn;
        long wake = Long.MAX_VALUE;
        if (b instanceof BlockingCall.Sleep s) wake = clockNs + s.nanos();
        else if (b instanceof BlockingCall.Io io) wake = clockNs + io.nanos();
        else if (b instanceof BlockingCall.Join j && j.thread().finished) {
            t.blockedOn = null;
            ready.addFirst(t);
            return;
        } else if (b instanceof BlockingCall.Acquire a && a.lock().owner == null) {
            a.lock().owner = t;
            t.blockedOn = null;
            ready.addFirst(t);
            return;
        }
        waiting.add(t);
        wakeTimes.add(new long[] {wake});
    }

    private void finish(ThreadState t) {
        t.finished = true;
        live.remove(t);
        for (int i = waiting.size() - 1; i >= 0; i--) {
            ThreadState w = waiting.get(i);
            if (w.blockedOn instanceof BlockingCall.Join j && j.thread() == t) {
                w.blockedOn = null;
                waiting.remove(i);
                wakeTimes.remove(i);
                ready.addFirst(w);
            }
        }
    }

    /** Advance the clock to the earliest timed wake-up; false if nobody waits on time. */
    private boolean wakeNext() {
        int best = -1;
        for (int i = 0; i < waiting.size(); i++) {
            if (wakeTimes.get(i)[0] != Long.MAX_VALUE && (best < 0 || wakeTimes.get(i)[0] < wakeTimes.get(best)[0])) best = i;
        }
        if (best < 0) return false;
        ThreadState t = waiting.remove(best);
        long wake = wakeTimes.remove(best)[0];
        clockNs = Math.max(clockNs, wake);
        t.blockedOn = null;
        ready.addLast(t);
        return true;
    }

    /** KeyboardInterrupt goes to the main thread, waking it if it waits. */
    private void deliverInterrupt(ThreadState main) {
        int i = waiting.indexOf(main);
        if (i >= 0) {
            waiting.remove(i);
            wakeTimes.remove(i);
            main.blockedOn = null;
            ready.addFirst(main);
        }
        if (!main.finished) vm.interpreter.inject(main, Errors.of(Types.KEYBOARD_INTERRUPT, null));
    }

    /** Drop every thread (after an aborted run). */
    public void reset() {
        ready.clear();
        waiting.clear();
        wakeTimes.clear();
        live.clear();
        running = null;
    }
}
