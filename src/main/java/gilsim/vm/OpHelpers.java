package gilsim.vm;

/** The longer opcodes of {@link Eval}: container displays, unpacking, f-string parts, raise, imports, CALL_FUNCTION_EX. */
final class OpHelpers {
    private OpHelpers() {}

    /** BUILD_SET: the items are added in stack order; the caller drops the stack's references. */
    static PySet buildSet(Vm vm, PyObject[] stack, int base, int n) {
        PySet s = new PySet(false);
        try {
            for (int i = 0; i < n; i++) s.add(vm, stack[base + i]);
        } catch (RuntimeException e) {
            vm.heap.decref(s);
            throw e;
        }
        return s;
    }

    /** BUILD_MAP: key/value pairs from the bottom; the caller drops the stack's references. */
    static PyDict buildMap(Vm vm, PyObject[] stack, int base, int n) {
        PyDict d = new PyDict();
        try {
            for (int i = 0; i < n; i++) d.put(vm, stack[base + 2 * i], stack[base + 2 * i + 1]);
        } catch (RuntimeException e) {
            vm.heap.decref(d);
            throw e;
        }
        return d;
    }

    static PyDict buildConstKeyMap(Vm vm, PyTuple keys, PyObject[] stack, int base, int n) {
        PyDict d = new PyDict();
        try {
            for (int i = 0; i < n; i++) d.put(vm, keys.items[i], stack[base + i]);
        } catch (RuntimeException e) {
            vm.heap.decref(d);
            throw e;
        }
        return d;
    }

    /** DICT_UPDATE: {**a} and dict displays with unpacking. */
    static void dictUpdate(Vm vm, PyDict dict, PyObject update) {
        if (update instanceof PyDict u) {
            DictOps.update(vm, dict, u);
            return;
        }
        throw Errors.type("'" + update.type().name + "' object is not a mapping");
    }

    /**
     * DICT_MERGE: f(**kw): duplicate keys are an error naming the function. Keys are not checked
     * here (_PyDict_MergeEx): a key that is not a string fails at the call ({@link #flatten}).
     */
    static void dictMerge(Vm vm, PyDict dict, PyObject update, PyObject func) {
        if (!(update instanceof PyDict u)) {
            throw Errors.type(funcName(func) + " argument after ** must be a mapping, not " + update.type().name);
        }
        for (int e = u.nextEntry(0); e >= 0; e = u.nextEntry(e + 1)) {
            PyObject k = u.keyAt(e);
            if (dict.containsKey(vm, k)) {
                throw Errors.type(funcName(func) + " got multiple values for keyword argument '" + Repr.str(vm, k) + "'");
            }
            dict.put(vm, k, u.valueAt(e));
        }
    }

    /**
     * _PyObject_FunctionStr (Objects/object.c), as the call errors name their callee:
     * "module.qualname()", without the module when it is builtins or None.
     */
    static String funcName(PyObject func) {
        if (func instanceof PyMethod m) return funcName(m.func);
        String qualname;
        String module;
        if (func instanceof PyFunction f) {
            qualname = f.qualname.value;
            module = f.module instanceof PyStr s ? s.value : null;
        } else if (func instanceof PyBuiltin b) {
            qualname = b.owner != null ? b.owner.qualname + "." + b.name : b.name;
            module = b.owner != null ? null : b.module;
        } else if (func instanceof PyType t) {
            qualname = t.qualname;
            module = t.module;
        } else {
            return func == null ? "function" : func.type().name + " object";
        }
        return module == null || module.equals("builtins") ? qualname + "()" : module + "." + qualname + "()";
    }

