package gilsim.vm;

/**
 * Runs threads: the stepping API the machine builds on. {@link #run} advances one
 * {@link ThreadState} until its instruction budget is spent, it blocks, it reaches an
 * eval-breaker check the machine asked to stop at, or it finishes.
 *
 * <p>Notes about the design. The loop is not recursive in Java: a Python-to-Python call
 * pushes a frame and goes on in the same loop, a return pops it. A built-in that calls Python
 * code pushes a {@link NativeFrame}; a step of Java code that needs a Python result throws
 * {@link NeedCall} and is re-run when the call has returned ({@link ReplayMemo}). So every
 * Python-level call — {@code sorted(key=f)}, {@code __eq__}, {@code __init__}, {@code __del__},
 * generators — is frames on this thread's stack, and the machine can switch threads inside it
 * (DESIGN.md §9). Exceptions unwind through each code object's exception table (3.11's
 * zero-cost scheme) and collect traceback entries on the way out.
 */
public final class Interpreter {
    final Vm vm;
    final Eval eval;

    public Interpreter(Vm vm) {
        this.vm = vm;
        this.eval = new Eval(vm, this);
    }

    /** Advance the thread by at most {@code maxInstructions} bytecode instructions. */
    public StopReason run(ThreadState ts, long maxInstructions) {
        Vm v = vm;
        ThreadState saved = v.thread;
        v.thread = ts;
        Heap heap = v.heap;
        heap.running = ts;
        Heap.current = heap;
        Vm.current = v;
        long limit = ts.instructions + maxInstructions;
        try {
            while (true) {
                if (ts.blockedOn != null) return StopReason.BLOCKED;
                if (ts.yieldRequested) {
                    ts.yieldRequested = false;
                    return StopReason.YIELD;
                }
                Frame top = ts.top;
                if (top == null) {
                    ts.finished = true;
                    return StopReason.FINISHED;
                }
                if (ts.checkDue) {
                    // An eval-breaker check owed by a call that returned through a native frame,
                    // or by a stop right at a check site.
                    ts.checkDue = false;
                    if (ts.requestStop) {
                        ts.attention = true;
                        return StopReason.CHECKPOINT;
                    }
                }
                if (top instanceof PyFrame pf) {
                    long budget = limit - ts.instructions;
                    if (budget <= 0) return StopReason.BUDGET;
                    StopReason r = eval.execute(ts, pf, budget);
                    if (r != null) return r;
                } else {
                    stepNative(ts, (NativeFrame) top);
                }
                if (heap.gcRequested && ts.top != null) GarbageCollector.automatic(v);
                if (heap.hasPendingFinalizers() && ts.top != null) Finalizers.schedule(v, ts);
            }
        } finally {
            v.thread = saved;
        }
    }

    /**
     * Raise an exception in a thread from outside (KeyboardInterrupt): at its current
     * instruction, as CPython's eval breaker raises a pending signal's exception.
     */
    public void inject(ThreadState ts, PyRaise e) {
        Frame top = ts.top;
        if (top == null) return;
        vm.newlyRaised(ts, e);
        if (top instanceof PyFrame pf) {
            if (pf.memo != null) pf.memo.release(vm.heap);
            raiseIn(ts, pf, e, true);
        } else {
            NativeFrame nf = (NativeFrame) top;
            if (nf.pendingError != null) vm.heap.decref(nf.pendingError.exception);
            nf.pendingError = e;
            nf.ready = true;
        }
    }

    /** Run the ready step of the native frame on top. */
    void stepNative(ThreadState ts, NativeFrame nf) {
        Heap heap = vm.heap;
        PyObject input = nf.input;
        PyRaise err = nf.pendingError;
        if (!nf.ready) throw new IllegalStateException(nf + " is on top of " + ts + " but waits for a result");
        ts.nativeSteps++;
        PyObject r;
        try {
            r = err != null ? nf.stepException(vm, err) : nf.step(vm, input);
        } catch (NeedCall nc) {
            if (nf.memo != null) nf.memo.rewind();
            pushInlineCall(ts, nf, nc);
            return;
        } catch (PyRaise e) {
            finishStep(nf, input, err);
            popNative(ts, nf);
            propagate(ts, nf.back, nf.returnMode, e, nf);
            return;
        }
        finishStep(nf, input, err);
        if (r == Vm.PENDING) {
            if (ts.top == nf && ts.blockedOn == null) {
                throw new IllegalStateException(nf + " returned PENDING without asking for anything");
            }
            return;
        }
        popNative(ts, nf);
        deliver(ts, nf.back, nf.returnMode, r);
    }

