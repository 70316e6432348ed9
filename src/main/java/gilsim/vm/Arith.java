package gilsim.vm;

import gilsim.lang.bytecode.BinaryOperator;

/**
 * Binary and unary operators (Objects/abstract.c binary_op1 / binary_iop1): an in-place
 * operator tries the left operand's in-place method first; then the left operand's method and
 * the right operand's reflected one (the right first when its type is a subclass of the
 * left's); then sequence concatenation and repetition; else TypeError with CPython's message.
 */
final class Arith {
    private static final PyStr[] DUNDER = new PyStr[BinaryOperator.values().length];
    private static final PyStr[] REFLECTED = new PyStr[BinaryOperator.values().length];

    static {
        for (BinaryOperator op : BinaryOperator.values()) {
            DUNDER[op.ordinal()] = Interned.str(op.dunder);
            REFLECTED[op.ordinal()] = Interned.str(op.reflected());
        }
    }

    private Arith() {}

    /** a op b: a new reference. */
    static PyObject binary(Vm vm, BinaryOperator op, PyObject a, PyObject b) {
        BinaryOperator plain = op.plain();
        if (op.inplace()) {
            PyObject r = InplaceOps.inplace(vm, plain, a, b);
            if (r != null) return r;
            if (a.type().heapType) {
                PyObject m = a.type().lookup(DUNDER[op.ordinal()]);
                if (m != null && !(m instanceof PyBuiltin)) {
                    PyObject res = vm.callInline(m, new PyObject[] {a, b}, null, null);
                    if (res != PyNone.NOT_IMPLEMENTED) return vm.heap.newRef(res);
                }
            }
        }
        if (a.type().heapType || b.type().heapType) {
            PyObject r = userBinary(vm, plain, a, b);
            if (r != null) return r;
        } else {
            PyObject r = NumberOps.binary(vm, plain, a, b);
            if (r != null) return r;
        }
        PyObject r = SequenceOps.binary(vm, plain, a, b);
        if (r != null) return r;
        throw unsupported(op, a, b);
    }

    /** Operands where a class of the program is involved: its methods, then built-in rules. */
    private static PyObject userBinary(Vm vm, BinaryOperator op, PyObject a, PyObject b) {
        PyType ta = a.type();
        PyType tb = b.type();
        PyObject slotv = ta.heapType ? method(ta, DUNDER[op.ordinal()]) : null;
        PyObject slotw = (tb != ta && tb.heapType) ? method(tb, REFLECTED[op.ordinal()]) : null;
        if (slotv != null) {
            if (slotw != null && tb.isSubtypeOf(ta)) {
                PyObject x = vm.callInline(slotw, new PyObject[] {b, a}, null, null);
                if (x != PyNone.NOT_IMPLEMENTED) return vm.heap.newRef(x);
                slotw = null;
            }
            PyObject x = vm.callInline(slotv, new PyObject[] {a, b}, null, null);
            if (x != PyNone.NOT_IMPLEMENTED) return vm.heap.newRef(x);
        } else if (!ta.heapType) {
            PyObject x = NumberOps.binary(vm, op, a, b);
            if (x != null) return x;
        }
        if (slotw != null) {
            PyObject x = vm.callInline(slotw, new PyObject[] {b, a}, null, null);
            if (x != PyNone.NOT_IMPLEMENTED) return vm.heap.newRef(x);
        }
        return null;
    }

    /** A Python-level method of a class (not one inherited from a built-in type), or null. */
    static PyObject method(PyType t, PyStr name) {
        PyObject m = t.lookup(name);
        return m instanceof PyBuiltin ? null : m;
    }

    static PyRaise unsupported(BinaryOperator op, PyObject a, PyObject b) {
        BinaryOperator plain = op.plain();
        if (plain == BinaryOperator.ADD && !b.type().heapType) {
            if (a instanceof PyStr) return Errors.type("can only concatenate str (not \"" + b.type().name + "\") to str");
            if (a instanceof PyList) return Errors.type("can only concatenate list (not \"" + b.type().name + "\") to list");
            if (a instanceof PyTuple) return Errors.type("can only concatenate tuple (not \"" + b.type().name + "\") to tuple");
        }
        if (plain == BinaryOperator.MULTIPLY) {
            if (isSequence(a) && !b.type().heapType) return cantMultiply(b);
            if (isSequence(b) && !a.type().heapType) return cantMultiply(a);
        }
        if (plain == BinaryOperator.POWER) {
            return Errors.type("unsupported operand type(s) for " + (op.inplace() ? "** or pow()" : "** or pow()")
                    + ": '" + a.type().name + "' and '" + b.type().name + "'");
        }
        return Errors.type("unsupported operand type(s) for " + op.symbol + ": '" + a.type().name
                + "' and '" + b.type().name + "'");
    }

    private static boolean isSequence(PyObject o) {
        return o instanceof PyStr || o instanceof PyList || o instanceof PyTuple;
    }

    private static PyRaise cantMultiply(PyObject n) {
        return Errors.type("can't multiply sequence by non-int of type '" + n.type().name + "'");
    }

    /** -a, +a, ~a: a new reference. */
    static PyObject unary(Vm vm, char op, PyObject a) {
        if (a instanceof PyInt i) {
            switch (op) {
                case '-': return IntMath.negate(i);
                case '+': return a instanceof PyBool ? PyInt.of(i.value) : vm.heap.newRef(a);
                default: return IntMath.invert(i);
            }
        }
        if (a instanceof PyFloat f) {
            if (op == '-') return new PyFloat(-f.value);
            if (op == '+') return vm.heap.newRef(a);
        }
        if (a.type().heapType) {
            PyStr name = op == '-' ? Names.NEG : op == '+' ? Names.POS : Names.INVERT;
            PyObject m = method(a.type(), name);
            if (m != null) return vm.heap.newRef(vm.callInline(m, new PyObject[] {a}, null, null));
        }
        throw Errors.type("bad operand type for unary " + op + ": '" + a.type().name + "'");
    }
}
