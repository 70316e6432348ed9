package gilsim.vm;

/** True and False: the two instances of bool, a subclass of int (values 1 and 0). */
public final class PyBool extends PyInt {
    public static final PyBool TRUE = new PyBool(1);
    public static final PyBool FALSE = new PyBool(0);

    private PyBool(long v) {
        super(v);
        refcnt = Types.STATIC_REFCNT;
    }

    @Override
    public PyType type() { return Types.BOOL; }

    /** A new reference to True or False. */
    public static PyBool of(boolean b) {
        PyBool r = b ? TRUE : FALSE;
        Heap.current.incref(r);
        return r;
    }

    @Override
    public String toString() { return value != 0 ? "True" : "False"; }
}
