package gilsim.vm;

/**
 * An object that can hold references to other objects and so take part in a reference cycle:
 * CPython's GC-tracked objects (PyGC_Head). It carries the links of the collector's list and
 * the collector's scratch count; plain values (int, float, str) do without them, which keeps
 * them small.
 */
public abstract class PyContainer extends PyObject {
    /** Links of the cyclic collector's list of tracked containers (see {@link Heap#track}). */
    PyContainer gcPrev, gcNext;
    /** Scratch count of the collector (gc_refs in gcmodule.c). */
    long gcRefs;
    /** The collector's generation (0 young, 1, 2 old). */
    byte gen;
    /** Whether its allocation counted towards generation 0's count (CPython's GC allocations). */
    boolean gcCounted;
}
