package gilsim.vm;

import java.util.Arrays;
import java.util.Comparator;

/**
 * list.sort (and sorted) as a native frame (Objects/listobject.c list_sort_impl): the list is
 * emptied while it sorts; with {@code key=} every key is computed first, one Python call per
 * step; reverse=True reverses before and after a stable sort, as CPython does. Items whose
 * order is built-in (numbers, str, tuples of them) sort in one Java step; others compare with
 * their {@code __lt__}, one comparison per step (count_run then binary insertion, timsort's
 * method for short runs).
 */
final class SortFrame extends NativeFrame {
    private final PyList list;
    private final PyObject key;
    private final boolean reverse;
    /** Whether the frame's result is the list (sorted) or None (list.sort). */
    private final boolean returnList;
    private PyObject[] items;
    private PyObject[] keys;
    private int n;
    private int phase;
    private int next;
    // count_run and binary insertion state
    private int runPhase;
    private boolean desc;
    private int start;
    private int lo;
    private int hi;

    /** Takes a new reference to the list and the key function. */
    SortFrame(Heap heap, PyList list, PyObject key, boolean reverse, boolean returnList) {
        super(returnList ? "sorted" : "list.sort");
        this.list = list;
        this.key = key;
        this.reverse = reverse;
        this.returnList = returnList;
        heap.incref(list);
        heap.incref(key);
        // The list is emptied while it sorts (list_sort_impl).
        this.n = list.size;
        this.items = Arrays.copyOf(list.items, n);
        list.items = new PyObject[0];
        list.size = 0;
    }

    @Override
    protected PyObject step(Vm vm, PyObject input) {
        if (phase == 0) {
            if (key != PyNone.NONE) {
                if (keys == null) keys = new PyObject[n];
                if (input != null && next < n && keys[next] == null) keys[next++] = vm.heap.newRef(input);
                while (next < n) {
                    PyObject k = vm.requestCall(key, new PyObject[] {items[next]}, null);
                    if (k == Vm.PENDING) return k;
                    keys[next++] = k;
                }
            }
            if (reverse) {
                reverseArray(items);
                if (keys != null) reverseArray(keys);
            }
            phase = 1;
            PyObject[] cmp = keys != null ? keys : items;
            if (allNative(cmp)) {
                nativeSort(vm);
                return finish(vm);
            }
            phase = 2;
        }
        return pythonSort(vm);
    }

    /**
     * count_run + binarysort with Python comparisons. Each comparison may re-run the step, so
     * the state advances only after a comparison has answered, and the answers are then
     * forgotten ({@link #commit}).
     */
    private PyObject pythonSort(Vm vm) {
        PyObject[] cmp = keys != null ? keys : items;
        if (n < 2) return finish(vm);
        if (runPhase == 0) {
            desc = lt(vm, cmp[1], cmp[0]);
            commit(vm);
            start = 2;
            runPhase = 1;
        }
        if (runPhase == 1) {
            while (start < n) {
                boolean l = lt(vm, cmp[start], cmp[start - 1]);
                commit(vm);
                if (l != desc) break;
                start++;
            }
            if (desc) {
                reverseRange(items, 0, start);
                if (keys != null) reverseRange(keys, 0, start);
            }
            lo = 0;
            hi = start;
            runPhase = 2;
        }
        while (start < n) {
            PyObject pivot = cmp[start];
            while (lo < hi) {
                int p = lo + ((hi - lo) >> 1);
                boolean l = lt(vm, pivot, cmp[p]);
                commit(vm);
                if (l) hi = p;
                else lo = p + 1;
            }
            insert(items, lo, start);
            if (keys != null) insert(keys, lo, start);
            start++;
            lo = 0;
            hi = start;
        }
        return finish(vm);
    }

    private static void insert(PyObject[] a, int at, int from) {
        PyObject pivot = a[from];
        System.arraycopy(a, at, a, at + 1, from - at);
        a[at] = pivot;
    }

    private boolean lt(Vm vm, PyObject a, PyObject b) {
        return Compare.richCompareBool(vm, a, b, gilsim.lang.bytecode.Comparison.LT);
    }

    private void nativeSort(Vm vm) {
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) order[i] = i;
        PyObject[] cmp = keys != null ? keys : items;
        Comparator<Integer> c = (x, y) -> {
            if (NativeCompare.compare(vm, cmp[y], cmp[x], gilsim.lang.bytecode.Comparison.LT) == 1) return 1;
            int lt = NativeCompare.compare(vm, cmp[x], cmp[y], gilsim.lang.bytecode.Comparison.LT);
            if (lt == NativeCompare.NOT_IMPLEMENTED) {
                throw Errors.type("'<' not supported between instances of '" + cmp[x].type().name
                        + "' and '" + cmp[y].type().name + "'");
            }
            return lt == 1 ? -1 : 0;
        };
        Arrays.sort(order, c);
        PyObject[] sorted = new PyObject[n];
        PyObject[] sortedKeys = keys != null ? new PyObject[n] : null;
        for (int i = 0; i < n; i++) {
            sorted[i] = items[order[i]];
            if (keys != null) sortedKeys[i] = keys[order[i]];
        }
        items = sorted;
        if (keys != null) keys = sortedKeys;
        vm.workDone((long) n * Math.max(1, 64 - Long.numberOfLeadingZeros(n)));
    }

    private static boolean allNative(PyObject[] a) {
        for (PyObject o : a) if (!nativeOrder(o)) return false;
        return true;
    }

    private static boolean nativeOrder(PyObject o) {
        if (o instanceof PyInt || o instanceof PyFloat || o instanceof PyStr) return true;
        if (o instanceof PyTuple t) {
            for (PyObject x : t.items) if (!nativeOrder(x)) return false;
            return true;
        }
        if (o instanceof PyList l) {
            for (int i = 0; i < l.size; i++) if (!nativeOrder(l.items[i])) return false;
            return true;
        }
        return false;
    }

    private PyObject finish(Vm vm) {
        if (reverse) reverseArray(items);
        restore(vm);
        return vm.heap.newRef(returnList ? list : PyNone.NONE);
    }

    /** Put the items back (sorted or not) and drop the keys. */
    private void restore(Vm vm) {
        if (items == null) return;
        if (list.size != 0) {
            throw Errors.value("list modified during sort");
        }
        list.items = items;
        list.size = n;
        items = null;
        if (keys != null) {
            for (PyObject k : keys) vm.heap.xdecref(k);
            keys = null;
        }
    }

    private static void reverseArray(PyObject[] a) {
        reverseRange(a, 0, a.length);
    }

    private static void reverseRange(PyObject[] a, int from, int to) {
        for (int i = from, j = to - 1; i < j; i++, j--) {
            PyObject t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    @Override
    protected void release(Heap heap) {
        if (items != null) {
            // An error interrupted the sort: the list gets its items back, in their current order.
            if (list.size == 0) {
                list.items = items;
                list.size = n;
            } else {
                for (PyObject o : items) heap.decref(o);
            }
            items = null;
        }
        if (keys != null) {
            for (PyObject k : keys) heap.xdecref(k);
            keys = null;
        }
        heap.decref(list);
        heap.decref(key);
    }
}