    private void finishStep(NativeFrame nf, PyObject input, PyRaise err) {
        Heap heap = vm.heap;
        nf.input = null;
        nf.pendingError = null;
        nf.ready = false;
        if (input != null && !(input instanceof Sentinel)) heap.decref(input);
        if (err != null) heap.decref(err.exception);
        if (nf.memo != null) nf.memo.release(heap);
    }

    private void popNative(ThreadState ts, NativeFrame nf) {
        ts.top = nf.back;
        ts.depth -= nf.depthCost;
        nf.release(vm.heap);
    }

    /** Push the frame of a call a step asked for through callInline (its result goes to the memo). */
    void pushInlineCall(ThreadState ts, Frame caller, NeedCall nc) {
        if (caller.memo == null) caller.memo = new ReplayMemo();
        vm.held.clear();
        if (nc.callable == null) return; // a built-in already pushed its own frame
        caller.memo.holdDuringCall(vm.heap, nc.held);
        vm.callReturnMode = Frame.RET_MEMO;
        PyObject r;
        ts.attention = true;
        try {
            r = Calls.call(vm, nc.callable, nc.args, nc.kwnames);
        } catch (PyRaise e) {
            caller.memo.deliver(e);
            return;
        }
        if (r != Vm.PENDING) caller.memo.deliver(r);
    }

    /** Hand a frame's result (an owned reference) to the activation it returns to. */
    void deliver(ThreadState ts, Frame target, int mode, PyObject result) {
        if (mode != Frame.RET_MEMO && target instanceof PyFrame pf && pf.memo != null) {
            // The instruction that waited for this result is complete: its step is over.
            pf.memo.release(vm.heap);
        }
        switch (mode) {
            case Frame.RET_PUSH: {
                PyFrame pf = (PyFrame) target;
                popPending(pf);
                pf.stack[pf.sp++] = result;
                if (pf.checkAfterCall) {
                    pf.checkAfterCall = false;
                    ts.checkDue = true;
                    ts.attention = true;
                }
                return;
            }
            case Frame.RET_STEP: {
                NativeFrame nf = (NativeFrame) target;
                nf.input = result;
                nf.ready = true;
                return;
            }
            case Frame.RET_MEMO:
                ts.attention = true;
                target.memo.deliver(result);
                if (target instanceof NativeFrame nf) nf.ready = true;
                return;
            case Frame.RET_ITER:
                if (target instanceof PyFrame pf) {
                    if (result == Vm.EXHAUSTED) {
                        // FOR_ITER: drop the exhausted iterator and leave the loop.
                        PyObject it = pf.stack[--pf.sp];
                        pf.stack[pf.sp] = null;
                        vm.heap.decref(it);
                        pf.ip = gilsim.lang.bytecode.CodeUnit.arg(pf.code.code[pf.ip - 1]);
                    } else {
                        pf.stack[pf.sp++] = result;
                    }
                } else {
                    NativeFrame nf = (NativeFrame) target;
                    nf.input = result;
                    nf.ready = true;
                }
                return;
            case Frame.RET_THREAD:
                ts.result = result;
                return;
            case Frame.RET_DISCARD:
                if (!(result instanceof Sentinel)) vm.heap.decref(result);
                return;
            case Frame.RET_UNPACK: {
                PyFrame pf = (PyFrame) target;
                popPending(pf);
                PyObject[] items = ((PyTuple) result).items;
                for (int i = items.length - 1; i >= 0; i--) pf.stack[pf.sp++] = vm.heap.newRef(items[i]);
                vm.heap.decref(result);
                return;
            }
            case Frame.RET_NOPUSH: {
                PyFrame pf = (PyFrame) target;
                popPending(pf);
                if (!(result instanceof Sentinel)) vm.heap.decref(result);
                return;
            }
            default:
                throw new IllegalStateException("return mode " + mode);
        }
    }

