package gilsim.vm;

import gilsim.vm.format.FormatError;
import gilsim.vm.format.Formatter;

/**
 * format(value, spec) and {@code str % args}: the adapter between objects and the text
 * formatting of {@code gilsim.vm.format} (format-spec mini-language and float layouts as
 * CPython 3.11); str.format is {@link StrFormat}, %-formatting {@link PyFormatArg}.
 */
final class Formatting {
    private Formatting() {}

    /** PyObject_Format: a new reference to a str. */
    static PyObject format(Vm vm, PyObject value, String spec) {
        try {
            if (value instanceof PyBool b) return new PyStr(Formatter.formatBool(b.value != 0, spec));
            if (value instanceof PyInt i) {
                return new PyStr(i.big == null ? Formatter.formatInt(i.value, spec) : Formatter.formatInt(i.big, spec));
            }
            if (value instanceof PyFloat f) return new PyStr(Formatter.formatFloat(f.value, spec));
            if (value instanceof PyStr s) return new PyStr(Formatter.formatStr(s.value, spec));
        } catch (FormatError e) {
            throw toPython(e);
        }
        if (value.type().heapType) {
            PyObject m = Arith.method(value.type(), Names.FORMAT);
            if (m != null) {
                PyStr specObj = Interned.str(spec);
                PyObject r = vm.callInline(m, new PyObject[] {value, specObj}, null, null);
                if (!(r instanceof PyStr)) {
                    throw Errors.type("__format__ must return a str, not " + r.type().name);
                }
                return vm.heap.newRef(r);
            }
        }
        if (!spec.isEmpty()) {
            throw Errors.type("unsupported format string passed to " + value.type().name + ".__format__");
        }
        return new PyStr(Repr.str(vm, value));
    }

    /** str % args (gilsim.vm.format's port of PyUnicode_Format). */
    static PyObject percent(Vm vm, PyStr format, PyObject args) {
        java.util.List<PyObject> temporaries = new java.util.ArrayList<>();
        try {
            return new PyStr(gilsim.vm.format.PercentFormat.format(format.value, new PyFormatArg(vm, args, temporaries)));
        } catch (FormatError e) {
            throw toPython(e);
        } finally {
            for (PyObject o : temporaries) vm.heap.decref(o);
        }
    }

    /** A formatting error of gilsim.vm.format as the Python exception. */
    static PyRaise toPython(FormatError e) {
        PyType t;
        switch (e.pythonType()) {
            case "TypeError": t = Types.TYPE_ERROR; break;
            case "OverflowError": t = Types.OVERFLOW_ERROR; break;
            case "KeyError": t = Types.KEY_ERROR; break;
            case "IndexError": t = Types.INDEX_ERROR; break;
            default: t = Types.VALUE_ERROR; break;
        }
        return Errors.of(t, e.getMessage());
    }
}
