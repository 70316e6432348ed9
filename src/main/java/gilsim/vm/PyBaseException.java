package gilsim.vm;

/**
 * An exception instance (BaseException and subclasses, built-in or defined by the program):
 * {@code args}, {@code __traceback__}, {@code __cause__}, {@code __context__},
 * {@code __suppress_context__}, plus an attribute dict for user subclasses.
 */
public final class PyBaseException extends PyInstance {
    public PyTuple args;
    public PyTraceback traceback;
    public PyBaseException cause;
    public PyBaseException context;
    public boolean suppressContext;

    public PyBaseException(Heap heap, PyType type, PyTuple args) {
        super(heap, type);
        this.args = args;
    }

    /** The message as str(e) gives it for built-in exceptions (used in Java-side messages). */
    String messageForJava() {
        if (args == null || args.size() == 0) return "";
        if (args.size() == 1 && args.items[0] instanceof PyStr s) return s.value;
        return String.valueOf(args.items[0]);
    }

    void setTraceback(Heap heap, PyTraceback tb) {
        PyTraceback old = traceback;
        if (tb != null) heap.incref(tb);
        traceback = tb;
        heap.xdecref(old);
    }

    void setContext(Heap heap, PyBaseException ctx) {
        PyBaseException old = context;
        if (ctx != null) heap.incref(ctx);
        context = ctx;
        heap.xdecref(old);
    }

    void setCause(Heap heap, PyBaseException c) {
        PyBaseException old = cause;
        if (c != null) heap.incref(c);
        cause = c;
        heap.xdecref(old);
    }

    /** BaseException_clear order: dict, args, notes, traceback, cause, context. */
    @Override
    protected void releaseContents(Heap heap) {
        PyDict d = dict;
        dict = null;
        if (d != null) heap.decref(d);
        PyTuple a = args;
        args = null;
        heap.xdecref(a);
        PyTraceback tb = traceback;
        traceback = null;
        heap.xdecref(tb);
        PyBaseException c = cause;
        cause = null;
        heap.xdecref(c);
        PyBaseException x = context;
        context = null;
        heap.xdecref(x);
        heap.decref(type());
    }

    @Override
    public void traverse(ReferenceVisitor visitor) {
        super.traverse(visitor);
        if (args != null) visitor.visit(args);
        if (traceback != null) visitor.visit(traceback);
        if (cause != null) visitor.visit(cause);
        if (context != null) visitor.visit(context);
    }

    @Override
    protected void clearReferences(Heap heap) {
        super.clearReferences(heap);
        PyTraceback tb = traceback;
        traceback = null;
        heap.xdecref(tb);
        PyBaseException c = cause;
        cause = null;
        heap.xdecref(c);
        PyBaseException x = context;
        context = null;
        heap.xdecref(x);
    }
}
