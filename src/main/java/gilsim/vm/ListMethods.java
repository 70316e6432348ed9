package gilsim.vm;

import gilsim.lang.bytecode.Comparison;

/** Methods of list (Objects/listobject.c), with its reference behaviour: pop hands the slot's reference to the caller, remove and clear drop it at once. */
final class ListMethods {
    private ListMethods() {}

    private static PyList l(PyObject[] a) { return (PyList) a[0]; }

    static void install() {
        PyType t = Types.LIST;
        Builtins.method(t, "append", (vm, a, k) -> {
            if (k != null && k.length > 0) throw Errors.type("list.append() takes no keyword arguments");
            if (a.length != 2) throw Errors.type("list.append() takes exactly one argument (" + (a.length - 1) + " given)");
            l(a).append(vm, a[1]);
            return vm.heap.newRef(PyNone.NONE);
        });
        Builtins.method(t, "extend", (vm, a, k) -> {
            if (a.length != 2) throw Errors.type("list.extend() takes exactly one argument (" + (a.length - 1) + " given)");
            PyObject src = a[1];
            if (Iteration.isSyncIterable(src)) {
                ListOps.extendSync(vm, l(a), src);
                return vm.heap.newRef(PyNone.NONE);
            }
            if (!Iteration.isIterable(vm, src)) throw Errors.notA(src, "iterable");
            return Consumers.extendList(vm, l(a), src, vm.callReturnMode);
        });
        Builtins.method(t, "insert", (vm, a, k) -> {
            ArgParser.method("list.insert", a, k).noKeywords().between(3, 3);
            PyList list = l(a);
            long i = ArgParser.toLong(a[1], "insert");
            if (i < 0) i = Math.max(0, i + list.size);
            if (i > list.size) i = list.size;
            list.insertSteal(vm, (int) i, vm.heap.newRef(a[2]));
            return vm.heap.newRef(PyNone.NONE);
        });
        Builtins.method(t, "pop", (vm, a, k) -> {
            ArgParser.method("list.pop", a, k).noKeywords().between(1, 2);
            PyList list = l(a);
            if (list.size == 0) throw Errors.index("pop from empty list");
            long i = a.length > 1 ? ArgParser.toLong(a[1], "pop") : -1;
            if (i < 0) i += list.size;
            if (i < 0 || i >= list.size) throw Errors.index("pop index out of range");
            return list.removeAt((int) i);
        });
        Builtins.method(t, "remove", (vm, a, k) -> {
            if (a.length != 2) throw Errors.type("list.remove() takes exactly one argument (" + (a.length - 1) + " given)");
            PyList list = l(a);
            for (int i = 0; i < list.size; i++) {
                if (Compare.eqHeld(vm, list.items[i], a[1])) {
                    vm.heap.decref(list.removeAt(i));
                    return vm.heap.newRef(PyNone.NONE);
                }
            }
            throw Errors.value("list.remove(x): x not in list");
        });
        Builtins.method(t, "index", (vm, a, k) -> {
            ArgParser.method("list.index", a, k).noKeywords().between(2, 4);
            PyList list = l(a);
            int[] r = bounds(a, list.size);
            for (int i = r[0]; i < Math.min(r[1], list.size); i++) {
                if (Compare.eqHeld(vm, list.items[i], a[1])) return PyInt.of(i);
            }
            throw Errors.value(Repr.repr(vm, a[1]) + " is not in list");
        });
        Builtins.method(t, "count", (vm, a, k) -> {
            if (a.length != 2) throw Errors.type("list.count() takes exactly one argument (" + (a.length - 1) + " given)");
            PyList list = l(a);
            int n = 0;
            for (int i = 0; i < list.size; i++) if (Compare.eqHeld(vm, list.items[i], a[1])) n++;
            return PyInt.of(n);
        });
        Builtins.method(t, "reverse", (vm, a, k) -> {
            ArgParser.method("list.reverse", a, k).noKeywords().between(1, 1);
            PyList list = l(a);
            for (int i = 0, j = list.size - 1; i < j; i++, j--) {
                PyObject x = list.items[i];
                list.items[i] = list.items[j];
                list.items[j] = x;
            }
            return vm.heap.newRef(PyNone.NONE);
        });
        Builtins.method(t, "copy", (vm, a, k) -> {
            ArgParser.method("list.copy", a, k).noKeywords().between(1, 1);
            PyList list = l(a);
            PyObject[] items = list.snapshot();
            for (PyObject o : items) vm.heap.incref(o);
            return new PyList(items, items.length);
        });
        Builtins.method(t, "clear", (vm, a, k) -> {
            ArgParser.method("list.clear", a, k).noKeywords().between(1, 1);
            l(a).clearItems(vm.heap);
            return vm.heap.newRef(PyNone.NONE);
        });
        Builtins.method(t, "sort", (vm, a, k) -> {
            ArgParser p = ArgParser.method("list.sort", a, k).keywords("key", "reverse");
            if (p.npos > 1) throw Errors.type("sort() takes no positional arguments");
            int mode = vm.callReturnMode;
            PyObject key = p.kw("key");
            if (key == null) key = PyNone.NONE;
            boolean reverse = p.kw("reverse") != null && Truth.isTrue(vm, p.kw("reverse"));
            return vm.pushNative(new SortFrame(vm.heap, l(a), key, reverse, false), mode);
        });
        Builtins.method(t, "__len__", (vm, a, k) -> PyInt.of(l(a).size));
        Builtins.method(t, "__getitem__", (vm, a, k) -> Items.getItem(vm, a[0], a[1]));
        Builtins.method(t, "__contains__", (vm, a, k) -> PyBool.of(Items.contains(vm, a[0], a[1])));
    }

    /** Optional start/stop arguments of index(), clipped like PySlice indices. */
    static int[] bounds(PyObject[] a, int n) {
        long start = a.length > 2 ? ArgParser.toLong(a[2], "index") : 0;
        long stop = a.length > 3 ? ArgParser.toLong(a[3], "index") : n;
        if (start < 0) start = Math.max(0, start + n);
        if (stop < 0) stop = Math.max(0, stop + n);
        return new int[] {(int) Math.min(start, n), (int) Math.min(stop, n)};
    }
}
