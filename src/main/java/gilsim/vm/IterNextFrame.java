package gilsim.vm;

/**
 * The continuation of an iterator whose next item needs Python code (map's function, a
 * generator inside enumerate): pushed by {@link PyIterator#next}, it returns the item (or
 * {@link Vm#EXHAUSTED}) to the frame that asked for it. It holds the iterator while it runs.
 */
abstract class IterNextFrame extends NativeFrame {
    final PyIterator iterator;

    IterNextFrame(Heap heap, String name, PyIterator iterator) {
        super(name);
        this.iterator = iterator;
        heap.incref(iterator);
    }

    /** Push this frame to produce the item for the current frame; returns PENDING. */
    PyObject start(Vm vm) {
        return vm.pushNative(this, RET_ITER);
    }

    @Override
    protected void release(Heap heap) {
        heap.decref(iterator);
    }
}
