package gilsim.vm;

import gilsim.lang.bytecode.BinaryOperator;

/** Methods of set and frozenset (Objects/setobject.c). */
final class SetMethods {
    private SetMethods() {}

    private static PySet s(PyObject[] a) { return (PySet) a[0]; }

    static void install() {
        for (PyType t : new PyType[] {Types.SET, Types.FROZENSET}) {
            Builtins.method(t, "union", (vm, a, k) -> multi(vm, a, BinaryOperator.OR));
            Builtins.method(t, "intersection", (vm, a, k) -> multi(vm, a, BinaryOperator.AND));
            Builtins.method(t, "difference", (vm, a, k) -> multi(vm, a, BinaryOperator.SUBTRACT));
            Builtins.method(t, "symmetric_difference", (vm, a, k) -> {
                ArgParser.method("set.symmetric_difference", a, k).noKeywords().between(2, 2);
                PySet other = asSet(vm, a[1]);
                try {
                    return SetOps.binary(vm, BinaryOperator.XOR, s(a), other);
                } finally {
                    vm.heap.decref(other);
                }
            });
            Builtins.method(t, "issubset", (vm, a, k) -> withSet(vm, a[1], o -> PyBool.of(NativeCompare.subset(vm, s(a), o))));
            Builtins.method(t, "issuperset", (vm, a, k) -> withSet(vm, a[1], o -> PyBool.of(NativeCompare.subset(vm, o, s(a)))));
            Builtins.method(t, "isdisjoint", (vm, a, k) -> withSet(vm, a[1], o -> {
                for (int j = o.nextSlot(0); j >= 0; j = o.nextSlot(j + 1)) {
                    if (s(a).containsEntry(vm, o.keyAt(j), o.hashAt(j))) return PyBool.of(false);
                }
                return PyBool.of(true);
            }));
            Builtins.method(t, "copy", (vm, a, k) -> {
                if (s(a).frozen) return vm.heap.newRef(a[0]);
                return SetOps.copyOf(vm, s(a), false);
            });
            Builtins.method(t, "__len__", (vm, a, k) -> PyInt.of(s(a).size()));
            Builtins.method(t, "__contains__", (vm, a, k) -> PyBool.of(s(a).contains(vm, a[1])));
        }
        PyType t = Types.SET;
        Builtins.method(t, "add", (vm, a, k) -> {
            if (a.length != 2) throw Errors.type("set.add() takes exactly one argument (" + (a.length - 1) + " given)");
            s(a).add(vm, a[1]);
            return vm.heap.newRef(PyNone.NONE);
        });
        Builtins.method(t, "discard", (vm, a, k) -> {
            s(a).discard(vm, a[1]);
            return vm.heap.newRef(PyNone.NONE);
        });
        Builtins.method(t, "remove", (vm, a, k) -> {
            if (!s(a).discard(vm, a[1])) throw Errors.key(a[1]);
            return vm.heap.newRef(PyNone.NONE);
        });
        Builtins.method(t, "pop", (vm, a, k) -> {
            PyObject r = s(a).pop();
            if (r == null) throw Errors.keyStr("pop from an empty set");
            return r;
        });
        Builtins.method(t, "clear", (vm, a, k) -> {
            s(a).clearItems(vm.heap);
            return vm.heap.newRef(PyNone.NONE);
        });
        Builtins.method(t, "update", (vm, a, k) -> {
            for (int i = 1; i < a.length; i++) SetOps.updateSync(vm, s(a), a[i]);
            return vm.heap.newRef(PyNone.NONE);
        });
        Builtins.method(t, "intersection_update", (vm, a, k) -> inPlace(vm, a, BinaryOperator.AND));
        Builtins.method(t, "difference_update", (vm, a, k) -> inPlace(vm, a, BinaryOperator.SUBTRACT));
        Builtins.method(t, "symmetric_difference_update", (vm, a, k) -> inPlace(vm, a, BinaryOperator.XOR));
    }

    /** A set for an argument: the set itself (new reference) or a new set of its items. */
    static PySet asSet(Vm vm, PyObject o) {
        if (o instanceof PySet s) return vm.heap.newRef(s);
        PySet s = new PySet(false);
        try {
            SetOps.updateSync(vm, s, o);
        } catch (RuntimeException e) {
            vm.heap.decref(s);
            throw e;
        }
        return s;
    }

    private static PyObject withSet(Vm vm, PyObject o, java.util.function.Function<PySet, PyObject> f) {
        PySet s = asSet(vm, o);
        try {
            return f.apply(s);
        } finally {
            vm.heap.decref(s);
        }
    }

    private static PyObject multi(Vm vm, PyObject[] a, BinaryOperator op) {
        PySet self = s(a);
        if (a.length == 1) return SetOps.copyOf(vm, self, self.frozen);
        PySet result = null;
        try {
            for (int i = 1; i < a.length; i++) {
                PySet left = result == null ? self : result;
                PySet next;
                if (op == BinaryOperator.OR) {
                    next = SetOps.copyOf(vm, left, self.frozen);
                    SetOps.updateSync(vm, next, a[i]);
                } else if (a[i] instanceof PySet other) {
                    next = SetOps.binary(vm, op, left, other);
                } else {
                    next = withKeys(vm, a[i], keys -> {
                        gilsim.vm.table.SetTable<PyObject> r = op == BinaryOperator.AND
                                ? gilsim.vm.table.SetOperations.intersection(left.table, keys)
                                : op == BinaryOperator.SUBTRACT ? gilsim.vm.table.SetOperations.difference(left.table, keys)
                                : gilsim.vm.table.SetOperations.symmetricDifference(left.table, keys);
                        return PySet.adopt(r, self.frozen);
                    });
                }
                if (result != null) vm.heap.decref(result);
                result = next;
            }
        } catch (RuntimeException e) {
            if (result != null) vm.heap.decref(result);
            throw e;
        }
        return result;
    }

    private static PySet withKeys(Vm vm, PyObject iterable, java.util.function.Function<java.util.List<PyObject>, PySet> f) {
        java.util.List<PyObject> keys = SetOps.keysOf(vm, iterable);
        try {
            return f.apply(keys);
        } finally {
            for (PyObject o : keys) vm.heap.decref(o);
        }
    }

    private static PyObject inPlace(Vm vm, PyObject[] a, BinaryOperator op) {
        PySet self = s(a);
        for (int i = 1; i < a.length; i++) {
            if (a[i] instanceof PySet other) {
                if (op == BinaryOperator.AND) SetOps.intersectionUpdate(vm, self, other);
                else if (op == BinaryOperator.SUBTRACT) SetOps.differenceUpdate(vm, self, other);
                else SetOps.symmetricDifferenceUpdate(vm, self, other);
                continue;
            }
            java.util.List<PyObject> keys = SetOps.keysOf(vm, a[i]);
            try {
                var before = self.members();
                if (op == BinaryOperator.AND) gilsim.vm.table.SetOperations.intersectionUpdate(self.table, keys);
                else if (op == BinaryOperator.SUBTRACT) gilsim.vm.table.SetOperations.differenceUpdate(self.table, keys);
                else gilsim.vm.table.SetOperations.symmetricDifferenceUpdate(self.table, keys);
                self.settle(before);
            } finally {
                for (PyObject o : keys) vm.heap.decref(o);
            }
        }
        return vm.heap.newRef(PyNone.NONE);
    }
}