    /** Drop the stack items a CALL left while its native continuation ran: the callable first. */
    void popPending(PyFrame pf) {
        int n = pf.pendingPop;
        if (n == 0) return;
        pf.pendingPop = 0;
        Heap heap = vm.heap;
        int base = pf.sp - n;
        PyObject[] s = pf.stack;
        int first = -1;
        for (int i = base; i < pf.sp; i++) {
            if (s[i] != null) {
                first = i;
                break;
            }
        }
        if (first >= 0) heap.clear(s, first);
        for (int i = base; i < pf.sp; i++) heap.clear(s, i);
        pf.sp = base;
    }

    /** An exception leaves a finished activation: hand it to the one below. */
    void propagate(ThreadState ts, Frame target, int mode, PyRaise e, Frame from) {
        switch (mode) {
            case Frame.RET_MEMO:
                ts.attention = true;
                target.memo.deliver(e);
                if (target instanceof NativeFrame nf) nf.ready = true;
                return;
            case Frame.RET_THREAD:
                ts.uncaught = e;
                return;
            case Frame.RET_DISCARD:
                Finalizers.reportIgnored(vm, from, e);
                return;
            case Frame.RET_ITER:
                if (e.matches(Types.STOP_ITERATION) && !(from instanceof PyFrame pf && pf.generator != null)) {
                    vm.heap.decref(e.exception);
                    deliver(ts, target, mode, Vm.EXHAUSTED);
                    return;
                }
                break;
            default:
                break;
        }
        if (target instanceof NativeFrame nf) {
            nf.pendingError = e;
            nf.ready = true;
            return;
        }
        raiseIn(ts, (PyFrame) target, e, true);
    }

    /**
     * An exception raised by the instruction at {@code pf.ip - 1}: record a traceback entry,
     * then jump to the handler of the exception table, or leave the frame.
     */
    void raiseIn(ThreadState ts, PyFrame pf, PyRaise e, boolean addTraceback) {
        Heap heap = vm.heap;
        while (true) {
            PyBaseException exc = e.exception;
            int at = pf.ip - 1;
            if (addTraceback) {
                PyTraceback tb = new PyTraceback(heap, exc.traceback, pf, at);
                if (exc.traceback != null) heap.incref(exc.traceback);
                exc.setTraceback(heap, tb);
                heap.decref(tb);
            }
            addTraceback = true;
            pf.pendingPop = 0;
            pf.checkAfterCall = false;
            pf.kwnames = null;
            if (pf.memo != null) pf.memo.release(heap);
            PyCode co = pf.code;
            int h = -1;
            for (int i = 0; i < co.excStart.length; i++) {
                if (at >= co.excStart[i] && at < co.excEnd[i]) {
                    h = i;
                    break;
                }
            }
            if (h >= 0) {
                int depth = co.excDepth[h];
                while (pf.sp > depth) heap.xdecref(pf.stack[--pf.sp]);
                for (int i = pf.sp; i < pf.stack.length; i++) pf.stack[i] = null;
                if (co.excLasti[h]) pf.stack[pf.sp++] = PyInt.of(at);
                pf.stack[pf.sp++] = exc;
                pf.ip = co.excTarget[h];
                ts.top = pf;
                return;
            }
            // No handler: exception_unwind pops the rest of the stack before leaving the frame
            // (a traceback may keep the frame and its locals, not its stack).
            while (pf.sp > 0) heap.clear(pf.stack, --pf.sp);
            Frame back = pf.back;
            int mode = pf.returnMode;
            ts.top = back;
            ts.depth -= pf.depthCost;
            if (pf.generator != null) {
                e = pf.generator.finishedWith(vm, e);
            }
            pf.exit(heap);
            if (mode == Frame.RET_PUSH && back instanceof PyFrame caller) {
                pf = caller;
                continue;
            }
            propagate(ts, back, mode, e, pf);
            return;
        }
    }
}
