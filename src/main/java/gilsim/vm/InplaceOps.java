package gilsim.vm;

import gilsim.lang.bytecode.BinaryOperator;

/**
 * The in-place methods of mutable built-ins: {@code list +=} (extend, in place), {@code list *=},
 * {@code set |= &= -= ^=}, {@code dict |=}. They return a new reference to the left operand;
 * null = no in-place method (the plain operator is used).
 */
final class InplaceOps {
    private InplaceOps() {}

    static PyObject inplace(Vm vm, BinaryOperator op, PyObject a, PyObject b) {
        if (a instanceof PyList l) {
            if (op == BinaryOperator.ADD) {
                if (b.type().heapType && Arith.method(b.type(), Interned.str("__radd__")) != null) return null;
                if (!Iteration.isSyncIterable(b)) {
                    // list_extend: a generator is extended by the loop; anything else is an error.
                    if (!Iteration.isIterable(vm, b)) throw Errors.notA(b, "iterable");
                    return null;
                }
                ListOps.extendSync(vm, l, b);
                return vm.heap.newRef(a);
            }
            if (op == BinaryOperator.MULTIPLY && b instanceof PyInt n) {
                ListOps.repeatInPlace(vm, l, n);
                return vm.heap.newRef(a);
            }
            return null;
        }
        if (a instanceof PySet s && !s.frozen && b instanceof PySet other) {
            switch (op) {
                case OR: s.merge(vm, other); return vm.heap.newRef(a);
                case AND: SetOps.intersectionUpdate(vm, s, other); return vm.heap.newRef(a);
                case SUBTRACT: SetOps.differenceUpdate(vm, s, other); return vm.heap.newRef(a);
                case XOR: SetOps.symmetricDifferenceUpdate(vm, s, other); return vm.heap.newRef(a);
                default: return null;
            }
        }
        if (a instanceof PyDict d && op == BinaryOperator.OR && b instanceof PyDict other) {
            DictOps.update(vm, d, other);
            return vm.heap.newRef(a);
        }
        return null;
    }
}
