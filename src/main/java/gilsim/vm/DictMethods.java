package gilsim.vm;

/** Methods of dict (Objects/dictobject.c). */
final class DictMethods {
    private DictMethods() {}

    private static PyDict d(PyObject[] a) { return (PyDict) a[0]; }

    static void install() {
        PyType t = Types.DICT;
        Builtins.method(t, "get", (vm, a, k) -> {
            ArgParser.method("dict.get", a, k).noKeywords().between(2, 3);
            PyObject v = d(a).get(vm, a[1]);
            if (v == null) v = a.length > 2 ? a[2] : PyNone.NONE;
            return vm.heap.newRef(v);
        });
        Builtins.method(t, "keys", (vm, a, k) -> new DictView(vm.heap, d(a), DictView.KEYS));
        Builtins.method(t, "values", (vm, a, k) -> new DictView(vm.heap, d(a), DictView.VALUES));
        Builtins.method(t, "items", (vm, a, k) -> new DictView(vm.heap, d(a), DictView.ITEMS));
        Builtins.method(t, "pop", (vm, a, k) -> {
            ArgParser.method("dict.pop", a, k).noKeywords().between(2, 3);
            PyObject v = d(a).pop(vm, a[1]);
            if (v != null) return v;
            if (a.length > 2) return vm.heap.newRef(a[2]);
            throw Errors.key(a[1]);
        });
        Builtins.method(t, "popitem", (vm, a, k) -> {
            PyObject[] kv = d(a).popLast();
            if (kv == null) throw Errors.keyStr("popitem(): dictionary is empty");
            return PyTuple.steal(vm.heap, kv);
        });
        Builtins.method(t, "setdefault", (vm, a, k) -> {
            ArgParser.method("dict.setdefault", a, k).noKeywords().between(2, 3);
            PyObject v = d(a).get(vm, a[1]);
            if (v != null) return vm.heap.newRef(v);
            PyObject dflt = a.length > 2 ? a[2] : PyNone.NONE;
            d(a).put(vm, a[1], dflt);
            return vm.heap.newRef(dflt);
        });
        Builtins.method(t, "update", (vm, a, k) -> {
            ArgParser p = ArgParser.method("dict.update", a, k);
            if (p.npos > 2) throw Errors.type("update expected at most 1 argument, got " + (p.npos - 1));
            if (p.npos == 2) updateFrom(vm, d(a), a[1]);
            for (int i = 0; k != null && i < k.length; i++) d(a).putStr(vm, Interned.str(k[i]), a[p.npos + i]);
            return vm.heap.newRef(PyNone.NONE);
        });
        Builtins.method(t, "copy", (vm, a, k) -> DictOps.copy(vm, d(a)));
        Builtins.method(t, "clear", (vm, a, k) -> {
            d(a).clearItems(vm.heap);
            return vm.heap.newRef(PyNone.NONE);
        });
        // dict.fromkeys(iterable, value=None): a classmethod in CPython; a static function here.
        t.dict.putStr(null, Interned.str("fromkeys"), new PyDescriptor(Heap.current, PyDescriptor.Kind.STATICMETHOD,
                PyBuiltin.function("builtins", "fromkeys", (vm, a, k) -> {
                    ArgParser.method("dict.fromkeys", a, k).noKeywords().between(1, 2);
                    PyObject value = a.length > 1 ? a[1] : PyNone.NONE;
                    PyDict r = new PyDict();
                    PyObject[] keys = Iteration.toArraySync(vm, a[0]);
                    try {
                        for (PyObject key : keys) r.put(vm, key, value);
                    } finally {
                        for (PyObject key : keys) vm.heap.decref(key);
                    }
                    return r;
                })));
        Builtins.method(t, "__len__", (vm, a, k) -> PyInt.of(d(a).size()));
        Builtins.method(t, "__getitem__", (vm, a, k) -> Items.getItem(vm, a[0], a[1]));
        Builtins.method(t, "__contains__", (vm, a, k) -> PyBool.of(d(a).containsKey(vm, a[1])));
    }

    /** dict.update(src) / dict(src): a dict, or an iterable of key/value pairs. */
    static void updateFrom(Vm vm, PyDict d, PyObject src) {
        if (src instanceof PyDict s) {
            DictOps.update(vm, d, s);
            return;
        }
        if (!Iteration.isSyncIterable(src)) {
            if (Iteration.isIterable(vm, src)) {
                throw Errors.notImplemented("dict() from a generator is not supported in gilsim's Python; use dict(list(...))");
            }
            throw Errors.type("'" + src.type().name + "' object is not iterable");
        }
        PyObject[] items = Iteration.toArraySync(vm, src);
        try {
            for (int i = 0; i < items.length; i++) {
                PyObject item = items[i];
                PyObject[] pair;
                if (item instanceof PyTuple t) pair = t.items;
                else if (item instanceof PyList l) pair = l.snapshot();
                else if (Iteration.isSyncIterable(item)) {
                    PyObject[] owned = Iteration.toArraySync(vm, item);
                    for (PyObject o : owned) vm.heap.decref(o);
                    pair = owned;
                } else {
                    throw Errors.type("cannot convert dictionary update sequence element #" + i + " to a sequence");
                }
                if (pair.length != 2) {
                    throw Errors.value("dictionary update sequence element #" + i + " has length " + pair.length + "; 2 is required");
                }
                d.put(vm, pair[0], pair[1]);
            }
        } finally {
            for (PyObject o : items) vm.heap.decref(o);
        }
    }
}
