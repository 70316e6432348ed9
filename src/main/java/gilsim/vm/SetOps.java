package gilsim.vm;

import gilsim.lang.bytecode.BinaryOperator;
import gilsim.vm.table.SetOperations;
import gilsim.vm.table.SetTable;
import java.util.ArrayList;
import java.util.List;

/**
 * Set algebra with CPython's algorithms ({@link SetOperations}), so that result orders match;
 * this class adds the reference counting.
 */
final class SetOps {
    private SetOps() {}

    static PySet binary(Vm vm, BinaryOperator op, PySet a, PySet b) {
        SetTable<PyObject> r;
        switch (op) {
            case OR: r = SetOperations.union(a.table, b.table); break;
            case AND: r = SetOperations.intersection(a.table, b.table); break;
            case SUBTRACT: r = SetOperations.difference(a.table, b.table); break;
            default: r = SetOperations.symmetricDifference(a.table, b.table); break;
        }
        return PySet.adopt(r, a.frozen);
    }

    static PySet copyOf(Vm vm, PySet s, boolean frozen) {
        return PySet.adopt(s.table.copy(), frozen);
    }

    static void differenceUpdate(Vm vm, PySet so, PySet other) {
        var before = so.members();
        SetOperations.differenceUpdate(so.table, other.table);
        so.settle(before);
    }

    static void intersectionUpdate(Vm vm, PySet so, PySet other) {
        var before = so.members();
        SetOperations.intersectionUpdate(so.table, other.table);
        so.settle(before);
    }

    static void symmetricDifferenceUpdate(Vm vm, PySet so, PySet other) {
        var before = so.members();
        SetOperations.symmetricDifferenceUpdate(so.table, other.table);
        so.settle(before);
    }

    /** set.update / SET_UPDATE with an iterable that runs no Python code (set_update_internal). */
    static void updateSync(Vm vm, PySet set, PyObject iterable) {
        if (iterable instanceof PySet other) {
            set.merge(vm, other);
            return;
        }
        if (iterable instanceof PyDict d) {
            var before = set.members();
            set.table.reserve(d.size());
            for (int e = d.nextEntry(0); e >= 0; e = d.nextEntry(e + 1)) set.table.addWithHash(d.keyAt(e), d.hashAt(e));
            set.settle(before);
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

    /** The keys of a sync iterable, as a list of borrowed-then-dropped references (for set methods). */
    static List<PyObject> keysOf(Vm vm, PyObject iterable) {
        PyObject[] items = Iteration.toArraySync(vm, iterable);
        List<PyObject> r = new ArrayList<>(items.length);
        for (PyObject o : items) r.add(o);
        return r;
    }
}
