package gilsim.vm;

/** A Python float (an IEEE double). */
public final class PyFloat extends PyObject {
    public final double value;

    public PyFloat(double value) {
        this.value = value;
    }

    @Override
    public PyType type() { return Types.FLOAT; }

    @Override
    public String toString() { return FloatRepr.repr(value); }
}
