package gilsim.sim;

import gilsim.vm.PyObject;

/**
 * What a refcount model keeps about an object that more than one thread has counted in this run
 * (hung on {@link PyObject#machineState}): the true count beside the stored one, the last access
 * (for lost updates and cache-line ownership), the biased-counting fields of PEP 703, and the
 * object's watch series if it is watched. Objects only one thread touches never get one.
 */
final class ObjState {
    /** Biased counting's ob_ref_shared state bits (Include/refcount.h). */
    static final int DEFAULT = 0;
    static final int QUEUED = 1;
    static final int MERGED = 2;

    final PyObject object;
    final Object run;
    /** The count the program really holds: every incref and decref applied, none lost. */
    long trueCount;
    /** Whether the object is a function, code object, module or class (deferred counting). */
    final boolean deferredKind;

    // --- the last access (plain: its load-to-store window; others: the core that wrote the line)
    SimThread lastThread;
    int lastCore = -1;
    long lastStart;
    long lastEnd;
    long lastLoaded;
    int lastDelta;
    /** The cache line (or the object's lock) is busy until then (ps). */
    long busyUntil;

    // --- PEP 703 biased counting: ob_tid, ob_ref_local, ob_ref_shared
    SimThread owner;
    long local;
    long shared;
    int state = DEFAULT;

    /** Lost updates on this object, and the last few of them for crash reports. */
    long lostUpdates;
    private final Lost[] recentLost = new Lost[4];
    private int recentLostNext;
    WatchSeries watch;
    /** Who freed it and when (ps), and whether references were still held then. */
    SimThread freedBy;
    long freedAt;
    boolean freedEarly;

    ObjState(PyObject object, Object run, SimThread owner, boolean deferredKind) {
        this.object = object;
        this.run = run;
        this.owner = owner;
        this.trueCount = object.refcnt;
        this.local = object.refcnt;
        this.deferredKind = deferredKind;
        this.lastThread = owner;
        if (owner != null && owner.core != null) lastCore = owner.core.id;
    }

    /** {@code lost}'s update ({@code delta}) was overwritten by {@code other}'s store at {@code at} (ps). */
    void addLost(long at, SimThread lost, SimThread other, int delta) {
        lostUpdates++;
        lost.lostUpdates++;
        recentLost[recentLostNext++ % recentLost.length] = new Lost(at, lost, other, delta);
    }

    /** The recent lost updates, oldest first. */
    java.util.List<LostUpdate> recentLost(String described) {
        java.util.List<LostUpdate> list = new java.util.ArrayList<>();
        int n = Math.min(recentLostNext, recentLost.length);
        for (int i = 0; i < n; i++) {
            Lost l = recentLost[(recentLostNext - n + i) % recentLost.length];
            list.add(new LostUpdate(Costs.ns(l.at), described, l.lost.name, l.other.name, l.delta > 0 ? "incref" : "decref"));
        }
        return list;
    }

    private record Lost(long at, SimThread lost, SimThread other, int delta) {}
}
