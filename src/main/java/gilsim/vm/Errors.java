package gilsim.vm;

/**
 * Factories of Python exceptions thrown from Java code: {@code throw Errors.type("...")}.
 * Messages are CPython 3.11's, word for word, at the call sites.
 */
public final class Errors {
    private Errors() {}

    /** A new exception of the given type with one str argument. */
    public static PyRaise of(PyType type, String message) {
        Heap heap = Heap.current;
        PyTuple args = message == null ? heap.newRef(PyTuple.EMPTY)
                : new PyTuple(new PyObject[] {new PyStr(message)});
        return new PyRaise(new PyBaseException(heap, type, args));
    }

    /** A new exception whose args are the given objects (new references taken). */
    public static PyRaise withArgs(PyType type, PyObject... args) {
        Heap heap = Heap.current;
        return new PyRaise(new PyBaseException(heap, type, PyTuple.pack(heap, args)));
    }

    public static PyRaise type(String m) { return of(Types.TYPE_ERROR, m); }

    public static PyRaise value(String m) { return of(Types.VALUE_ERROR, m); }

    public static PyRaise index(String m) { return of(Types.INDEX_ERROR, m); }

    public static PyRaise attribute(String m) { return of(Types.ATTRIBUTE_ERROR, m); }

    public static PyRaise name(String m) { return of(Types.NAME_ERROR, m); }

    public static PyRaise zeroDivision(String m) { return of(Types.ZERO_DIVISION_ERROR, m); }

    public static PyRaise overflow(String m) { return of(Types.OVERFLOW_ERROR, m); }

    public static PyRaise runtime(String m) { return of(Types.RUNTIME_ERROR, m); }

    public static PyRaise memory(String m) { return of(Types.MEMORY_ERROR, m); }

    public static PyRaise notImplemented(String m) { return of(Types.NOT_IMPLEMENTED_ERROR, m); }

    public static PyRaise recursion(String m) { return of(Types.RECURSION_ERROR, m); }

    /** KeyError(key): its str() is repr(key). */
    public static PyRaise key(PyObject key) { return withArgs(Types.KEY_ERROR, key); }

    /** KeyError with a str argument (message text such as 'popitem(): dictionary is empty'). */
    public static PyRaise keyStr(String key) {
        PyStr k = new PyStr(key);
        PyRaise r = withArgs(Types.KEY_ERROR, k);
        Heap.current.decref(k);
        return r;
    }

    public static PyRaise stopIteration() { return of(Types.STOP_ITERATION, null); }

    /** "'int' object is not callable" and its kin. */
    public static PyRaise notA(PyObject o, String what) {
        return type("'" + o.type().name + "' object is not " + what);
    }
}
