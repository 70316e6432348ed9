package gilsim.vm;

/**
 * {@code __build_class__(func, name, *bases)} (Python/bltinmodule.c): runs the class body as a
 * frame whose locals are a fresh namespace, then creates the class from it (type_new: the
 * namespace is copied, {@code __qualname__} and {@code __classcell__} are taken out of it, a
 * class that defines {@code __eq__} without {@code __hash__} gets {@code __hash__ = None}).
 */
final class BuildClass {
    static final PyBuiltin FUNCTION = PyBuiltin.function("builtins", "__build_class__", BuildClass::call);

    private BuildClass() {}

    static PyObject call(Vm vm, PyObject[] a, String[] k) {
        int mode = vm.callReturnMode;
        if (k != null && k.length > 0) {
            throw Errors.notImplemented("class keyword arguments (metaclass=...) are not supported in gilsim's Python");
        }
        if (a.length < 2 || !(a[0] instanceof PyFunction body) || !(a[1] instanceof PyStr name)) {
            throw Errors.type("__build_class__: func and name are required");
        }
        PyObject[] bases = new PyObject[a.length - 2];
        System.arraycopy(a, 2, bases, 0, bases.length);
        baseOf(bases, name.value);
        return vm.pushNative(new Body(vm, body, name, bases), mode);
    }

    /** The one base class (gilsim's Python has single inheritance). */
    static PyType baseOf(PyObject[] bases, String name) {
        if (bases.length == 0) return Types.OBJECT_TYPE;
        if (bases.length > 1) {
            throw Errors.notImplemented("class " + name + ": multiple inheritance is not supported in gilsim's Python");
        }
        if (!(bases[0] instanceof PyType b)) {
            throw Errors.type("bases must be types");
        }
        if (!b.subclassable) {
            if (b == Types.BOOL) throw Errors.type("type 'bool' is not an acceptable base type");
            throw Errors.notImplemented("class " + name + ": subclassing the built-in type '" + b.name
                    + "' is not supported in gilsim's Python");
        }
        return b;
    }

    /** Runs the class body, then makes the class. */
    private static final class Body extends NativeFrame {
        private final PyFunction body;
        private final PyStr name;
        private final PyObject[] bases;
        private PyDict ns;

        Body(Vm vm, PyFunction body, PyStr name, PyObject[] bases) {
            super("__build_class__");
            this.body = body;
            this.name = name;
            this.bases = bases.clone();
            Heap h = vm.heap;
            h.incref(body);
            h.incref(name);
            for (PyObject b : this.bases) h.incref(b);
        }

        @Override
        protected PyObject step(Vm vm, PyObject input) {
            if (!started) {
                started = true;
                ns = new PyDict();
                PyCode co = body.code;
                PyFrame f = new PyFrame(vm.heap, co, body, body.globals, vm.builtins, ns);
                if (co.nfrees > 0) {
                    int off = co.nlocals + co.ncells;
                    for (int i = 0; i < co.nfrees; i++) f.fast[off + i] = vm.heap.newRef(body.closure.items[i]);
                }
                return vm.pushFrame(f, RET_STEP);
            }
            PyType cls = newClassFrom(vm, name.value, bases, ns);
            if (input instanceof PyCell cell) cell.set(vm.heap, vm.heap.newRef(cls));
            return cls;
        }

        @Override
        protected void release(Heap heap) {
            heap.decref(body);
            heap.decref(name);
            for (PyObject b : bases) heap.decref(b);
            heap.xdecref(ns);
            ns = null;
        }
    }

    /** type(name, bases, dict). */
    static PyObject newClass(Vm vm, PyObject name, PyObject bases, PyObject dict) {
        if (!(name instanceof PyStr n) || !(bases instanceof PyTuple b) || !(dict instanceof PyDict d)) {
            throw Errors.type("type.__new__() argument types: (str, tuple, dict) expected");
        }
        return newClassFrom(vm, n.value, b.items, d);
    }

    static PyType newClassFrom(Vm vm, String name, PyObject[] bases, PyDict ns) {
        PyType base = baseOf(bases, name);
        PyDict dict = DictOps.copy(vm, ns);
        String qualname = name;
        PyObject q = dict.getStr(Names.QUALNAME);
        if (q instanceof PyStr qs) {
            qualname = qs.value;
            dict.delete(vm, Names.QUALNAME);
        }
        if (dict.getStr(Names.CLASSCELL) != null) dict.delete(vm, Names.CLASSCELL);
        PyObject mod = dict.getStr(Names.MODULE);
        String module = mod instanceof PyStr ms ? ms.value : "__main__";
        if (dict.getStr(Names.EQ) != null && dict.getStr(Names.HASH) == null) {
            dict.putStr(vm, Names.HASH, PyNone.NONE);
        }
        if (dict.getStr(Names.SLOTS) != null) {
            throw Errors.notImplemented("__slots__ is not supported in gilsim's Python");
        }
        return PyType.heap(vm.heap, name, qualname, base, dict, module);
    }
}
