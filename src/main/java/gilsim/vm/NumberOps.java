package gilsim.vm;

import gilsim.lang.bytecode.BinaryOperator;

/** Binary operators of int, bool and float (Objects/longobject.c, floatobject.c). Null = not supported. */
final class NumberOps {
    private NumberOps() {}

    static PyObject binary(Vm vm, BinaryOperator op, PyObject a, PyObject b) {
        if (a instanceof PyInt x && b instanceof PyInt y) return ints(vm, op, x, y);
        if ((a instanceof PyFloat || a instanceof PyInt) && (b instanceof PyFloat || b instanceof PyInt)) {
            return floats(op, toDouble(a), toDouble(b));
        }
        return null;
    }

    /** A float argument of a built-in (int or float accepted). */
    static double toDoubleArg(PyObject o, String fname) {
        if (o instanceof PyFloat f) return f.value;
        if (o instanceof PyInt i) return IntMath.toDouble(i);
        throw Errors.type("'" + o.type().name + "' object cannot be interpreted as an integer");
    }

    static double toDouble(PyObject o) {
        return o instanceof PyFloat f ? f.value : IntMath.toDouble((PyInt) o);
    }

    private static PyObject ints(Vm vm, BinaryOperator op, PyInt a, PyInt b) {
        switch (op) {
            case ADD: return IntMath.add(a, b);
            case SUBTRACT: return IntMath.sub(a, b);
            case MULTIPLY: return IntMath.mul(vm, a, b);
            case FLOOR_DIVIDE: return IntMath.floorDiv(a, b);
            case REMAINDER: return IntMath.mod(a, b);
            case TRUE_DIVIDE: return new PyFloat(IntMath.trueDiv(a, b));
            case POWER: return IntMath.pow(vm, a, b);
            case LSHIFT: return IntMath.lshift(vm, a, b);
            case RSHIFT: return IntMath.rshift(a, b);
            case AND:
                if (a instanceof PyBool && b instanceof PyBool) return PyBool.of((a.value & b.value) != 0);
                return IntMath.and(a, b);
            case OR:
                if (a instanceof PyBool && b instanceof PyBool) return PyBool.of((a.value | b.value) != 0);
                return IntMath.or(a, b);
            case XOR:
                if (a instanceof PyBool && b instanceof PyBool) return PyBool.of((a.value ^ b.value) != 0);
                return IntMath.xor(a, b);
            default: return null;
        }
    }

    static PyObject floats(BinaryOperator op, double a, double b) {
        switch (op) {
            case ADD: return new PyFloat(a + b);
            case SUBTRACT: return new PyFloat(a - b);
            case MULTIPLY: return new PyFloat(a * b);
            case TRUE_DIVIDE:
                if (b == 0.0) throw Errors.zeroDivision("float division by zero");
                return new PyFloat(a / b);
            case FLOOR_DIVIDE:
                if (b == 0.0) throw Errors.zeroDivision("float floor division by zero");
                return new PyFloat(divmod(a, b)[0]);
            case REMAINDER:
                if (b == 0.0) throw Errors.zeroDivision("float modulo");
                return new PyFloat(divmod(a, b)[1]);
            case POWER: return new PyFloat(pow(a, b));
            default: return null;
        }
    }

    /** float_divmod: (floor quotient, remainder with the sign of the divisor). */
    static double[] divmod(double vx, double wx) {
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
            if (div - floordiv > 0.5) floordiv += 1.0;
        } else {
            floordiv = Math.copySign(0.0, vx / wx);
        }
        return new double[] {floordiv, mod};
    }

    /** float_pow's special cases over C's pow. */
    static double pow(double iv, double iw) {
        if (iw == 0) return 1.0;
        if (Double.isNaN(iv)) return iv;
        if (Double.isNaN(iw)) return iv == 1.0 ? 1.0 : iw;
        if (Double.isInfinite(iw)) {
            double a = Math.abs(iv);
            if (a == 1.0) return 1.0;
            if ((iw > 0) == (a > 1.0)) return Double.POSITIVE_INFINITY;
            return 0.0;
        }
        if (Double.isInfinite(iv)) {
            boolean oddInt = Math.abs(iw % 2.0) == 1.0;
            if (iw > 0) return oddInt ? iv : Math.abs(iv);
            return oddInt ? Math.copySign(0.0, iv) : 0.0;
        }
        if (iv == 0.0) {
            boolean oddInt = Math.abs(iw % 2.0) == 1.0;
            if (iw < 0.0) throw Errors.zeroDivision("0.0 cannot be raised to a negative power");
            return oddInt ? iv : 0.0;
        }
        if (iv < 0.0 && iw != Math.floor(iw)) {
            throw Errors.notImplemented("complex numbers are not part of gilsim's Python"
                    + " (a negative number raised to a fractional power)");
        }
        if (iv == 1.0) return 1.0;
        double r = Math.pow(iv, iw);
        if (Double.isInfinite(r)) {
            throw Errors.withArgs(Types.OVERFLOW_ERROR, PyInt.of(34), new PyStr("Numerical result out of range"));
        }
        return r;
    }
}
