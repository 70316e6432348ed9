package gilsim.lang.compiler;

import gilsim.lang.ast.Operator;
import gilsim.lang.ast.UnaryOperator;
import gilsim.lang.bytecode.CodeUnit;
import gilsim.lang.bytecode.CodeUnit.ConstFrozenSet;
import gilsim.lang.bytecode.CodeUnit.ConstTuple;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Arrays;

/**
 * Python's operators on constants, for the AST optimizer (ast_opt.c's fold_binop,
 * fold_unaryop, fold_subscr with their safe_* limits). Returns {@code null} whenever CPython
 * would not fold: an error at run time (ZeroDivisionError, TypeError, OverflowError...), a
 * result over the size limits, or a case gilsim does not evaluate at compile time (complex
 * results). Values use the contract's constant convention ({@link Constants}).
 */
final class ConstantFolder {
    private static final int MAX_INT_SIZE = 128;
    private static final int MAX_COLLECTION_SIZE = 256;
    private static final int MAX_STR_SIZE = 4096;
    private static final int MAX_TOTAL_ITEMS = 1024;
    private static final BigInteger TWO_53 = BigInteger.ONE.shiftLeft(53);

    private ConstantFolder() {
    }

    static Object unary(UnaryOperator op, Object v) {
        if (op == UnaryOperator.NOT) {
            return !Constants.isTrue(v);
        }
        if (v instanceof Double d) {
            return switch (op) {
                case USUB -> -d;
                case UADD -> d;
                default -> null;
            };
        }
        BigInteger i = asInt(v);
        if (i == null) {
            return null;
        }
        return switch (op) {
            case USUB -> Constants.ofInt(i.negate());
            case UADD -> Constants.ofInt(i);
            case INVERT -> Constants.ofInt(i.not());
            default -> null;
        };
    }

    static Object binary(Operator op, Object l, Object r) {
        if (op == Operator.MULT) {
            return multiply(l, r);
        }
        if (op == Operator.ADD) {
            if (l instanceof String a && r instanceof String b) {
                return a + b;
            }
            if (l instanceof ConstTuple a && r instanceof ConstTuple b) {
                Object[] items = Arrays.copyOf(a.items(), a.items().length + b.items().length);
                System.arraycopy(b.items(), 0, items, a.items().length, b.items().length);
                return new ConstTuple(items);
            }
        }
        BigInteger a = asInt(l);
        BigInteger b = asInt(r);
        if (a != null && b != null) {
            if (l instanceof Boolean x && r instanceof Boolean y) {
                switch (op) {
                    case BITAND: return x & y;
                    case BITOR: return x | y;
                    case BITXOR: return x ^ y;
                    default: break;
                }
            }
            return intBinary(op, a, b);
        }
        if (isNumber(l) && isNumber(r)) {
            Double x = asDouble(l);
            Double y = asDouble(r);
            return x == null || y == null ? null : floatBinary(op, x, y);
        }
        return null;
    }

    /** {@code container[index]} for a str or tuple and an int index. */
    static Object subscript(Object container, Object index) {
        BigInteger i = asInt(index);
        if (i == null) {
            return null;
        }
        if (container instanceof String s) {
            int[] cps = s.codePoints().toArray();
            int k = normalizeIndex(i, cps.length);
            return k < 0 ? null : new String(cps, k, 1);
        }
        if (container instanceof ConstTuple t) {
            int k = normalizeIndex(i, t.items().length);
            return k < 0 ? null : t.items()[k];
        }
        return null;
    }

    private static int normalizeIndex(BigInteger i, int length) {
        if (i.bitLength() > 31) {
            return -1;
        }
        int k = i.intValue();
        if (k < 0) {
            k += length;
        }
        return k >= 0 && k < length ? k : -1;
    }

