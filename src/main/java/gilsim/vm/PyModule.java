package gilsim.vm;

/** A module: a name and a namespace dict ({@code __main__}, or one of gilsim's built-in modules). */
public final class PyModule extends PyContainer {
    public final String name;
    public final PyDict dict;
    /** A module implemented in Java (repr "(built-in)"). */
    public final boolean builtin;

    public PyModule(Vm vm, String name, boolean builtin) {
        this.name = name;
        this.builtin = builtin;
        this.dict = new PyDict();
        dict.putStr(vm, Names.NAME, new PyStr(name));
        vm.heap.decref(dict.getStr(Names.NAME));
        dict.putStr(vm, Names.DOC, PyNone.NONE);
        Heap.track(this);
    }

    @Override
    public PyType type() { return Types.MODULE; }

    /** Bind a name in the module (a new reference is taken). */
    public void set(Vm vm, String name, PyObject value) {
        dict.putStr(vm, Interned.str(name), value);
    }

    @Override
    protected void releaseContents(Heap heap) {
        heap.decref(dict);
    }

    @Override
    public void traverse(ReferenceVisitor visitor) {
        visitor.visit(dict);
    }
}
