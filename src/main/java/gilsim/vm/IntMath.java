package gilsim.vm;

import java.math.BigInteger;

/**
 * Arithmetic on Python ints: a long fast path, BigInteger when a result does not fit, and
 * Python's rules (floor division and modulo take the sign of the divisor: {@code -7 % 3 == 2},
 * unlike Java's {@code %}).
 */
final class IntMath {
    private IntMath() {}

    static PyInt add(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            long r = a.value + b.value;
            if (((a.value ^ r) & (b.value ^ r)) < 0) return PyInt.of(a.toBig().add(b.toBig()));
            return PyInt.of(r);
        }
        return PyInt.of(a.toBig().add(b.toBig()));
    }

    static PyInt sub(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            long r = a.value - b.value;
            if (((a.value ^ b.value) & (a.value ^ r)) < 0) return PyInt.of(a.toBig().subtract(b.toBig()));
            return PyInt.of(r);
        }
        return PyInt.of(a.toBig().subtract(b.toBig()));
    }

    static PyInt mul(Vm vm, PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            long hi = Math.multiplyHigh(a.value, b.value);
            long lo = a.value * b.value;
            if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) return PyInt.of(lo);
        }
        checkSize(vm, (long) a.toBig().bitLength() + b.toBig().bitLength());
        return PyInt.of(a.toBig().multiply(b.toBig()));
    }

    static PyInt floorDiv(PyInt a, PyInt b) {
        if (b.signum() == 0) throw Errors.zeroDivision("integer division or modulo by zero");
        if (a.big == null && b.big == null && !(a.value == Long.MIN_VALUE && b.value == -1)) {
            return PyInt.of(Math.floorDiv(a.value, b.value));
        }
        BigInteger[] qr = a.toBig().divideAndRemainder(b.toBig());
        BigInteger q = qr[0];
        if (qr[1].signum() != 0 && (qr[1].signum() != b.signum())) q = q.subtract(BigInteger.ONE);
        return PyInt.of(q);
    }

    static PyInt mod(PyInt a, PyInt b) {
        if (b.signum() == 0) throw Errors.zeroDivision("integer modulo by zero");
        if (a.big == null && b.big == null) {
            if (b.value == -1) return PyInt.of(0);
            return PyInt.of(Math.floorMod(a.value, b.value));
        }
        BigInteger r = a.toBig().mod(b.toBig().abs());
        if (b.signum() < 0 && r.signum() != 0) r = r.add(b.toBig());
        return PyInt.of(r);
    }

    /** int / int: the correctly rounded quotient as a float. */
    static double trueDiv(PyInt a, PyInt b) {
        if (b.signum() == 0) throw Errors.zeroDivision("division by zero");
        if (a.big == null && b.big == null && Math.abs(a.value) < (1L << 53) && Math.abs(b.value) < (1L << 53)) {
            return (double) a.value / (double) b.value;
        }
        java.math.BigDecimal q = new java.math.BigDecimal(a.toBig()).divide(new java.math.BigDecimal(b.toBig()),
                new java.math.MathContext(60, java.math.RoundingMode.HALF_EVEN));
        double d = q.doubleValue();
        if (Double.isInfinite(d)) throw Errors.overflow("integer division result too large for a float");
        return d;
    }

    /** a ** b for b >= 0 (an int), or a float for negative b. */
    static PyObject pow(Vm vm, PyInt a, PyInt b) {
        if (b.signum() < 0) {
            double base = toDouble(a);
            if (base == 0.0) throw Errors.zeroDivision("0.0 cannot be raised to a negative power");
            return new PyFloat(Math.pow(base, toDouble(b)));
        }
        if (b.big != null) {
            if (a.big == null && (a.value == 0 || a.value == 1)) return PyInt.of(a.value);
            if (a.big == null && a.value == -1) return PyInt.of(b.big.testBit(0) ? -1 : 1);
            throw Errors.memory("the result of ** is too large for gilsim");
        }
        long e = b.value;
        if (a.big == null) {
            long base = a.value;
            if (base == 0) return PyInt.of(e == 0 ? 1 : 0);
            if (base == 1) return PyInt.of(1);
            if (base == -1) return PyInt.of((e & 1) == 0 ? 1 : -1);
            if (base == 2 && e < 62) return PyInt.of(1L << e);
        }
        long bits = (long) a.toBig().abs().bitLength() * e;
        checkSize(vm, bits);
        return PyInt.of(a.toBig().pow((int) e));
    }

    static PyInt powMod(PyInt a, PyInt b, PyInt m) {
        if (m.signum() == 0) throw Errors.value("pow() 3rd argument cannot be 0");
        BigInteger mod = m.toBig();
        BigInteger r;
        if (b.signum() < 0) {
            try {
                r = a.toBig().modInverse(mod.abs()).modPow(b.toBig().negate(), mod.abs());
            } catch (ArithmeticException ex) {
                throw Errors.value("base is not invertible for the given modulus");
            }
        } else {
            r = a.toBig().modPow(b.toBig(), mod.abs());
        }
        if (mod.signum() < 0 && r.signum() != 0) r = r.add(mod);
        return PyInt.of(r);
    }

    static PyInt lshift(Vm vm, PyInt a, PyInt b) {
        if (b.signum() < 0) throw Errors.value("negative shift count");
        if (a.signum() == 0) return PyInt.of(0);
        if (b.big != null) throw Errors.overflow("too many digits in integer");
        if (a.big == null && b.value < 63) {
            long r = a.value << b.value;
            if ((r >> b.value) == a.value) return PyInt.of(r);
        }
        checkSize(vm, a.toBig().bitLength() + b.value);
        return PyInt.of(a.toBig().shiftLeft((int) b.value));
    }

    static PyInt rshift(PyInt a, PyInt b) {
        if (b.signum() < 0) throw Errors.value("negative shift count");
        if (b.big != null || b.value >= 1L << 31) return PyInt.of(a.signum() < 0 ? -1 : 0);
        if (a.big == null) return PyInt.of(b.value >= 63 ? (a.value < 0 ? -1 : 0) : a.value >> b.value);
        return PyInt.of(a.big.shiftRight((int) b.value));
    }

    static PyInt and(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) return PyInt.of(a.value & b.value);
        return PyInt.of(a.toBig().and(b.toBig()));
    }

    static PyInt or(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) return PyInt.of(a.value | b.value);
        return PyInt.of(a.toBig().or(b.toBig()));
    }

    static PyInt xor(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) return PyInt.of(a.value ^ b.value);
        return PyInt.of(a.toBig().xor(b.toBig()));
    }

    static PyInt negate(PyInt a) {
        if (a.big == null && a.value != Long.MIN_VALUE) return PyInt.of(-a.value);
        return PyInt.of(a.toBig().negate());
    }

    static PyInt invert(PyInt a) {
        if (a.big == null) return PyInt.of(~a.value);
        return PyInt.of(a.big.not());
    }

    static PyInt abs(PyInt a) {
        return a.signum() < 0 ? negate(a) : PyInt.of(a.toBig());
    }

    /** int to float, raising OverflowError as CPython does for huge ints. */
    static double toDouble(PyInt a) {
        if (a.big == null) return (double) a.value;
        double d = a.big.doubleValue();
        if (Double.isInfinite(d)) throw Errors.overflow("int too large to convert to float");
        return d;
    }

    private static void checkSize(Vm vm, long bits) {
        if (bits > 64L * 1024 * 1024) {
            throw Errors.memory("an int of about " + bits + " bits is too large for gilsim");
        }
    }
}
