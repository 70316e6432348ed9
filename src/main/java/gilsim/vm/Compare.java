package gilsim.vm;

import gilsim.lang.bytecode.Comparison;

/**
 * Rich comparison (Objects/object.c do_richcompare): the reflected method of a right operand
 * whose type is a subclass goes first; then the left operand's method, then the right's
 * reflected one; {@code ==} and {@code !=} fall back to identity; ordering without a method
 * is a TypeError. Built-in types compare in Java ({@link NativeCompare}); classes of the
 * program through their {@code __eq__}, {@code __lt__}, ... called as Python code.
 */
final class Compare {
    private static final PyStr[] DUNDERS = new PyStr[Comparison.values().length];

    static {
        for (Comparison c : Comparison.values()) DUNDERS[c.ordinal()] = Interned.str(c.dunder);
    }

    private Compare() {}

    /** PyObject_RichCompare: a new reference. */
    static PyObject richCompare(Vm vm, PyObject a, PyObject b, Comparison op) {
        PyType ta = a.type();
        PyType tb = b.type();
        boolean checkedReverse = false;
        if (ta != tb && tb.isSubtypeOf(ta) && tb.overrides(DUNDERS[op.swapped().ordinal()])) {
            checkedReverse = true;
            PyObject r = tryMethod(vm, b, a, op.swapped());
            if (r != PyNone.NOT_IMPLEMENTED) return r;
        }
        PyObject r = tryMethod(vm, a, b, op);
        if (r != PyNone.NOT_IMPLEMENTED) return r;
        if (!checkedReverse) {
            r = tryMethod(vm, b, a, op.swapped());
            if (r != PyNone.NOT_IMPLEMENTED) return r;
        }
        switch (op) {
            case EQ: return PyBool.of(a == b);
            case NE: return PyBool.of(a != b);
            default:
                throw Errors.type("'" + op.symbol + "' not supported between instances of '"
                        + ta.name + "' and '" + tb.name + "'");
        }
    }

    /** The left operand's comparison method: a new reference, or NotImplemented (borrowed). */
    private static PyObject tryMethod(Vm vm, PyObject self, PyObject other, Comparison op) {
        PyType t = self.type();
        if (t.heapType) {
            PyObject m = t.lookup(DUNDERS[op.ordinal()]);
            if (m != null && !(m instanceof PyBuiltin)) {
                PyObject r = vm.callInline(m, new PyObject[] {self, other}, null, null);
                if (r == PyNone.NOT_IMPLEMENTED) return r;
                vm.heap.incref(r);
                return r;
            }
            if (op == Comparison.NE) {
                // object.__ne__ inverts __eq__ when the class defines one.
                PyObject eq = t.lookup(DUNDERS[Comparison.EQ.ordinal()]);
                if (eq != null && !(eq instanceof PyBuiltin)) {
                    PyObject r = vm.callInline(eq, new PyObject[] {self, other}, null, null);
                    if (r == PyNone.NOT_IMPLEMENTED) return r;
                    return PyBool.of(!Truth.isTrue(vm, r));
                }
            }
        }
        int c = NativeCompare.compare(vm, self, other, op);
        if (c == NativeCompare.NOT_IMPLEMENTED) return PyNone.NOT_IMPLEMENTED;
        return PyBool.of(c == 1);
    }

    /** PyObject_RichCompareBool: identity implies equality. */
    static boolean richCompareBool(Vm vm, PyObject a, PyObject b, Comparison op) {
        if (a == b) {
            if (op == Comparison.EQ) return true;
            if (op == Comparison.NE) return false;
        }
        if (!a.type().heapType && !b.type().heapType) {
            int c = NativeCompare.compare(vm, a, b, op);
            if (c != NativeCompare.NOT_IMPLEMENTED) return c == 1;
        }
        PyObject r = richCompare(vm, a, b, op);
        try {
            return Truth.isTrue(vm, r);
        } finally {
            vm.heap.decref(r);
        }
    }

    /**
     * {@code stored == probe} where C code holds a reference to {@code stored} while comparing
     * (dict and set lookups, list_contains, list.index/count/remove): a Python {@code __eq__}
     * sees that extra reference.
     */
    static boolean eqHeld(Vm vm, PyObject stored, PyObject probe) {
        if (stored == probe) return true;
        if (vm != null && (stored.type().heapType || probe.type().heapType)) {
            return vm.holding(stored, () -> richCompareBool(vm, stored, probe, Comparison.EQ));
        }
        return eqForLookup(vm, stored, probe);
    }

    /** Key comparison of dicts and sets, and {@code in} / {@code index} searches. */
    static boolean eqForLookup(Vm vm, PyObject a, PyObject b) {
        if (a == b) return true;
        if (a instanceof PyStr sa && b instanceof PyStr sb) return sa.value.equals(sb.value);
        if (a instanceof PyInt ia && b instanceof PyInt ib && ia.big == null && ib.big == null) return ia.value == ib.value;
        if (vm == null) {
            return NativeCompare.compare(null, a, b, Comparison.EQ) == 1;
        }
        return richCompareBool(vm, a, b, Comparison.EQ);
    }
}
