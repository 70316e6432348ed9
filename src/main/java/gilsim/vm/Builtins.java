package gilsim.vm;

/**
 * The builtins module: functions, types and exception classes visible to every program
 * (Python/bltinmodule.c). The built-in types get their methods installed once per JVM.
 */
final class Builtins {
    private static boolean installed;

    private Builtins() {}

    /** Install the methods of the built-in types (JVM-wide, once). */
    static synchronized void installTypes() {
        if (installed) return;
        installed = true;
        Constructors.install();
        ObjectMethods.install();
        StrMethods.install();
        ListMethods.install();
        DictMethods.install();
        SetMethods.install();
        TupleMethods.install();
        NumberMethods.install();
        ExceptionMethods.install();
        GeneratorMethods.install();
        ModuleTypes.install();
    }

    static PyDict createDict(Vm vm) {
        installTypes();
        PyDict d = new PyDict();
        put(vm, d, "__name__", new PyStr("builtins"));
        String[] types = {"int", "float", "str", "bool", "list", "dict", "tuple", "set", "frozenset", "range",
            "type", "object", "slice", "enumerate", "zip", "map", "filter", "reversed", "super",
            "staticmethod", "classmethod", "property"};
        PyType[] ts = {Types.INT, Types.FLOAT, Types.STR, Types.BOOL, Types.LIST, Types.DICT, Types.TUPLE,
            Types.SET, Types.FROZENSET, Types.RANGE, Types.TYPE, Types.OBJECT_TYPE, Types.SLICE,
            Types.ENUMERATE, Types.ZIP, Types.MAP, Types.FILTER, Types.REVERSED, Types.SUPER,
            Types.STATICMETHOD, Types.CLASSMETHOD, Types.PROPERTY};
        for (int i = 0; i < types.length; i++) put(vm, d, types[i], ts[i]);
        for (PyType t : Types.EXCEPTIONS) put(vm, d, t.name, t);
        put(vm, d, "None", PyNone.NONE);
        put(vm, d, "True", PyBool.TRUE);
        put(vm, d, "False", PyBool.FALSE);
        put(vm, d, "NotImplemented", PyNone.NOT_IMPLEMENTED);
        put(vm, d, "Ellipsis", PyNone.ELLIPSIS);
        BuiltinFunctions.install(vm, d);
        BuiltinReducers.install(vm, d);
        put(vm, d, "__build_class__", BuildClass.FUNCTION);
        return d;
    }

    static void put(Vm vm, PyDict d, String name, PyObject v) {
        d.putStr(vm, Interned.str(name), v);
        if (v.refcnt < Types.STATIC_REFCNT / 2) vm.heap.decref(v);
    }

    static void fn(Vm vm, PyDict d, String name, NativeCode code) {
        d.putStr(vm, Interned.str(name), PyBuiltin.function("builtins", name, code));
    }

    /** Define a method descriptor on a built-in type. */
    static void method(PyType t, String name, NativeCode code) {
        t.dict.putStr(null, Interned.str(name), PyBuiltin.method(t, name, code));
    }
}