    private static Object multiply(Object l, Object r) {
        BigInteger a = asInt(l);
        BigInteger b = asInt(r);
        if (a != null && b != null) {
            if (a.signum() != 0 && b.signum() != 0 && a.abs().bitLength() + b.abs().bitLength() > MAX_INT_SIZE) {
                return null;
            }
            return Constants.ofInt(a.multiply(b));
        }
        if (a != null && isSequence(r)) {
            return repeat(r, a);
        }
        if (b != null && isSequence(l)) {
            return repeat(l, b);
        }
        if (isNumber(l) && isNumber(r)) {
            Double x = asDouble(l);
            Double y = asDouble(r);
            return x == null || y == null ? null : x * y;
        }
        return null;
    }

    private static boolean isSequence(Object v) {
        return v instanceof String || v instanceof ConstTuple || v instanceof ConstFrozenSet;
    }

    private static Object repeat(Object seq, BigInteger count) {
        if (seq instanceof ConstFrozenSet) {
            return null; // frozenset * int is a TypeError
        }
        if (count.bitLength() > 62) {
            return null;
        }
        long n = count.longValue();
        if (seq instanceof String s) {
            int size = s.codePointCount(0, s.length());
            if (size == 0) {
                return "";
            }
            if (n < 0 || n > MAX_STR_SIZE / size) {
                return null;
            }
            return s.repeat((int) n);
        }
        Object[] items = ((ConstTuple) seq).items();
        if (items.length == 0) {
            return seq;
        }
        if (n < 0 || n > MAX_COLLECTION_SIZE / items.length) {
            return null;
        }
        if (n != 0 && complexity(seq, MAX_TOTAL_ITEMS / n) < 0) {
            return null;
        }
        Object[] out = new Object[(int) n * items.length];
        for (int k = 0; k < n; k++) {
            System.arraycopy(items, 0, out, k * items.length, items.length);
        }
        return new ConstTuple(out);
    }

    /** check_complexity: the limit minus the items of nested tuples and frozensets. */
    private static long complexity(Object v, long limit) {
        Object[] items = v instanceof ConstTuple t ? t.items()
                : v instanceof ConstFrozenSet s ? s.items() : null;
        if (items == null) {
            return limit;
        }
        limit -= items.length;
        for (int i = 0; limit >= 0 && i < items.length; i++) {
            limit = complexity(items[i], limit);
        }
        return limit;
    }

    private static Object intBinary(Operator op, BigInteger a, BigInteger b) {
        switch (op) {
            case ADD: return Constants.ofInt(a.add(b));
            case SUB: return Constants.ofInt(a.subtract(b));
            case FLOORDIV: return b.signum() == 0 ? null : Constants.ofInt(floorDiv(a, b));
            case MOD: return b.signum() == 0 ? null : Constants.ofInt(a.subtract(floorDiv(a, b).multiply(b)));
            case DIV: return b.signum() == 0 ? null : trueDivide(a, b);
            case POW: return intPow(a, b);
            case LSHIFT: return lshift(a, b);
            case RSHIFT:
                if (b.signum() < 0) {
                    return null;
                }
                return Constants.ofInt(b.bitLength() > 31 ? (a.signum() < 0 ? BigInteger.ONE.negate() : BigInteger.ZERO)
                        : a.shiftRight(b.intValue()));
            case BITAND: return Constants.ofInt(a.and(b));
            case BITOR: return Constants.ofInt(a.or(b));
            case BITXOR: return Constants.ofInt(a.xor(b));
            default: return null;
        }
    }

    private static BigInteger floorDiv(BigInteger a, BigInteger b) {
        BigInteger[] qr = a.divideAndRemainder(b);
        if (qr[1].signum() != 0 && qr[1].signum() != b.signum()) {
            return qr[0].subtract(BigInteger.ONE);
        }
        return qr[0];
    }

    /** int / int, correctly rounded as CPython's long_true_divide. */
    private static Object trueDivide(BigInteger a, BigInteger b) {
        if (a.abs().compareTo(TWO_53) <= 0 && b.abs().compareTo(TWO_53) <= 0) {
            return a.doubleValue() / b.doubleValue();
        }
        BigDecimal q = new BigDecimal(a).divide(new BigDecimal(b), new MathContext(60, RoundingMode.HALF_EVEN));
        double d = q.doubleValue();
        if (Double.isInfinite(d)) {
            return null;
        }
        if (d == 0.0 && a.signum() * b.signum() < 0) {
            return -0.0;
        }
        return d;
    }

