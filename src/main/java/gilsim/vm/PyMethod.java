package gilsim.vm;

/**
 * A bound method ({@code m = obj.meth}): holds the function and {@code __self__} (+1 on self,
 * FACTS.md §1.4). {@code obj.meth()} never creates one: LOAD_METHOD pushes both instead.
 */
public final class PyMethod extends PyContainer {
    public final PyObject func;
    public final PyObject self;

    /** Takes new references to both. */
    public PyMethod(Heap heap, PyObject func, PyObject self) {
        this.func = func;
        this.self = self;
        heap.incref(func);
        heap.incref(self);
        Heap.track(this);
    }

    @Override
    public PyType type() { return Types.METHOD; }

    /** method_dealloc: im_func, then im_self. */
    @Override
    protected void releaseContents(Heap heap) {
        heap.decref(func);
        heap.decref(self);
    }

    @Override
    public void traverse(ReferenceVisitor visitor) {
        visitor.visit(func);
        visitor.visit(self);
    }
}
