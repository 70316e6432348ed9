package gilsim.vm;

import java.util.IdentityHashMap;

/**
 * repr() and str() of any object, as Java strings. Classes of the program are asked through
 * their {@code __repr__}/{@code __str__} (Python calls); containers print their items' reprs,
 * with CPython's guard against self-reference ({@code [[...]]}, Objects/object.c Py_ReprEnter).
 */
final class Repr {
    private Repr() {}

    static String repr(Vm vm, PyObject o) {
        if (o instanceof PyStr s) return StrRepr.repr(s.value);
        if (o instanceof PyBool b) return b.toString();
        if (o instanceof PyInt i) return IntFormat.decimal(i);
        if (o instanceof PyFloat f) return FloatRepr.repr(f.value);
        if (o instanceof PyNone) return o.toString();
        PyType t = o.type();
        if (t.heapType) {
            PyObject m = t.lookup(Names.REPR);
            if (m != null && !(m instanceof PyBuiltin)) {
                PyObject r = vm.callInline(m, new PyObject[] {o}, null, " while calling a Python object");
                if (!(r instanceof PyStr rs)) {
                    throw Errors.type("__repr__ returned non-string (type " + r.type().name + ")");
                }
                return rs.value;
            }
        }
        IdentityHashMap<PyObject, Boolean> active = vm.reprActive;
        if (o instanceof PyList || o instanceof PyDict || o instanceof PySet || o instanceof PyTuple
                || o instanceof DictView) {
            if (active.containsKey(o)) {
                return o instanceof PyList ? "[...]" : o instanceof PyTuple ? "(...)" : "{...}";
            }
            active.put(o, Boolean.TRUE);
            try {
                return containerRepr(vm, o);
            } finally {
                active.remove(o);
            }
        }
        return ObjectRepr.repr(vm, o);
    }

    private static String containerRepr(Vm vm, PyObject o) {
        StringBuilder sb = new StringBuilder();
        if (o instanceof PyList l) {
            sb.append('[');
            for (int i = 0; i < l.size; i++) {
                if (i > 0) sb.append(", ");
                sb.append(repr(vm, l.items[i]));
            }
            return sb.append(']').toString();
        }
        if (o instanceof PyTuple t) {
            sb.append('(');
            for (int i = 0; i < t.items.length; i++) {
                if (i > 0) sb.append(", ");
                sb.append(repr(vm, t.items[i]));
            }
            if (t.items.length == 1) sb.append(',');
            return sb.append(')').toString();
        }
        if (o instanceof PyDict d) {
            sb.append('{');
            boolean first = true;
            for (int e = d.nextEntry(0); e >= 0; e = d.nextEntry(e + 1)) {
                if (!first) sb.append(", ");
                first = false;
                sb.append(repr(vm, d.keyAt(e))).append(": ").append(repr(vm, d.valueAt(e)));
            }
            return sb.append('}').toString();
        }
        if (o instanceof PySet s) {
            if (s.size() == 0) return s.frozen ? "frozenset()" : "set()";
            if (s.frozen) sb.append("frozenset(");
            sb.append('{');
            boolean first = true;
            for (int j = s.nextSlot(0); j >= 0; j = s.nextSlot(j + 1)) {
                if (!first) sb.append(", ");
                first = false;
                sb.append(repr(vm, s.keyAt(j)));
            }
            sb.append('}');
            if (s.frozen) sb.append(')');
            return sb.toString();
        }
        DictView v = (DictView) o;
        sb.append(v.type().name).append("([");
        boolean first = true;
        for (int e = v.dict.nextEntry(0); e >= 0; e = v.dict.nextEntry(e + 1)) {
            if (!first) sb.append(", ");
            first = false;
            if (v.kind == DictView.KEYS) sb.append(repr(vm, v.dict.keyAt(e)));
            else if (v.kind == DictView.VALUES) sb.append(repr(vm, v.dict.valueAt(e)));
            else sb.append('(').append(repr(vm, v.dict.keyAt(e))).append(", ").append(repr(vm, v.dict.valueAt(e))).append(')');
        }
        return sb.append("])").toString();
    }

    /** str(o). */
    static String str(Vm vm, PyObject o) {
        if (o instanceof PyStr s) return s.value;
        if (o instanceof PyBool || o instanceof PyInt || o instanceof PyFloat || o instanceof PyNone) return repr(vm, o);
        PyType t = o.type();
        if (t.heapType) {
            PyObject m = t.lookup(Names.STR);
            if (m != null && !(m instanceof PyBuiltin)) {
                PyObject r = vm.callInline(m, new PyObject[] {o}, null, null);
                if (!(r instanceof PyStr rs)) {
                    throw Errors.type("__str__ returned non-string (type " + r.type().name + ")");
                }
                return rs.value;
            }
        }
        if (o instanceof PyBaseException e) return exceptionStr(vm, e);
        return repr(vm, o);
    }

    /** BaseException_str (and KeyError's: the repr of a single argument). */
    static String exceptionStr(Vm vm, PyBaseException e) {
        PyTuple args = e.args;
        if (args == null || args.size() == 0) return "";
        if (args.size() == 1) {
            if (e.type().isSubtypeOf(Types.KEY_ERROR)) return repr(vm, args.items[0]);
            return str(vm, args.items[0]);
        }
        return repr(vm, args);
    }

    /** BaseException_repr: {@code Name(args...)}. */
    static String exceptionRepr(Vm vm, PyBaseException e) {
        String name = e.type().name;
        PyTuple args = e.args;
        if (args == null || args.size() == 0) return name + "()";
        if (args.size() == 1) return name + "(" + repr(vm, args.items[0]) + ")";
        return name + repr(vm, args);
    }
}
