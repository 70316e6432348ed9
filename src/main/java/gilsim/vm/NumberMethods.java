package gilsim.vm;

/** Methods of int and float. */
final class NumberMethods {
    private NumberMethods() {}

    static void install() {
        Builtins.method(Types.INT, "bit_length", (vm, a, k) -> {
            ArgParser.method("int.bit_length", a, k).none();
            return PyInt.of(((PyInt) a[0]).toBig().abs().bitLength());
        });
        Builtins.method(Types.INT, "bit_count", (vm, a, k) -> {
            ArgParser.method("int.bit_count", a, k).none();
            return PyInt.of(((PyInt) a[0]).toBig().abs().bitCount());
        });
        Builtins.method(Types.INT, "conjugate", (vm, a, k) -> PyInt.of(((PyInt) a[0]).toBig()));
        Builtins.method(Types.INT, "is_integer", (vm, a, k) -> PyBool.of(true));
        Builtins.method(Types.INT, "__index__", (vm, a, k) -> PyInt.of(((PyInt) a[0]).toBig()));
        Builtins.method(Types.FLOAT, "is_integer", (vm, a, k) -> {
            double v = ((PyFloat) a[0]).value;
            return PyBool.of(!Double.isInfinite(v) && v == Math.floor(v));
        });
        Builtins.method(Types.FLOAT, "conjugate", (vm, a, k) -> vm.heap.newRef(a[0]));
        Builtins.method(Types.FLOAT, "as_integer_ratio", (vm, a, k) -> {
            double v = ((PyFloat) a[0]).value;
            if (Double.isNaN(v)) throw Errors.value("cannot convert NaN to integer ratio");
            if (Double.isInfinite(v)) throw Errors.overflow("cannot convert Infinity to integer ratio");
            java.math.BigDecimal d = new java.math.BigDecimal(v);
            java.math.BigInteger num = d.unscaledValue();
            java.math.BigInteger den = java.math.BigInteger.ONE;
            if (d.scale() > 0) den = java.math.BigInteger.TEN.pow(d.scale());
            else num = num.multiply(java.math.BigInteger.TEN.pow(-d.scale()));
            java.math.BigInteger g = num.gcd(den);
            if (g.signum() != 0) {
                num = num.divide(g);
                den = den.divide(g);
            }
            return PyTuple.steal(vm.heap, new PyObject[] {PyInt.of(num), PyInt.of(den)});
        });
    }
}
