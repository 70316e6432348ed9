package gilsim.vm;

import gilsim.lang.bytecode.BinaryOperator;

/**
 * Concatenation and repetition of str, list and tuple; {@code %} formatting of str; set
 * algebra ({@code | & - ^}); dict union. Null = not supported.
 */
final class SequenceOps {
    private SequenceOps() {}

    static PyObject binary(Vm vm, BinaryOperator op, PyObject a, PyObject b) {
        switch (op) {
            case ADD:
                if (a instanceof PyStr x && b instanceof PyStr y) {
                    vm.limits.checkStrLength((long) x.value.length() + y.value.length());
                    return new PyStr(x.value.concat(y.value));
                }
                if (a instanceof PyList x && b instanceof PyList y) return concat(vm, x.items, x.size, y.items, y.size, true);
                if (a instanceof PyTuple x && b instanceof PyTuple y) {
                    if (y.items.length == 0) return vm.heap.newRef(x);
                    if (x.items.length == 0) return vm.heap.newRef(y);
                    return concat(vm, x.items, x.items.length, y.items, y.items.length, false);
                }
                return null;
            case MULTIPLY:
                if (b instanceof PyInt n && !(a instanceof PyInt) && !(a instanceof PyFloat)) return repeat(vm, a, n);
                if (a instanceof PyInt n && !(b instanceof PyInt) && !(b instanceof PyFloat)) return repeat(vm, b, n);
                return null;
            case REMAINDER:
                if (a instanceof PyStr s) return Formatting.percent(vm, s, b);
                return null;
            case OR:
            case AND:
            case SUBTRACT:
            case XOR:
                if (a instanceof PySet x && b instanceof PySet y) return SetOps.binary(vm, op, x, y);
                if (op == BinaryOperator.OR && a instanceof PyDict x && b instanceof PyDict y) {
                    PyDict r = DictOps.copy(vm, x);
                    DictOps.update(vm, r, y);
                    return r;
                }
                return null;
            default:
                return null;
        }
    }

    static PyObject concat(Vm vm, PyObject[] a, int na, PyObject[] b, int nb, boolean list) {
        long n = (long) na + nb;
        vm.limits.checkCollectionSize(n, list ? "list" : "tuple");
        PyObject[] items = new PyObject[(int) n];
        for (int i = 0; i < na; i++) items[i] = vm.heap.newRef(a[i]);
        for (int i = 0; i < nb; i++) items[na + i] = vm.heap.newRef(b[i]);
        return list ? new PyList(items, items.length) : PyTuple.steal(vm.heap, items);
    }

    static PyObject repeat(Vm vm, PyObject seq, PyInt count) {
        long n = count.big != null ? (count.big.signum() < 0 ? 0 : Long.MAX_VALUE) : Math.max(0, count.value);
        if (seq instanceof PyStr s) {
            if (n == 0 || s.value.isEmpty()) return new PyStr("");
            if (n == 1) return vm.heap.newRef(s);
            vm.limits.checkStrLength(n * s.value.length());
            return new PyStr(s.value.repeat((int) n));
        }
        PyObject[] src;
        int len;
        boolean list = seq instanceof PyList;
        if (seq instanceof PyList l) {
            src = l.items;
            len = l.size;
        } else if (seq instanceof PyTuple t) {
            src = t.items;
            len = t.items.length;
            if (n == 1) return vm.heap.newRef(t);
        } else {
            return null;
        }
        long total = n * len;
        if (len != 0 && total / len != n) total = Long.MAX_VALUE;
        vm.limits.checkCollectionSize(total, list ? "list" : "tuple");
        PyObject[] items = new PyObject[(int) total];
        for (int k = 0, i = 0; k < n; k++) {
            for (int j = 0; j < len; j++) items[i++] = vm.heap.newRef(src[j]);
        }
        vm.workDone(total);
        return list ? new PyList(items, items.length) : PyTuple.steal(vm.heap, items);
    }
}
