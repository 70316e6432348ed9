package gilsim.vm;

import gilsim.lang.bytecode.Comparison;

/** Methods of object, type and BaseException reachable from Python (super().__init__(), ...). */
final class ObjectMethods {
    private ObjectMethods() {}

    static void install() {
        PyType o = Types.OBJECT_TYPE;
        Builtins.method(o, "__init__", (vm, a, k) -> {
            PyType t = a[0].type();
            if (a.length > 1 && t.lookup(Names.INIT) instanceof PyBuiltin) {
                throw Errors.type(t.name + ".__init__() takes exactly one argument (the instance to initialize)");
            }
            if (a.length > 1 && t.lookup(Names.INIT) == null) {
                throw Errors.type("object.__init__() takes exactly one argument (the instance to initialize)");
            }
            return vm.heap.newRef(PyNone.NONE);
        });
        Builtins.method(o, "__eq__", (vm, a, k) -> a[0] == a[1] ? PyBool.of(true) : vm.heap.newRef(PyNone.NOT_IMPLEMENTED));
        Builtins.method(o, "__ne__", (vm, a, k) -> {
            PyObject r = Compare.richCompare(vm, a[0], a[1], Comparison.EQ);
            boolean eq = Truth.isTrue(vm, r);
            vm.heap.decref(r);
            return PyBool.of(!eq);
        });
        Builtins.method(o, "__hash__", (vm, a, k) -> PyInt.of(Hashing.identity(vm, a[0])));
        Builtins.method(o, "__repr__", (vm, a, k) -> new PyStr(ObjectRepr.repr(vm, a[0])));
        Builtins.method(o, "__str__", (vm, a, k) -> new PyStr(Repr.repr(vm, a[0])));
        Builtins.method(o, "__format__", (vm, a, k) -> {
            String spec = a.length > 1 && a[1] instanceof PyStr s ? s.value : "";
            if (!spec.isEmpty()) throw Errors.type("unsupported format string passed to " + a[0].type().name + ".__format__");
            return new PyStr(Repr.str(vm, a[0]));
        });
        Builtins.method(o, "__setattr__", (vm, a, k) -> {
            new ArgParser("__setattr__", a, k).noKeywords().between(3, 3);
            PyObject self = a[0];
            PyStr name = BuiltinFunctions.attrName(a[1]);
            if (self instanceof PyInstance inst && self.type().heapType) {
                inst.dict().putStr(vm, name, a[2]);
            } else {
                Attributes.set(vm, self, name, a[2]);
            }
            return vm.heap.newRef(PyNone.NONE);
        });
        Builtins.method(o, "__delattr__", (vm, a, k) -> {
            PyObject self = a[0];
            PyStr name = BuiltinFunctions.attrName(a[1]);
            if (self instanceof PyInstance inst && inst.dict != null && inst.dict.delete(vm, name)) {
                return vm.heap.newRef(PyNone.NONE);
            }
            throw Attributes.missing(self, name);
        });
        Builtins.method(o, "__getattribute__", (vm, a, k) -> Attributes.get(vm, a[0], BuiltinFunctions.attrName(a[1])));
        Builtins.method(o, "__dir__", (vm, a, k) -> {
            java.util.List<String> names = Introspection.attributeNames(vm, a[0]);
            PyObject[] items = new PyObject[names.size()];
            for (int i = 0; i < items.length; i++) items[i] = new PyStr(names.get(i));
            return new PyList(items, items.length);
        });
        Builtins.method(Types.TYPE, "mro", (vm, a, k) -> {
            PyType t = (PyType) a[0];
            PyObject[] items = t.mro.clone();
            for (PyObject x : items) vm.heap.incref(x);
            return new PyList(items, items.length);
        });
    }
}
