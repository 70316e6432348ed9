package gilsim.vm;

/**
 * Calling objects. A Python-to-Python CALL is handled by the eval loop itself (the frame is
 * pushed and the loop goes on); this class creates frames ({@link #newFrame}) and calls
 * everything else: built-ins, classes, bound methods, objects with {@code __call__}.
 */
final class Calls {
    private Calls() {}

    /**
     * A frame for a call of func with the arguments in {@code src[base .. base+nargs)}; the
     * references are moved into the frame (the caller increfs first when it keeps its own).
     * The frame takes a new reference to func. Errors release everything.
     */
    static PyFrame newFrame(Vm vm, PyFunction func, PyObject[] src, int base, int nargs, String[] kwnames) {
        return newFrame(vm, func, src, base, nargs, kwnames, false);
    }

    /** With {@code funcGiven}, the frame takes over the caller's reference to func (CALL's stack slot). */
    static PyFrame newFrame(Vm vm, PyFunction func, PyObject[] src, int base, int nargs, String[] kwnames, boolean funcGiven) {
        PyCode co = func.code;
        PyFrame frame = new PyFrame(vm.heap, co, func, func.globals, vm.builtins, null, funcGiven);
        if (kwnames == null && nargs == co.argcount && (co.flags & (gilsim.lang.bytecode.CodeUnit.VARARGS
                | gilsim.lang.bytecode.CodeUnit.VARKEYWORDS)) == 0 && co.kwonlyargcount == 0) {
            // The common case: exactly the positional parameters.
            System.arraycopy(src, base, frame.fast, 0, nargs);
        } else {
            try {
                ArgBinding.bind(vm, frame, func, src, base, nargs, kwnames);
            } catch (PyRaise e) {
                frame.exit(vm.heap);
                throw e;
            }
        }
        if (co.nfrees > 0) {
            PyObject[] cells = func.closure.items;
            int off = co.nlocals + co.ncells;
            for (int i = 0; i < co.nfrees; i++) frame.fast[off + i] = vm.heap.newRef(cells[i]);
        }
        return frame;
    }

    /** newFrame with copies: the caller keeps its references (calls from C code). */
    static PyFrame newFrameCopying(Vm vm, PyFunction func, PyObject[] args, String[] kwnames) {
        for (PyObject a : args) vm.heap.incref(a);
        return newFrame(vm, func, args.clone(), 0, args.length, kwnames);
    }

    /**
     * Call a callable that is not a plain Python function reached by CALL: returns a new
     * reference, or {@link Vm#PENDING} when a frame was pushed that will deliver the result
     * (in the mode {@link Vm#callReturnMode} set by the caller). Arguments are borrowed.
     */
    static PyObject call(Vm vm, PyObject callable, PyObject[] args, String[] kwnames) {
        if (callable instanceof PyBuiltin b) {
            if (b.self != null) return b.code.call(vm, prepend(b.self, args), kwnames);
            if (b.owner != null) {
                if (args.length == 0 || (kwnames != null && args.length == kwnames.length)) {
                    throw Errors.type("unbound method " + b.owner.name + "." + b.name + "() needs an argument");
                }
                if (!args[0].type().isSubtypeOf(b.owner)) {
                    throw Errors.type("descriptor '" + b.name + "' for '" + b.owner.name
                            + "' objects doesn't apply to a '" + args[0].type().name + "' object");
                }
            }
            return b.code.call(vm, args, kwnames);
        }
        if (callable instanceof PyFunction f) {
            PyFrame frame = newFrameCopying(vm, f, args, kwnames);
            if (f.code.isGenerator()) return new PyGenerator(vm.heap, frame, f);
            return vm.pushFrame(frame, vm.callReturnMode);
        }
        if (callable instanceof PyMethod m) {
            return call(vm, m.func, prepend(m.self, args), kwnames);
        }
        if (callable instanceof PyType t) {
            return Instantiate.call(vm, t, args, kwnames);
        }
        if (callable instanceof PyDescriptor d && d.kind == PyDescriptor.Kind.STATICMETHOD) {
            return call(vm, d.func, args, kwnames);
        }
        PyType t = callable.type();
        if (t.heapType) {
            PyObject m = t.lookup(Names.CALL);
            if (m != null && !(m instanceof PyBuiltin)) return call(vm, m, prepend(callable, args), kwnames);
        }
        throw Errors.notA(callable, "callable");
    }

    static PyObject[] prepend(PyObject first, PyObject[] rest) {
        PyObject[] a = new PyObject[rest.length + 1];
        a[0] = first;
        System.arraycopy(rest, 0, a, 1, rest.length);
        return a;
    }

    /** Whether calling it runs Python code (so Java code must not call it synchronously). */
    static boolean isPythonCallable(PyObject callable) {
        if (callable instanceof PyFunction) return true;
        if (callable instanceof PyMethod m) return isPythonCallable(m.func);
        if (callable instanceof PyType t) return t.heapType;
        if (callable instanceof PyDescriptor) return true;
        if (callable instanceof PyBuiltin) return false;
        return callable.type().heapType;
    }
}
