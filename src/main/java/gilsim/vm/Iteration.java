package gilsim.vm;

/**
 * iter() and next(): PyObject_GetIter and PyIter_Next over built-in iterables, generators and
 * classes with {@code __iter__}/{@code __next__}. {@link #next} may return PENDING (see
 * {@link PyIterator}): the item then arrives at the current frame as an iterator result.
 */
final class Iteration {
    private Iteration() {}

    /** iter(o): a new reference to an iterator. */
    static PyObject getIter(Vm vm, PyObject o) {
        Heap heap = vm.heap;
        if (o instanceof PyList || o instanceof PyTuple || o instanceof PyStr) return new SequenceIterator(heap, o, false);
        if (o instanceof PyRange r) return r.big == null ? new RangeIterator(r) : new BigRangeIterator(r);
        if (o instanceof PyDict d) return new DictIterator(vm, d, DictView.KEYS);
        if (o instanceof DictView v) return new DictIterator(vm, v.dict, v.kind);
        if (o instanceof PySet s) return new SetIterator(heap, s);
        if (o instanceof PyIterator) return heap.newRef(o);
        PyType t = o.type();
        if (t.heapType) {
            PyObject m = Arith.method(t, Names.ITER);
            if (m != null) {
                PyObject it = vm.callInline(m, new PyObject[] {o}, null, null);
                if (!isIterator(it)) throw Errors.type("iter() returned non-iterator of type '" + it.type().name + "'");
                return heap.newRef(it);
            }
            if (Arith.method(t, Names.GETITEM) != null) return new GetItemIterator(heap, o);
        }
        throw Errors.notA(o, "iterable");
    }

    static boolean isIterator(PyObject o) {
        if (o instanceof PyIterator) return true;
        return o.type().heapType && Arith.method(o.type(), Names.NEXT) != null;
    }

    static boolean isIterable(Vm vm, PyObject o) {
        if (isSyncIterable(o) || o instanceof PyIterator) return true;
        PyType t = o.type();
        return t.heapType && (Arith.method(t, Names.ITER) != null || Arith.method(t, Names.GETITEM) != null);
    }

    /** Whether iterating it never runs Python code (a built-in container or a sync iterator). */
    static boolean isSyncIterable(PyObject o) {
        return o instanceof PyList || o instanceof PyTuple || o instanceof PyStr || o instanceof PyRange
                || o instanceof PyDict || o instanceof DictView || o instanceof PySet
                || (o instanceof PyIterator it && it.isSync());
    }

    static boolean isSyncIterator(PyObject o) {
        return o instanceof PyIterator it && it.isSync();
    }

    /**
     * next(it): a new reference, null when exhausted, or PENDING when a frame was pushed that
     * delivers the item (or EXHAUSTED) to the current top frame.
     */
    static PyObject next(Vm vm, PyObject it) {
        if (it instanceof PyIterator pi) return pi.next(vm);
        PyType t = it.type();
        if (t.heapType) {
            PyObject m = Arith.method(t, Names.NEXT);
            if (m != null) {
                vm.callReturnMode = Frame.RET_ITER;
                return Calls.call(vm, m, new PyObject[] {it}, null);
            }
        }
        throw Errors.type("'" + t.name + "' object is not an iterator");
    }

    /** The items of a sync iterable, as new references. */
    static PyObject[] toArraySync(Vm vm, PyObject iterable) {
        if (iterable instanceof PyList l) {
            PyObject[] a = new PyObject[l.size];
            for (int i = 0; i < a.length; i++) a[i] = vm.heap.newRef(l.items[i]);
            return a;
        }
        if (iterable instanceof PyTuple t) {
            PyObject[] a = t.items.clone();
            for (PyObject o : a) vm.heap.incref(o);
            return a;
        }
        PyObject it = getIter(vm, iterable);
        try {
            java.util.ArrayList<PyObject> items = new java.util.ArrayList<>();
            while (true) {
                PyObject x = next(vm, it);
                if (x == null) break;
                if (x == Vm.PENDING) throw new IllegalStateException("sync iterator returned PENDING");
                items.add(x);
                if ((items.size() & 0xFFFF) == 0) {
                    vm.limits.checkCollectionSize(items.size(), "list");
                    vm.checkInterrupt();
                }
            }
            vm.workDone(items.size());
            return items.toArray(new PyObject[0]);
        } finally {
            vm.heap.decref(it);
        }
    }

    /** tuple(o) for a sync iterable (a new reference; a tuple is returned as is). */
    static PyObject toTuple(Vm vm, PyObject o) {
        if (o instanceof PyTuple) return vm.heap.newRef(o);
        if (!isSyncIterable(o)) throw Errors.notA(o, "iterable");
        return PyTuple.steal(vm.heap, toArraySync(vm, o));
    }
}
