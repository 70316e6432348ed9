package gilsim.vm;

import gilsim.lang.bytecode.BinaryOperator;

/**
 * Set algebra with CPython's algorithms (Objects/setobject.c set_or, set_intersection,
 * set_difference, set_symmetric_difference), so that result orders match.
 */
final class SetOps {
    private SetOps() {}

    static PySet binary(Vm vm, BinaryOperator op, PySet a, PySet b) {
        switch (op) {
            case OR: {
                PySet r = copyOf(vm, a, a.frozen);
                r.merge(vm, b);
                return r;
            }
            case AND: return intersection(vm, a, b);
            case SUBTRACT: return difference(vm, a, b);
            default: return symmetricDifference(vm, a, b);
        }
    }

    static PySet copyOf(Vm vm, PySet s, boolean frozen) {
        PySet r = new PySet(frozen);
        r.merge(vm, s);
        return r;
    }

    static PySet intersection(Vm vm, PySet so, PySet other) {
        PySet result = new PySet(so.frozen);
        PySet big = so;
        PySet small = other;
        if (other.size() > so.size()) {
            big = other;
            small = so;
        } else {
            big = so;
            small = other;
        }
        for (int j = small.nextSlot(0); j >= 0; j = small.nextSlot(j + 1)) {
            PyObject key = small.keyAt(j);
            long h = small.hashAt(j);
            if (big.containsEntry(vm, key, h)) result.addEntry(vm, key, h);
        }
        return result;
    }

    static PySet difference(Vm vm, PySet so, PySet other) {
        if ((so.size() >> 2) > other.size()) {
            PySet r = copyOf(vm, so, so.frozen);
            differenceUpdate(vm, r, other);
            return r;
        }
        PySet result = new PySet(so.frozen);
        for (int j = so.nextSlot(0); j >= 0; j = so.nextSlot(j + 1)) {
            PyObject key = so.keyAt(j);
            long h = so.hashAt(j);
            if (!other.containsEntry(vm, key, h)) result.addEntry(vm, key, h);
        }
        return result;
    }

    static PySet symmetricDifference(Vm vm, PySet so, PySet other) {
        PySet result = copyOf(vm, other, so.frozen);
        symmetricDifferenceUpdate(vm, result, so);
        return result;
    }

    static void differenceUpdate(Vm vm, PySet so, PySet other) {
        if (so == other) {
            so.clearItems(vm.heap);
            return;
        }
        for (int j = other.nextSlot(0); j >= 0; j = other.nextSlot(j + 1)) {
            so.discardEntry(vm, other.keyAt(j), other.hashAt(j));
        }
    }

    static void intersectionUpdate(Vm vm, PySet so, PySet other) {
        PySet tmp = intersection(vm, so, other);
        so.clearItems(vm.heap);
        so.merge(vm, tmp);
        vm.heap.decref(tmp);
    }

    static void symmetricDifferenceUpdate(Vm vm, PySet so, PySet other) {
        if (so == other) {
            so.clearItems(vm.heap);
            return;
        }
        for (int j = other.nextSlot(0); j >= 0; j = other.nextSlot(j + 1)) {
            PyObject key = other.keyAt(j);
            long h = other.hashAt(j);
            if (!so.discardEntry(vm, key, h)) so.addEntry(vm, key, h);
        }
    }

    /** set.update / SET_UPDATE with an iterable that runs no Python code (set_update_internal). */
    static void updateSync(Vm vm, PySet set, PyObject iterable) {
        if (iterable instanceof PySet other) {
            set.merge(vm, other);
            return;
        }
        if (iterable instanceof PyDict d) {
            for (int e = d.nextEntry(0); e >= 0; e = d.nextEntry(e + 1)) set.addEntry(vm, d.keyAt(e), d.hashAt(e));
            return;
        }
        if (!Iteration.isSyncIterable(iterable)) {
            if (Iteration.isIterable(vm, iterable)) {
                throw Errors.notImplemented("adding a generator's items to a set this way is not supported in gilsim's Python;"
                        + " use set(...) on it");
            }
            throw Errors.notA(iterable, "iterable");
        }
        PyObject[] items = Iteration.toArraySync(vm, iterable);
        try {
            for (PyObject o : items) set.add(vm, o);
        } finally {
            for (PyObject o : items) vm.heap.decref(o);
        }
    }
}
