package gilsim.vm;

/**
 * One traceback entry (tb_frame, tb_lasti, tb_lineno, tb_next), added as an exception passes
 * through a frame (PyTraceBack_Here). It holds its frame, so a saved exception keeps the frames and their
 * locals alive (FACTS.md §1.8).
 */
public final class PyTraceback extends PyContainer {
    public final PyTraceback next;
    public final PyFrame frame;
    /** The instruction that raised or passed the exception on (tb_lasti, an instruction index). */
    public final int lasti;
    public final int lineno;

    /** Steals the reference to next; takes a new reference to the frame. */
    PyTraceback(Heap heap, PyTraceback next, PyFrame frame, int lasti) {
        this.next = next;
        this.frame = frame;
        this.lasti = lasti;
        this.lineno = frame.code.lineOf(lasti);
        heap.incref(frame);
        Heap.track(this);
    }

    @Override
    public PyType type() { return Types.TRACEBACK; }

    @Override
    protected void releaseContents(Heap heap) {
        heap.xdecref(next);
        heap.decref(frame);
    }

    @Override
    public void traverse(ReferenceVisitor visitor) {
        if (next != null) visitor.visit(next);
        visitor.visit(frame);
    }
}
