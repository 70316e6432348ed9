package gilsim.vm;

/** List operations shared by opcodes and methods: slices, extend, in-place repeat. */
final class ListOps {
    private ListOps() {}

    static PyObject slice(Vm vm, PyList l, PySlice s) {
        long[] ix = s.indices(l.size);
        int start = (int) ix[0];
        int step = (int) ix[2];
        int n = (int) ix[3];
        PyObject[] items = new PyObject[n];
        for (int i = 0, k = start; i < n; i++, k += step) items[i] = vm.heap.newRef(l.items[k]);
        return new PyList(items, n);
    }

    /** l[a:b:c] = value (list_ass_slice / list_ass_subscript); removed items dropped last to first. */
    static void setSlice(Vm vm, PyList l, PySlice s, PyObject value) {
        PyObject[] repl;
        if (value == l) {
            repl = l.snapshot();
            for (PyObject o : repl) vm.heap.incref(o);
        } else if (Iteration.isSyncIterable(value)) {
            repl = Iteration.toArraySync(vm, value);
        } else {
            throw Errors.type("must assign iterable to extended slice");
        }
        long[] ix = s.indices(l.size);
        int start = (int) ix[0];
        int step = (int) ix[2];
        int n = (int) ix[3];
        if (step == 1) {
            int stop = Math.max(start, (int) ix[1]);
            int removed = stop - start;
            PyObject[] recycle = new PyObject[removed];
            System.arraycopy(l.items, start, recycle, 0, removed);
            int newSize = l.size - removed + repl.length;
            PyObject[] tail = new PyObject[l.size - stop];
            System.arraycopy(l.items, stop, tail, 0, tail.length);
            l.ensureCapacity(vm, newSize);
            System.arraycopy(repl, 0, l.items, start, repl.length);
            System.arraycopy(tail, 0, l.items, start + repl.length, tail.length);
            for (int i = newSize; i < l.size; i++) l.items[i] = null;
            l.size = newSize;
            for (int k = recycle.length - 1; k >= 0; k--) vm.heap.decref(recycle[k]);
            return;
        }
        if (repl.length != n) {
            for (PyObject o : repl) vm.heap.decref(o);
            throw Errors.value("attempt to assign sequence of size " + repl.length + " to extended slice of size " + n);
        }
        PyObject[] recycle = new PyObject[n];
        for (int i = 0, k = start; i < n; i++, k += step) {
            recycle[i] = l.items[k];
            l.items[k] = repl[i];
        }
        for (int i = 0; i < n; i++) vm.heap.decref(recycle[i]);
    }

    static void deleteSlice(Vm vm, PyList l, PySlice s) {
        long[] ix = s.indices(l.size);
        int start = (int) ix[0];
        int step = (int) ix[2];
        int n = (int) ix[3];
        if (n == 0) return;
        boolean[] remove = new boolean[l.size];
        for (int i = 0, k = start; i < n; i++, k += step) remove[k] = true;
        PyObject[] recycle = new PyObject[n];
        int r = 0;
        int w = 0;
        for (int i = 0; i < l.size; i++) {
            if (remove[i]) recycle[r++] = l.items[i];
            else l.items[w++] = l.items[i];
        }
        for (int i = w; i < l.size; i++) l.items[i] = null;
        l.size = w;
        for (int k = recycle.length - 1; k >= 0; k--) vm.heap.decref(recycle[k]);
    }

    /** list.extend / list += with an iterable that runs no Python code. */
    static void extendSync(Vm vm, PyList l, PyObject iterable) {
        if (iterable instanceof PyList src) {
            int n = src.size;
            l.ensureCapacity(vm, l.size + n);
            for (int i = 0; i < n; i++) l.items[l.size + i] = vm.heap.newRef(src.items[i]);
            l.size += n;
            vm.workDone(n);
            return;
        }
        PyObject[] items = Iteration.toArraySync(vm, iterable);
        l.ensureCapacity(vm, l.size + items.length);
        System.arraycopy(items, 0, l.items, l.size, items.length);
        l.size += items.length;
    }

    static void repeatInPlace(Vm vm, PyList l, PyInt count) {
        long n = count.big != null ? (count.signum() < 0 ? 0 : Long.MAX_VALUE) : count.value;
        if (n <= 0) {
            l.clearItems(vm.heap);
            return;
        }
        int len = l.size;
        long total = n * len;
        if (len != 0 && total / len != n) total = Long.MAX_VALUE;
        vm.limits.checkCollectionSize(total, "list");
        l.ensureCapacity(vm, (int) total);
        for (int k = 1; k < n; k++) {
            for (int j = 0; j < len; j++) l.items[k * len + j] = vm.heap.newRef(l.items[j]);
        }
        l.size = (int) total;
        vm.workDone(total);
    }
}
