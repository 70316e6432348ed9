package gilsim.vm;

/** super(): attribute lookup that starts after {@code startType} in the MRO of self's type. */
public final class PySuper extends PyContainer {
    final PyType startType;
    final PyObject self;

    /** Takes new references to both. */
    PySuper(Heap heap, PyType startType, PyObject self) {
        this.startType = startType;
        this.self = self;
        heap.incref(startType);
        heap.incref(self);
        Heap.track(this);
    }

    @Override
    public PyType type() { return Types.SUPER; }

    /** The attribute after startType in the MRO (borrowed), or null. */
    PyObject lookup(PyStr name) {
        PyType t = self instanceof PyType st && st.isSubtypeOf(startType) ? st : self.type();
        boolean after = false;
        for (PyType m : t.mro) {
            if (after) {
                PyObject v = m.dict.getStr(name);
                if (v != null) return v;
            } else if (m == startType) {
                after = true;
            }
        }
        return null;
    }

    @Override
    protected void releaseContents(Heap heap) {
        heap.decref(startType);
        heap.decref(self);
    }

    @Override
    public void traverse(ReferenceVisitor visitor) {
        visitor.visit(startType);
        visitor.visit(self);
    }
}
