package gilsim.vm;

/** Tuple slicing. */
final class TupleOps {
    private TupleOps() {}

    static PyObject slice(Vm vm, PyTuple t, PySlice s) {
        long[] ix = s.indices(t.items.length);
        int start = (int) ix[0];
        int step = (int) ix[2];
        int n = (int) ix[3];
        if (n == t.items.length && step == 1) return vm.heap.newRef(t);
        PyObject[] items = new PyObject[n];
        for (int i = 0, k = start; i < n; i++, k += step) items[i] = vm.heap.newRef(t.items[k]);
        return PyTuple.steal(vm.heap, items);
    }
}