    static PyObject buildString(Vm vm, PyObject[] stack, int base, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) sb.append(((PyStr) stack[base + i]).value);
        vm.limits.checkStrLength(sb.length());
        return new PyStr(sb.toString());
    }

    /** FORMAT_VALUE: conversion (1 str, 2 repr, 3 ascii), then format(value, spec). */
    static PyObject formatValue(Vm vm, PyObject value, int conversion, PyObject spec) {
        PyObject v = value;
        boolean converted = false;
        switch (conversion) {
            case 1: v = new PyStr(Repr.str(vm, value)); converted = true; break;
            case 2: v = new PyStr(Repr.repr(vm, value)); converted = true; break;
            case 3: v = new PyStr(Strings.ascii(Repr.repr(vm, value))); converted = true; break;
            default: break;
        }
        try {
            String s = spec == null ? "" : ((PyStr) spec).value;
            if (v instanceof PyStr && s.isEmpty()) return vm.heap.newRef(v);
            return Formatting.format(vm, v, s);
        } finally {
            if (converted) vm.heap.decref(v);
        }
    }

    /**
     * UNPACK_SEQUENCE (after < 0) and UNPACK_EX: the items as new references, in order (the
     * starred part as a list).
     */
    static PyObject[] unpack(Vm vm, PyObject seq, int before, int after) {
        PyObject[] items;
        if (seq instanceof PyTuple t) {
            items = t.items;
        } else if (seq instanceof PyList l) {
            items = l.snapshot();
        } else if (Iteration.isSyncIterable(seq)) {
            PyObject[] owned = Iteration.toArraySync(vm, seq);
            try {
                return unpackArray(vm, owned, before, after);
            } finally {
                for (PyObject o : owned) vm.heap.decref(o);
            }
        } else if (!Iteration.isIterable(vm, seq)) {
            throw Errors.type("cannot unpack non-iterable " + seq.type().name + " object");
        } else {
            return null; // the caller collects the items with a native frame (unpackLater)
        }
        return unpackArray(vm, items, before, after);
    }

    /** UNPACK_SEQUENCE/UNPACK_EX of a generator or iterator class: collect, then unpack. */
    static void unpackLater(Vm vm, PyObject seq, int before, int after) {
        vm.callReturnMode = Frame.RET_UNPACK;
        Consumer.start(vm, it -> new Consumers.Collect("unpack", it) {
            @Override
            protected boolean accept(Vm vm, PyObject item) {
                super.accept(vm, item);
                // CPython stops after one item too many (unpack_iterable).
                return after >= 0 || items.size() <= before;
            }

            @Override
            protected PyObject finish(Vm vm) {
                PyObject[] collected = takeItems();
                try {
                    return PyTuple.steal(vm.heap, unpackArray(vm, collected, before, after));
                } finally {
                    for (PyObject o : collected) vm.heap.decref(o);
                }
            }
        }, seq);
    }

    private static PyObject[] unpackArray(Vm vm, PyObject[] items, int before, int after) {
        int n = items.length;
        if (after < 0) {
            if (n < before) throw Errors.value("not enough values to unpack (expected " + before + ", got " + n + ")");
            if (n > before) throw Errors.value("too many values to unpack (expected " + before + ")");
            PyObject[] r = items.clone();
            for (PyObject o : r) vm.heap.incref(o);
            return r;
        }
        if (n < before + after) {
            throw Errors.value("not enough values to unpack (expected at least " + (before + after) + ", got " + n + ")");
        }
        PyObject[] r = new PyObject[before + 1 + after];
        for (int i = 0; i < before; i++) r[i] = vm.heap.newRef(items[i]);
        int mid = n - before - after;
        PyObject[] middle = new PyObject[mid];
        for (int i = 0; i < mid; i++) middle[i] = vm.heap.newRef(items[before + i]);
        r[before] = new PyList(middle, mid);
        for (int i = 0; i < after; i++) r[before + 1 + i] = vm.heap.newRef(items[before + mid + i]);
        return r;
    }

    /**
     * RAISE_VARARGS (do_raise): builds the exception to raise, then pops the operands (so that
     * calling an exception class's Python {@code __init__} can re-run the instruction).
     */
    static PyRaise raise(Vm vm, ThreadState ts, PyFrame f, int argc) {
        Heap heap = vm.heap;
        if (argc == 0) {
            PyBaseException handled = ExcItem.topmost(ts.excInfo);
            if (handled == null) return vm.newlyRaised(ts, Errors.runtime("No active exception to reraise"));
            heap.incref(handled);
            PyRaise r = new PyRaise(handled);
            r.chained = true;
            return r;
        }
        PyObject exc = f.stack[f.sp - argc];
        PyObject cause = argc == 2 ? f.stack[f.sp - 1] : null;
        PyBaseException value = instantiate(vm, exc);
        PyBaseException causeValue = null;
        if (cause != null && cause != PyNone.NONE) {
            try {
                causeValue = instantiate(vm, cause);
            } catch (RuntimeException e) {
                heap.decref(value);
                throw e;
            }
        }
        for (int i = 0; i < argc; i++) {
            PyObject o = f.stack[--f.sp];
            f.stack[f.sp] = null;
            heap.decref(o);
        }
        if (cause != null) {
            value.setCause(heap, causeValue);
            heap.xdecref(causeValue);
            value.suppressContext = true;
        }
        return vm.newlyRaised(ts, new PyRaise(value));
    }

    /** An exception instance from {@code raise X}: X itself, or X() for a class. New reference. */
    static PyBaseException instantiate(Vm vm, PyObject x) {
        if (x instanceof PyBaseException e) {
            vm.heap.incref(e);
            return e;
        }
        if (x instanceof PyType t && t.isSubtypeOf(Types.BASE_EXCEPTION)) {
            PyObject r = vm.callInline(t, new PyObject[0], null, null);
            if (!(r instanceof PyBaseException e)) {
                throw Errors.type("calling " + t.name + " should have returned an instance of BaseException, not "
                        + r.type().name);
            }
            vm.heap.incref(e);
            return e;
        }
        throw Errors.type("exceptions must derive from BaseException");
    }

    /** CHECK_EXC_MATCH: isinstance for except clauses (a class or a tuple of classes). */
    static boolean exceptionMatches(PyObject exc, PyObject type) {
        if (type instanceof PyTuple t) {
            for (PyObject x : t.items) if (exceptionMatches(exc, x)) return true;
            return false;
        }
        if (!(type instanceof PyType pt) || !pt.isSubtypeOf(Types.BASE_EXCEPTION)) {
            throw Errors.type("catching classes that do not inherit from BaseException is not allowed");
        }
        return exc.type().isSubtypeOf(pt);
    }

    static PyObject importFrom(Vm vm, PyObject from, PyStr name) {
        PyObject v = Attributes.find(vm, from, name);
        if (v != null) return v;
        String mod = from instanceof PyModule m ? m.name : "?";
        throw Errors.of(Types.IMPORT_ERROR, "cannot import name '" + name.value + "' from '" + mod + "' (unknown location)");
    }

    /** Call with positional args and an optional kwargs dict, from a native frame's step. */
    static PyObject callWith(Vm vm, PyObject func, PyObject[] pos, PyObject kwargs) {
        FlatArgs a = flatten(pos, kwargs);
        return vm.requestCall(func, a.args, a.kwnames);
    }

    /** Positional arguments followed by a dict's values, with the dict's keys as keyword names. */
    private record FlatArgs(PyObject[] args, String[] kwnames) {}

    /** _PyStack_UnpackDict: the vectorcall form of {@code f(*pos, **kwargs)} (kwargs a dict or null). */
    private static FlatArgs flatten(PyObject[] pos, PyObject kwargs) {
        if (!(kwargs instanceof PyDict d) || d.size() == 0) return new FlatArgs(pos, null);
        PyObject[] args = new PyObject[pos.length + d.size()];
        System.arraycopy(pos, 0, args, 0, pos.length);
        String[] kwnames = new String[d.size()];
        int k = 0;
        for (int e = d.nextEntry(0); e >= 0; e = d.nextEntry(e + 1)) {
            if (!(d.keyAt(e) instanceof PyStr ks)) throw Errors.type("keywords must be strings");
            kwnames[k] = ks.value.intern();
            args[pos.length + k] = d.valueAt(e);
            k++;
        }
        return new FlatArgs(args, kwnames);
    }

    /**
     * CALL_FUNCTION_EX: f(*args, **kwargs). The arguments reach the callee as through C: a
     * tuple (and a dict), the callee's locals being new references.
     */
    static PyObject callFunctionEx(Vm vm, PyFrame f, boolean hasKwargs) {
        Heap heap = vm.heap;
        PyObject[] stack = f.stack;
        int sp = f.sp;
        PyObject kwargs = hasKwargs ? stack[sp - 1] : null;
        PyObject callargs = stack[sp - (hasKwargs ? 2 : 1)];
        PyObject func = stack[sp - (hasKwargs ? 3 : 2)];
        if (!(callargs instanceof PyTuple)) {
            if (!Iteration.isIterable(vm, callargs)) {
                throw Errors.type(funcName(func) + " argument after * must be an iterable, not " + callargs.type().name);
            }
            if (!Iteration.isSyncIterable(callargs)) {
                // Collect the generator's items into the tuple first, then call (a native frame).
                f.pendingPop = hasKwargs ? 4 : 3;
                vm.callReturnMode = Frame.RET_PUSH;
                final PyObject fn = func;
                final PyObject kw = kwargs;
                return Consumer.start(vm, it -> new Consumers.Collect("call", it) {
                    boolean calling;

                    @Override
                    protected PyObject finish(Vm vm) {
                        PyObject[] args = takeItems();
                        PyTuple t = PyTuple.steal(vm.heap, args);
                        held = t;
                        calling = true;
                        return callWith(vm, fn, t.items, kw);
                    }

                    PyTuple held;

                    @Override
                    protected void release(Heap heap) {
                        heap.xdecref(held);
                        held = null;
                        super.release(heap);
                    }
                }, callargs);
            }
            PyObject t = Iteration.toTuple(vm, callargs);
            stack[sp - (hasKwargs ? 2 : 1)] = t;
            heap.decref(callargs);
            callargs = t;
        }
        if (kwargs != null && !(kwargs instanceof PyDict)) {
            throw Errors.type(funcName(func) + " argument after ** must be a mapping, not " + kwargs.type().name);
        }
        FlatArgs flat = flatten(((PyTuple) callargs).items, kwargs);
        PyObject[] args = flat.args;
        String[] kwnames = flat.kwnames;
        int items = hasKwargs ? 4 : 3;
        vm.callReturnMode = Frame.RET_PUSH;
        PyObject r;
        if (kwnames != null && Calls.isPythonCallable(func)) {
            // _PyStack_UnpackDict: a new argument array holding every argument while the callee runs.
            r = vm.pushNative(new HeldCallFrame(heap, func, args, kwnames, args), Frame.RET_PUSH);
        } else {
            r = Calls.call(vm, func, args, kwnames);
        }
        f.pendingPop = items;
        if (r == Vm.PENDING) return r;
        vm.interpreter.popPending(f);
        return r;
    }
}
