package gilsim.sim;

import gilsim.vm.PyObject;
import gilsim.vm.ThreadState;
import java.util.ArrayList;
import java.util.List;

/**
 * A thread of the simulated machine: the VM's {@link ThreadState} plus where it runs (core,
 * interpreter), its own clock, its state for the GIL models, and its counters. The clock is in
 * picoseconds and is the thread's own notion of "now" while it runs on a core; when it waits, the
 * event that wakes it sets it.
 */
final class SimThread {
    final int index;
    final String name;
    final ThreadState ts;
    final Interp interp;
    /** Runs the cell's code (MainThread, or T0..T(N-1) under %threads N), not a threading.Thread. */
    final boolean cellThread;
    /** The run lasts until this thread ends (cell threads and non-daemon threading.Threads). */
    boolean keepsRunAlive;
    /** The run's MainThread under %threads 1: it holds the GIL when the cell starts (GilModel.startHolding). */
    boolean startsHoldingGil;
    ThreadTag tag;
    /**
     * The mark of the objects this thread allocates (their owner under biased counting); the main
     * thread's also marks what the machine allocated for it while setting the run up.
     */
    Newborn newborn;
    /** Its row in the run's timeline (null for a main thread that only waits for %threads N). */
    Timeline.Row timelineRow;

    // --- where it is
    Activity activity = Activity.NOT_STARTED;
    long activitySince;
    long clock;
    Core core;
    Core lastCore;
    long sliceStart;
    /** Instructions counted before the chunk now running (fine-mode bookkeeping). */
    long chunkStartInstructions;
    /** Run in fine steps until this instruction count: it touched objects other threads count. */
    long fineUntil;

    // --- GIL state (see the GIL models)
    boolean holdsGil;
    long savedSwitchNumber;
    int ticks;
    long eventToken;

    // --- threads starting, joining
    /** The thread this one started and must see begin before it goes on (Thread.start waits). */
    SimThread startPending;
    /** This thread's starter waits for it to begin. */
    SimThread starter;
    /** This thread waits for {@link #startPending}'s thread to begin. */
    SimThread waitingForStart;
    boolean begun;
    final List<SimThread> joiners = new ArrayList<>();
    /** PEP 703 biased counting: objects other threads queued for this owner to merge. */
    final ArrayList<PyObject> mergeQueue = new ArrayList<>();

    // --- figures
    long startTime = -1;
    long endTime = -1;
    long instructions;
    long nativeSteps;
    /** Refcount operations done, by {@link RefcountOp} ordinal. */
    final long[] refcountOps = new long[RefcountOp.COUNT];
    long opsContended;
    long opsImmortal;
    long opsDeferred;
    long queuedDecrefs;
    long lostUpdates;
    long gilAcquisitions;
    long gilSwitches;
    long failedWakeups;
    long contextSwitches;
    long builtinPs;
    /** Uncontended threading.Lock acquires and releases (halves of {@code %cost mutex}). */
    long lockPs;
    long refcountLockWaitPs;
    final long[] timeIn = new long[Activity.values().length];

    SimThread(int index, String name, ThreadState ts, Interp interp, boolean cellThread, Object run) {
        this.index = index;
        this.name = name;
        this.ts = ts;
        this.interp = interp;
        this.cellThread = cellThread;
        this.tag = new ThreadTag(this, run);
        this.newborn = new Newborn(this, run);
        ts.machineState = this;
    }

    boolean finished() {
        return activity == Activity.FINISHED;
    }

    void counted(RefcountOp kind) {
        refcountOps[kind.ordinal()]++;
    }

    long ops(RefcountOp kind) {
        return refcountOps[kind.ordinal()];
    }

    @Override
    public String toString() {
        return name;
    }
}
