package gilsim.vm;

/**
 * format(value, spec), {@code str % args} and str.format: the adapter between objects and the
 * text formatting of {@code gilsim.vm.format}.
 */
final class Formatting {
    private Formatting() {}

    /** PyObject_Format: a new reference to a str. */
    static PyObject format(Vm vm, PyObject value, String spec) {
        if (value.type().heapType) {
            PyObject m = Arith.method(value.type(), Names.FORMAT);
            if (m != null) {
                PyObject r = vm.callInline(m, new PyObject[] {value, new PyStr(spec)}, null, null);
                if (!(r instanceof PyStr)) {
                    throw Errors.type("__format__ must return a str, not " + r.type().name);
                }
                return vm.heap.newRef(r);
            }
            if (!spec.isEmpty()) {
                throw Errors.type("unsupported format string passed to " + value.type().name + ".__format__");
            }
            return new PyStr(Repr.str(vm, value));
        }
        if (spec.isEmpty()) return new PyStr(Repr.str(vm, value));
        throw Errors.notImplemented("format specifications are not available yet in this build of gilsim");
    }

    /** str % args. */
    static PyObject percent(Vm vm, PyStr format, PyObject args) {
        throw Errors.notImplemented("%-formatting is not available yet in this build of gilsim");
    }
}
