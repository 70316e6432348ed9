package gilsim.vm;

/**
 * A Python frame (CPython's _PyInterpreterFrame plus its frame object): code, fast locals
 * (locals, then cells, then free variables: localsplus), the operand stack and the index of
 * the next instruction. It holds strong references to its function and code while it runs.
 *
 * <p>Its reference count counts only references from objects (tracebacks): the thread running
 * it owns it implicitly. When it finishes and nothing else references it, its locals are
 * released at once; a saved traceback keeps them until the traceback goes (FACTS.md §1.8).
 */
public final class PyFrame extends Frame {
    public final PyCode code;
    /** The function being run, or null for a cell's module code. */
    public final PyFunction func;
    public final PyObject[] fast;
    public final PyObject[] stack;
    public int sp;
    /** Index of the next instruction. */
    public int ip;
    public final PyDict globals;
    public final PyDict builtins;
    /** The namespace of a module or class body (LOAD_NAME), or null. */
    public PyDict locals;
    /** Keyword names set by KW_NAMES for the next CALL. */
    String[] kwnames;
    /** Stack items a pending CALL leaves until its native continuation delivers the result. */
    int pendingPop;
    /**
     * A CALL or CALL_FUNCTION_EX went through C and its result comes back later (through a native
     * frame): CPython checks the eval breaker when such a call returns (CHECK_EVAL_BREAKER at the
     * end of CALL), so the delivery of the result owes that check.
     */
    boolean checkAfterCall;
    /** Set when the frame has finished running (returned, raised or was closed). */
    boolean exited;
    /** The generator that owns this frame, or null. */
    PyGenerator generator;
    /** The exception that the frame is handling for PUSH_EXC_INFO bookkeeping of generators. */
    ExcItem excItem;

    /**
     * Takes new references to func (when not null), code and locals. Globals and builtins are
     * borrowed, as in _PyFrame_InitializeSpecials (the function, or the module, holds them).
     */
    PyFrame(Heap heap, PyCode code, PyFunction func, PyDict globals, PyDict builtins, PyDict locals) {
        this(heap, code, func, globals, builtins, locals, false);
    }

    /** With {@code funcGiven}, the caller hands over its reference to func (a CALL's stack slot). */
    PyFrame(Heap heap, PyCode code, PyFunction func, PyDict globals, PyDict builtins, PyDict locals, boolean funcGiven) {
        this.code = code;
        this.func = func;
        this.fast = new PyObject[code.nlocals + code.ncells + code.nfrees];
        this.stack = new PyObject[code.stacksize];
        this.globals = globals;
        this.builtins = builtins;
        this.locals = locals;
        if (func != null && !funcGiven) heap.incref(func);
        heap.incref(code);
        if (locals != null) heap.incref(locals);
        this.refcnt = 0;
        this.depthCost = 1;
    }

    @Override
    public PyType type() { return Types.FRAME; }

    /** Current source line (of the instruction being run, or the last one run). */
    public int line() {
        return code.lineOf(ip > 0 ? ip - 1 : 0);
    }

    /**
     * The frame has finished: release what it holds now, unless a traceback still refers to
     * it (then when that reference goes). _PyFrame_Clear: locals and stack in slot order, then
     * the function, then the code.
     */
    void exit(Heap heap) {
        exited = true;
        if (refcnt == 0) {
            Heap.deallocations++;
            freed = true;
            releaseContents(heap);
        } else {
            // A traceback keeps the finished frame: it can now be part of a garbage cycle.
            Heap.trackExisting(this);
        }
    }

    @Override
    protected void releaseContents(Heap heap) {
        for (int i = 0; i < fast.length; i++) heap.clear(fast, i);
        for (int i = 0; i < sp; i++) heap.clear(stack, i);
        sp = 0;
        PyDict l = locals;
        locals = null;
        heap.xdecref(l);
        if (func != null) heap.decref(func);
        heap.decref(code);
    }

    @Override
    public void traverse(ReferenceVisitor visitor) {
        for (PyObject o : fast) if (o != null) visitor.visit(o);
        for (int i = 0; i < sp; i++) if (stack[i] != null) visitor.visit(stack[i]);
        if (locals != null) visitor.visit(locals);
    }
}
