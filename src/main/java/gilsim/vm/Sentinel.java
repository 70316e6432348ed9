package gilsim.vm;

/**
 * Markers that are never Python-visible values: {@link Vm#PENDING} (a call continues in a
 * frame), {@link Vm#EXHAUSTED} (an iterator is done), the dummy key of a deleted set slot.
 */
final class Sentinel extends PyObject {
    private final String name;

    Sentinel(String name) {
        this.name = name;
        refcnt = Types.STATIC_REFCNT;
        Heap.allocations--;
    }

    @Override
    public PyType type() { throw new IllegalStateException(name + " escaped into Python code"); }

    @Override
    public String toString() { return name; }
}
