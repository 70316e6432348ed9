package gilsim.vm;

import gilsim.lang.bytecode.Comparison;

/** Methods of tuple: count and index. */
final class TupleMethods {
    private TupleMethods() {}

    static void install() {
        PyType t = Types.TUPLE;
        Builtins.method(t, "count", (vm, a, k) -> {
            if (a.length != 2) throw Errors.type("tuple.count() takes exactly one argument (" + (a.length - 1) + " given)");
            int n = 0;
            for (PyObject o : ((PyTuple) a[0]).items) if (Compare.richCompareBool(vm, o, a[1], Comparison.EQ)) n++;
            return PyInt.of(n);
        });
        Builtins.method(t, "index", (vm, a, k) -> {
            ArgParser.method("tuple.index", a, k).noKeywords().between(2, 4);
            PyObject[] items = ((PyTuple) a[0]).items;
            int[] r = ListMethods.bounds(a, items.length);
            for (int i = r[0]; i < r[1]; i++) {
                if (Compare.richCompareBool(vm, items[i], a[1], Comparison.EQ)) return PyInt.of(i);
            }
            throw Errors.value("tuple.index(x): x not in tuple");
        });
        Builtins.method(t, "__len__", (vm, a, k) -> PyInt.of(((PyTuple) a[0]).items.length));
        Builtins.method(t, "__getitem__", (vm, a, k) -> Items.getItem(vm, a[0], a[1]));
    }
}
