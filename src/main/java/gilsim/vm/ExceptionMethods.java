package gilsim.vm;

/** BaseException's methods: __init__ (sets args), __str__, __repr__, with_traceback. */
final class ExceptionMethods {
    private ExceptionMethods() {}

    static void install() {
        PyType b = Types.BASE_EXCEPTION;
        Builtins.method(b, "__init__", (vm, a, k) -> {
            if (k != null && k.length > 0) throw Errors.type(a[0].type().name + "() takes no keyword arguments");
            PyBaseException e = (PyBaseException) a[0];
            PyObject[] rest = new PyObject[a.length - 1];
            System.arraycopy(a, 1, rest, 0, rest.length);
            PyTuple old = e.args;
            e.args = PyTuple.pack(vm.heap, rest);
            vm.heap.xdecref(old);
            return vm.heap.newRef(PyNone.NONE);
        });
        Builtins.method(b, "__str__", (vm, a, k) -> new PyStr(Repr.exceptionStr(vm, (PyBaseException) a[0])));
        Builtins.method(b, "__repr__", (vm, a, k) -> new PyStr(Repr.exceptionRepr(vm, (PyBaseException) a[0])));
        Builtins.method(b, "with_traceback", (vm, a, k) -> {
            new ArgParser("with_traceback", a, k).noKeywords().between(2, 2);
            PyBaseException e = (PyBaseException) a[0];
            e.setTraceback(vm.heap, a[1] == PyNone.NONE ? null : (PyTraceback) a[1]);
            return vm.heap.newRef(e);
        });
    }
}
