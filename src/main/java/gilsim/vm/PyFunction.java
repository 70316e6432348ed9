package gilsim.vm;

/**
 * A function object: code, globals, defaults, keyword-only defaults and closure. A running
 * frame holds a strong reference to its function and code (FACTS.md §1.2).
 */
public final class PyFunction extends PyContainer {
    public final PyCode code;
    public final PyDict globals;
    public PyTuple defaults;
    public PyDict kwdefaults;
    public PyTuple closure;
    public PyStr name;
    public PyStr qualname;
    public PyObject doc;
    public PyObject module;
    /** Function attributes ({@code f.calls = 0}); null until set. */
    PyDict dict;

    /** Takes new references to code and globals; steals defaults, kwdefaults and closure. */
    public PyFunction(Heap heap, PyCode code, PyDict globals, PyTuple defaults, PyDict kwdefaults, PyTuple closure) {
        this.code = code;
        this.globals = globals;
        this.defaults = defaults;
        this.kwdefaults = kwdefaults;
        this.closure = closure;
        heap.incref(code);
        heap.incref(globals);
        this.name = code.name;
        this.qualname = code.qualname;
        heap.incref(name);
        heap.incref(qualname);
        PyObject mod = globals.getStr(Names.NAME);
        this.module = mod != null ? mod : PyNone.NONE;
        heap.incref(module);
        this.doc = PyNone.NONE;
        heap.incref(doc);
        Heap.track(this);
    }

    @Override
    public PyType type() { return Types.FUNCTION; }

    public PyDict dict() {
        if (dict == null) dict = new PyDict();
        return dict;
    }

    /** func_dealloc: func_clear's fields in order, then code, name, qualname. */
    @Override
    protected void releaseContents(Heap heap) {
        clearFields(heap);
        heap.decref(code);
        heap.decref(name);
        heap.decref(qualname);
    }

    private void clearFields(Heap heap) {
        PyDict g = globals;
        heap.decref(g);
        PyObject m = module;
        module = null;
        heap.xdecref(m);
        PyTuple d = defaults;
        defaults = null;
        heap.xdecref(d);
        PyDict k = kwdefaults;
        kwdefaults = null;
        heap.xdecref(k);
        PyObject doc0 = doc;
        doc = null;
        heap.xdecref(doc0);
        PyDict fd = dict;
        dict = null;
        heap.xdecref(fd);
        PyTuple c = closure;
        closure = null;
        heap.xdecref(c);
    }

    @Override
    public void traverse(ReferenceVisitor visitor) {
        visitor.visit(code);
        visitor.visit(globals);
        if (defaults != null) visitor.visit(defaults);
        if (kwdefaults != null) visitor.visit(kwdefaults);
        if (closure != null) visitor.visit(closure);
        if (dict != null) visitor.visit(dict);
    }

    @Override
    protected void clearReferences(Heap heap) {
        PyTuple d = defaults;
        defaults = null;
        heap.xdecref(d);
        PyDict k = kwdefaults;
        kwdefaults = null;
        heap.xdecref(k);
        PyDict fd = dict;
        dict = null;
        heap.xdecref(fd);
        PyTuple c = closure;
        closure = null;
        heap.xdecref(c);
    }
}
