package gilsim.vm;

/**
 * The eval loop's fast path for operators on two ints that fit in a long (CPython's
 * BINARY_OP_ADD_INT and friends): no dispatch, no BigInteger; null when the operator or an
 * overflow needs the general path.
 */
final class IntFast {
    private IntFast() {}

    // BinaryOperator ordinals (CPython's NB_* order).
    private static final int ADD = 0;
    private static final int AND = 1;
    private static final int FLOOR_DIVIDE = 2;
    private static final int MULTIPLY = 5;
    private static final int REMAINDER = 6;
    private static final int OR = 7;
    private static final int SUBTRACT = 10;
    private static final int XOR = 12;
    private static final int INPLACE = 13;

    static {
        if (gilsim.lang.bytecode.BinaryOperator.INPLACE_ADD.ordinal() != INPLACE
                || gilsim.lang.bytecode.BinaryOperator.SUBTRACT.ordinal() != SUBTRACT
                || gilsim.lang.bytecode.BinaryOperator.MULTIPLY.ordinal() != MULTIPLY
                || gilsim.lang.bytecode.BinaryOperator.XOR.ordinal() != XOR) {
            throw new IllegalStateException("BinaryOperator order changed");
        }
    }

    static PyObject binary(int op, long a, long b) {
        if (op >= INPLACE) op -= INPLACE;
        switch (op) {
            case ADD: {
                long r = a + b;
                if (((a ^ r) & (b ^ r)) < 0) return null;
                return PyInt.of(r);
            }
            case SUBTRACT: {
                long r = a - b;
                if (((a ^ b) & (a ^ r)) < 0) return null;
                return PyInt.of(r);
            }
            case MULTIPLY: {
                long hi = Math.multiplyHigh(a, b);
                long lo = a * b;
                if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) return PyInt.of(lo);
                return null;
            }
            case FLOOR_DIVIDE:
                if (b == 0 || (a == Long.MIN_VALUE && b == -1)) return null;
                return PyInt.of(Math.floorDiv(a, b));
            case REMAINDER:
                if (b == 0 || b == -1) return null;
                return PyInt.of(Math.floorMod(a, b));
            case AND:
                return PyInt.of(a & b);
            case OR:
                return PyInt.of(a | b);
            case XOR:
                return PyInt.of(a ^ b);
            default:
                return null;
        }
    }

    /** COMPARE_OP on two longs (Comparison order: < <= == != > >=). */
    static boolean compare(int op, long a, long b) {
        switch (op) {
            case 0: return a < b;
            case 1: return a <= b;
            case 2: return a == b;
            case 3: return a != b;
            case 4: return a > b;
            default: return a >= b;
        }
    }
}
