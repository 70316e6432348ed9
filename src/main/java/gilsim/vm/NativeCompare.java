package gilsim.vm;

import gilsim.lang.bytecode.Comparison;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Comparisons of built-in types: numbers (int, bool and float, compared exactly), str (by code
 * point), tuples and lists (lexicographic: the first unequal items decide), sets (subset order),
 * dicts, ranges; everything else is equal only to itself. Returns 1 (true), 0 (false) or
 * {@link #NOT_IMPLEMENTED}.
 */
final class NativeCompare {
    static final int NOT_IMPLEMENTED = 2;

    private NativeCompare() {}

    static int compare(Vm vm, PyObject a, PyObject b, Comparison op) {
        if (a instanceof PyInt ia) {
            if (b instanceof PyInt ib) return result(compareInts(ia, ib), op);
            if (b instanceof PyFloat fb) return compareIntFloat(ia, fb.value, op, false);
            return NOT_IMPLEMENTED;
        }
        if (a instanceof PyFloat fa) {
            if (b instanceof PyFloat fb) return compareDoubles(fa.value, fb.value, op);
            if (b instanceof PyInt ib) return compareIntFloat(ib, fa.value, op.swapped(), true);
            return NOT_IMPLEMENTED;
        }
        if (a instanceof PyStr sa) {
            if (!(b instanceof PyStr sb)) return NOT_IMPLEMENTED;
            if (op == Comparison.EQ) return bool(sa.value.equals(sb.value));
            if (op == Comparison.NE) return bool(!sa.value.equals(sb.value));
            return result(compareStrings(sa, sb), op);
        }
        if (a instanceof PyTuple ta) {
            if (!(b instanceof PyTuple tb)) return NOT_IMPLEMENTED;
            return sequences(vm, ta.items, ta.items.length, tb.items, tb.items.length, op);
        }
        if (a instanceof PyList la) {
            if (!(b instanceof PyList lb)) return NOT_IMPLEMENTED;
            return sequences(vm, la.items, la.size, lb.items, lb.size, op);
        }
        if (a instanceof PySet sa) {
            if (!(b instanceof PySet sb)) return NOT_IMPLEMENTED;
            return sets(vm, sa, sb, op);
        }
        if (a instanceof PyDict da) {
            if (!(b instanceof PyDict db)) return NOT_IMPLEMENTED;
            if (op != Comparison.EQ && op != Comparison.NE) return NOT_IMPLEMENTED;
            boolean eq = dictsEqual(vm, da, db);
            return bool(op == Comparison.EQ ? eq : !eq);
        }
        if (a instanceof PyRange ra) {
            if (!(b instanceof PyRange rb) || (op != Comparison.EQ && op != Comparison.NE)) return NOT_IMPLEMENTED;
            boolean eq = ra.sameSequence(rb);
            return bool(op == Comparison.EQ ? eq : !eq);
        }
        if (a instanceof DictView va && b instanceof DictView vb && va.kind == DictView.KEYS && vb.kind == DictView.KEYS) {
            if (op != Comparison.EQ && op != Comparison.NE) return NOT_IMPLEMENTED;
            boolean eq = va.dict.size() == vb.dict.size();
            for (int e = va.dict.nextEntry(0); eq && e >= 0; e = va.dict.nextEntry(e + 1)) {
                eq = vb.dict.containsKey(vm, va.dict.keyAt(e));
            }
            return bool(op == Comparison.EQ ? eq : !eq);
        }
        if (a instanceof PyMethod ma && b instanceof PyMethod mb && (op == Comparison.EQ || op == Comparison.NE)) {
            boolean eq = ma.self == mb.self && Compare.eqForLookup(vm, ma.func, mb.func);
            return bool(op == Comparison.EQ ? eq : !eq);
        }
        if (a instanceof PyBuiltin ba && b instanceof PyBuiltin bb && (op == Comparison.EQ || op == Comparison.NE)) {
            boolean eq = ba == bb || (ba.self != null && ba.self == bb.self && ba.code == bb.code);
            return bool(op == Comparison.EQ ? eq : !eq);
        }
        if (op == Comparison.EQ) return a == b ? 1 : NOT_IMPLEMENTED;
        if (op == Comparison.NE) return a != b ? 1 : NOT_IMPLEMENTED;
        return NOT_IMPLEMENTED;
    }

    static int bool(boolean b) { return b ? 1 : 0; }

    /** Turn a three-way result into the answer to op. */
    static int result(int c, Comparison op) {
        switch (op) {
            case LT: return bool(c < 0);
            case LE: return bool(c <= 0);
            case EQ: return bool(c == 0);
            case NE: return bool(c != 0);
            case GT: return bool(c > 0);
            default: return bool(c >= 0);
        }
    }

    static int compareInts(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) return Long.compare(a.value, b.value);
        return a.toBig().compareTo(b.toBig());
    }

    static int compareDoubles(double x, double y, Comparison op) {
        switch (op) {
            case LT: return bool(x < y);
            case LE: return bool(x <= y);
            case EQ: return bool(x == y);
            case NE: return bool(x != y);
            case GT: return bool(x > y);
            default: return bool(x >= y);
        }
    }

    /** int op float, exactly (CPython's float_richcompare); swappedOperands when float came first. */
    static int compareIntFloat(PyInt i, double d, Comparison op, boolean swappedOperands) {
        if (Double.isNaN(d)) return bool(op == Comparison.NE);
        if (Double.isInfinite(d)) return result(d > 0 ? -1 : 1, op);
        int c;
        if (i.big == null && Math.abs(i.value) < (1L << 53)) {
            c = Double.compare((double) i.value, d);
            if (d == 0.0 && i.value == 0) c = 0;
        } else {
            c = new BigDecimal(i.toBig()).compareTo(new BigDecimal(d));
        }
        return result(c, op);
    }

    /** Python orders str by code point; Java's compareTo orders UTF-16 units. */
    static int compareStrings(PyStr a, PyStr b) {
        if (a.isSimple() && b.isSimple()) return a.value.compareTo(b.value);
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            int c = Integer.compare(a.codePointAt(i), b.codePointAt(i));
            if (c != 0) return c;
        }
        return Integer.compare(a.length(), b.length());
    }

    /** list_richcompare / tuplerichcompare. */
    static int sequences(Vm vm, PyObject[] a, int na, PyObject[] b, int nb, Comparison op) {
        if ((op == Comparison.EQ || op == Comparison.NE) && na != nb) return bool(op == Comparison.NE);
        int i = 0;
        for (; i < na && i < nb; i++) {
            if (!Compare.eqForLookup(vm, a[i], b[i])) break;
        }
        if (i >= na || i >= nb) return result(Integer.compare(na, nb), op);
        if (op == Comparison.EQ) return 0;
        if (op == Comparison.NE) return 1;
        if (vm == null) return NOT_IMPLEMENTED;
        return bool(Compare.richCompareBool(vm, a[i], b[i], op));
    }

    static int sets(Vm vm, PySet a, PySet b, Comparison op) {
        switch (op) {
            case EQ: return bool(a.size() == b.size() && subset(vm, a, b));
            case NE: return bool(!(a.size() == b.size() && subset(vm, a, b)));
            case LE: return bool(subset(vm, a, b));
            case GE: return bool(subset(vm, b, a));
            case LT: return bool(a.size() < b.size() && subset(vm, a, b));
            default: return bool(a.size() > b.size() && subset(vm, b, a));
        }
    }

    static boolean subset(Vm vm, PySet a, PySet b) {
        if (a.size() > b.size()) return false;
        for (int j = a.nextSlot(0); j >= 0; j = a.nextSlot(j + 1)) {
            if (!b.containsEntry(vm, a.keyAt(j), a.hashAt(j))) return false;
        }
        return true;
    }

    static boolean dictsEqual(Vm vm, PyDict a, PyDict b) {
        if (a.size() != b.size()) return false;
        for (int e = a.nextEntry(0); e >= 0; e = a.nextEntry(e + 1)) {
            PyObject key = a.keyAt(e);
            int ix = b.find(vm, key, a.hashAt(e));
            if (ix < 0) return false;
            if (!Compare.eqForLookup(vm, a.valueAt(e), b.valueAt(ix))) return false;
        }
        return true;
    }

    static BigInteger big(PyInt i) { return i.toBig(); }
}
