package gilsim.vm;

/** The singletons None, NotImplemented and Ellipsis. */
public final class PyNone extends PyObject {
    public static final PyNone NONE = new PyNone("None");
    public static final PyNone NOT_IMPLEMENTED = new PyNone("NotImplemented");
    public static final PyNone ELLIPSIS = new PyNone("Ellipsis");

    private final String repr;

    private PyNone(String repr) {
        this.repr = repr;
        refcnt = Types.STATIC_REFCNT;
    }

    @Override
    public PyType type() {
        if (this == NONE) return Types.NONE_TYPE;
        if (this == NOT_IMPLEMENTED) return Types.NOT_IMPLEMENTED_TYPE;
        return Types.ELLIPSIS_TYPE;
    }

    @Override
    public String toString() { return repr; }
}
