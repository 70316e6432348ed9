package gilsim.vm;

/**
 * Limits that keep a workload from exhausting the kernel: instructions per run, objects
 * alive, recursion depth (CPython's default 1000), the size of one str/list/dict/set.
 * Hitting one raises a Python exception whose message says which limit and how to change it.
 */
public final class Limits {
    public long maxInstructions = 2_000_000_000L;
    public long maxObjects = 30_000_000L;
    public int recursionLimit = 1000;
    public long maxCollectionSize = 50_000_000L;
    public long maxStrLength = 200_000_000L;
    /** Live objects when the run started: the objects limit counts objects created since. */
    long objectsBaseline;

    public Limits copy() {
        Limits l = new Limits();
        l.maxInstructions = maxInstructions;
        l.maxObjects = maxObjects;
        l.recursionLimit = recursionLimit;
        l.maxCollectionSize = maxCollectionSize;
        l.maxStrLength = maxStrLength;
        return l;
    }

    void checkCollectionSize(long n, String what) {
        if (n > maxCollectionSize) {
            throw Errors.memory("a " + what + " of " + n + " items is over gilsim's limit of "
                    + maxCollectionSize + " items per object (%limit objects=... to change the object limit)");
        }
    }

    void checkStrLength(long n) {
        if (n > maxStrLength) {
            throw Errors.memory("a str of " + n + " characters is over gilsim's limit of " + maxStrLength + " characters");
        }
    }

    /** Whether more objects are alive than the limit allows (checked between slices). */
    boolean objectsExceeded() {
        return Heap.liveObjects() - objectsBaseline > maxObjects;
    }

    void checkObjects() {
        long live = Heap.liveObjects() - objectsBaseline;
        if (live > maxObjects) {
            throw Errors.memory("more than " + maxObjects + " objects alive: gilsim's limit"
                    + " (%limit objects=N to change it)");
        }
    }
}
