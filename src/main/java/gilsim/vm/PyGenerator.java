package gilsim.vm;

/**
 * A generator: it owns a suspended frame. Resuming it ({@code next}, a for loop, {@code send})
 * puts the frame on the resumer's thread with the resumer as its caller; YIELD_VALUE hands the
 * value back and suspends the frame again; returning ends it ({@code StopIteration}). While it
 * runs, the generator's own "exception being handled" level is pushed on the thread (3.11's
 * gi_exc_state).
 */
public final class PyGenerator extends PyIterator {
    PyFrame frame;
    final PyStr name;
    final PyStr qualname;
    boolean running;
    /** Whether the frame has started (a later resume pushes the value sent in). */
    boolean started;
    final ExcItem excState = new ExcItem(null);
    /** The value of the last {@code return} (StopIteration.value), owned. */
    PyObject returnValue;

    /** Takes ownership of the frame (created suspended by the call, with its arguments bound). */
    PyGenerator(Heap heap, PyFrame frame, PyFunction func) {
        this.frame = frame;
        this.name = func.name;
        this.qualname = func.qualname;
        heap.incref(name);
        heap.incref(qualname);
        frame.generator = this;
        frame.depthCost = 1;
        Heap.track(this);
    }

    @Override
    public PyType type() { return Types.GENERATOR; }

    @Override
    boolean isSync() { return false; }

    boolean finished() { return frame == null || frame.exited; }

    @Override
    PyObject next(Vm vm) {
        return resume(vm, null, Frame.RET_ITER);
    }

    /**
     * Put the frame on the current thread (the item or EXHAUSTED is delivered in the given
     * mode): PENDING, or null when the generator is already finished.
     */
    PyObject resume(Vm vm, PyObject sent, int mode) {
        if (running) throw Errors.value("generator already executing");
        if (finished()) return null;
        ThreadState ts = vm.thread;
        if (ts.depth + frame.depthCost > vm.limits.recursionLimit) {
            throw Errors.recursion("maximum recursion depth exceeded");
        }
        if (started) {
            PyObject v = sent == null ? PyNone.NONE : sent;
            vm.heap.incref(v);
            frame.stack[frame.sp++] = v;
        } else if (sent != null && sent != PyNone.NONE) {
            throw Errors.type("can't send non-None value to a just-started generator");
        }
        started = true;
        running = true;
        excState.previous = ts.excInfo;
        ts.excInfo = excState;
        vm.pushFrame(frame, mode);
        return Vm.PENDING;
    }

    /** YIELD_VALUE: suspend and hand the value to the resumer. */
    void yielded(Vm vm, ThreadState ts, PyObject value) {
        suspend(ts);
        ts.top = frame.back;
        ts.depth -= frame.depthCost;
        Frame back = frame.back;
        frame.back = null;
        vm.interpreter.deliver(ts, back, frame.returnMode, value);
    }

    private void suspend(ThreadState ts) {
        running = false;
        ts.excInfo = excState.previous;
        excState.previous = null;
    }

    /** The frame returned: the generator is finished; what the resumer receives. */
    PyObject returned(Vm vm, ThreadState ts, PyObject value) {
        suspend(ts);
        PyObject old = returnValue;
        returnValue = value;
        vm.heap.xdecref(old);
        return frame.returnMode == Frame.RET_ITER ? Vm.EXHAUSTED : vm.heap.newRef(PyNone.NONE);
    }

    /** An exception left the frame: PEP 479 turns a StopIteration into RuntimeError. */
    PyRaise finishedWith(Vm vm, PyRaise e) {
        if (running) suspend(vm.thread);
        if (e.matches(Types.STOP_ITERATION)) {
            PyRaise r = Errors.runtime("generator raised StopIteration");
            r.exception.setCause(vm.heap, e.exception);
            r.exception.setContext(vm.heap, e.exception);
            r.exception.suppressContext = true;
            vm.heap.decref(e.exception);
            r.chained = true;
            return r;
        }
        return e;
    }

    /** Whether freeing it must first run the frame's cleanup (a suspended try/finally or with). */
    boolean needsClose() {
        if (frame == null || frame.exited || !started || running) return false;
        PyCode co = frame.code;
        int at = frame.ip - 1;
        for (int i = 0; i < co.excStart.length; i++) {
            if (at >= co.excStart[i] && at < co.excEnd[i]) return true;
        }
        return false;
    }

    @Override
    protected void releaseContents(Heap heap) {
        PyFrame f = frame;
        frame = null;
        if (f != null && !f.exited) {
            f.generator = null;
            f.exit(heap);
        }
        heap.xdecref(returnValue);
        returnValue = null;
        heap.decref(name);
        heap.decref(qualname);
    }

    @Override
    public void traverse(ReferenceVisitor visitor) {
        if (frame != null && !frame.exited) frame.traverse(visitor);
        if (returnValue != null) visitor.visit(returnValue);
    }
}