    private static Object intPow(BigInteger a, BigInteger b) {
        if (b.signum() < 0) {
            Double x = toDouble(a);
            Double y = toDouble(b);
            return x == null || y == null ? null : floatBinary(Operator.POW, x, y);
        }
        if (a.signum() != 0 && b.signum() > 0) {
            long vbits = a.abs().bitLength();
            if (b.bitLength() > 31 || vbits > MAX_INT_SIZE / b.longValue()) {
                return null;
            }
        }
        if (b.bitLength() > 31) {
            return Constants.ofInt(a.abs().equals(BigInteger.ONE) && b.testBit(0) ? a : a.abs().min(BigInteger.ONE));
        }
        return Constants.ofInt(a.pow(b.intValue()));
    }

    private static Object lshift(BigInteger a, BigInteger b) {
        if (b.signum() < 0) {
            return null;
        }
        if (a.signum() != 0 && b.signum() != 0) {
            long vbits = a.abs().bitLength();
            if (b.bitLength() > 31 || b.longValue() > MAX_INT_SIZE || vbits > MAX_INT_SIZE - b.longValue()) {
                return null;
            }
        }
        if (a.signum() == 0) {
            return 0L;
        }
        return Constants.ofInt(a.shiftLeft(b.intValue()));
    }

    private static Object floatBinary(Operator op, double x, double y) {
        switch (op) {
            case ADD: return x + y;
            case SUB: return x - y;
            case MULT: return x * y;
            case DIV: return y == 0.0 ? null : x / y;
            case FLOORDIV: return y == 0.0 ? null : floatDivmod(x, y)[0];
            case MOD: return y == 0.0 ? null : floatDivmod(x, y)[1];
            case POW: return floatPow(x, y);
            default: return null;
        }
    }

    /** float_divmod of Objects/floatobject.c. */
    private static double[] floatDivmod(double vx, double wx) {
        double mod = vx % wx;
        double div = (vx - mod) / wx;
        if (mod != 0.0) {
            if ((wx < 0) != (mod < 0)) {
                mod += wx;
                div -= 1.0;
            }
        } else {
            mod = Math.copySign(0.0, wx);
        }
        double floordiv;
        if (div != 0.0) {
            floordiv = Math.floor(div);
            if (div - floordiv > 0.5) {
                floordiv += 1.0;
            }
        } else {
            floordiv = Math.copySign(0.0, vx / wx);
        }
        return new double[] {floordiv, mod};
    }

    /**
     * float ** float for the ordinary cases only; the special cases of float_pow (infinities,
     * NaN, zero to a negative power, negative base to a fractional power) are left to run time.
     */
    private static Object floatPow(double x, double y) {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            return null;
        }
        if (x == 0.0 && y < 0.0) {
            return null;
        }
        if (x < 0.0 && y != Math.rint(y)) {
            return null;
        }
        double r = Math.pow(x, y);
        return Double.isFinite(r) ? r : null;
    }

    private static boolean isNumber(Object v) {
        return v instanceof Long || v instanceof BigInteger || v instanceof Boolean || v instanceof Double;
    }

    private static BigInteger asInt(Object v) {
        if (v instanceof Long l) {
            return BigInteger.valueOf(l);
        }
        if (v instanceof BigInteger b) {
            return b;
        }
        if (v instanceof Boolean b) {
            return b ? BigInteger.ONE : BigInteger.ZERO;
        }
        return null;
    }

    private static Double asDouble(Object v) {
        if (v instanceof Double d) {
            return d;
        }
        BigInteger i = asInt(v);
        return i == null ? null : toDouble(i);
    }

    /** int to float as PyLong_AsDouble: correctly rounded, OverflowError when too big. */
    private static Double toDouble(BigInteger i) {
        double d = i.doubleValue();
        return Double.isInfinite(d) ? null : d;
    }

    /** True for the constant None. */
    static boolean isNone(Object v) {
        return v == CodeUnit.NONE;
    }
}
