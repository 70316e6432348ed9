package gilsim.vm;

import java.util.Arrays;

/** A Python list: a growable array of references ({@code ob_item}, {@code ob_size}). */
public final class PyList extends PyContainer {
    private static final PyObject[] NO_ITEMS = new PyObject[0];

    public PyObject[] items;
    public int size;

    public PyList() {
        this.items = NO_ITEMS;
        Heap.track(this);
    }

    /** A list that steals the first {@code size} references of {@code items}. */
    public PyList(PyObject[] items, int size) {
        this.items = items;
        this.size = size;
        Heap.track(this);
    }

    @Override
    public PyType type() { return Types.LIST; }

    public PyObject get(int i) { return items[i]; }

    /** list_resize's over-allocation (Objects/listobject.c, 3.11). */
    void ensureCapacity(Vm vm, int needed) {
        if (needed <= items.length) return;
        vm.limits.checkCollectionSize(needed, "list");
        long newAllocated = ((long) needed + (needed >> 3) + 6) & ~3L;
        if (needed - size > newAllocated - needed) newAllocated = (needed + 3) & ~3L;
        items = Arrays.copyOf(items, (int) Math.max(newAllocated, needed));
    }

    /** Append, stealing the reference (the caller passes a reference it owns). */
    public void appendSteal(Vm vm, PyObject o) {
        if (size == items.length) ensureCapacity(vm, size + 1);
        items[size++] = o;
    }

    /** list.append: the list takes a new reference. */
    public void append(Vm vm, PyObject o) {
        vm.heap.incref(o);
        appendSteal(vm, o);
    }

    /** Insert at i (0 <= i <= size), stealing the reference. */
    public void insertSteal(Vm vm, int i, PyObject o) {
        ensureCapacity(vm, size + 1);
        System.arraycopy(items, i, items, i + 1, size - i);
        items[i] = o;
        size++;
    }

    /** Remove slot i and return the reference it held (the caller owns it). */
    public PyObject removeAt(int i) {
        PyObject o = items[i];
        System.arraycopy(items, i + 1, items, i, size - i - 1);
        items[--size] = null;
        return o;
    }

    /** A copy of the live items (borrowed). */
    public PyObject[] snapshot() { return Arrays.copyOf(items, size); }

    /** list.clear: empty the list first, then drop the references (list_clear, from the end). */
    public void clearItems(Heap heap) {
        PyObject[] old = items;
        int n = size;
        items = NO_ITEMS;
        size = 0;
        for (int i = n - 1; i >= 0; i--) {
            PyObject o = old[i];
            old[i] = null;
            if (o != null) heap.decref(o);
        }
    }

    /** list_dealloc: items from the last to the first. */
    @Override
    protected void releaseContents(Heap heap) {
        for (int i = size - 1; i >= 0; i--) heap.clear(items, i);
        size = 0;
    }

    @Override
    public void traverse(ReferenceVisitor visitor) {
        for (int i = 0; i < size; i++) if (items[i] != null) visitor.visit(items[i]);
    }

    @Override
    protected void clearReferences(Heap heap) { clearItems(heap); }
}
