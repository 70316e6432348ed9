package gilsim.vm;

/**
 * Calling a class (type_call in Objects/typeobject.c): built-in types run their Java
 * constructor; a class of the program gets a new instance and, when it (or a base) defines
 * {@code __init__}, a native frame that runs it. As in CPython the call goes through C
 * (_PyObject_MakeTpCall): the arguments are packed in a tuple and {@code __init__}'s locals
 * are new references — {@code Cls(x)} shows x with count 5 inside {@code __init__}, self 3
 * (FACTS.md §1.3) — and it counts one level of recursion.
 */
final class Instantiate {
    private Instantiate() {}

    static PyObject call(Vm vm, PyType t, PyObject[] args, String[] kwnames) {
        if (!t.heapType) {
            if (t.layout == PyType.Layout.EXCEPTION) return newException(vm, t, args, kwnames);
            if (t.layout == PyType.Layout.THREAD) {
                PyThread th = new PyThread(vm, t);
                try {
                    PyThread.init(vm, Calls.prepend(th, args), kwnames);
                } catch (RuntimeException e) {
                    vm.heap.decref(th);
                    throw e;
                }
                return th;
            }
            if (t.constructor == null) throw Errors.type("cannot create '" + t.name + "' instances");
            return t.constructor.call(vm, args, kwnames);
        }
        PyObject init = t.lookup(Names.INIT);
        boolean pythonInit = init != null && !(init instanceof PyBuiltin);
        int nkw = kwnames == null ? 0 : kwnames.length;
        PyObject obj;
        if (t.layout == PyType.Layout.EXCEPTION) {
            if (nkw > 0 && !pythonInit) throw Errors.type(t.name + "() takes no keyword arguments");
            obj = new PyBaseException(vm.heap, t, PyTuple.pack(vm.heap, positional(args, nkw)));
        } else if (t.layout == PyType.Layout.THREAD) {
            obj = new PyThread(vm, t);
            if (!pythonInit) {
                try {
                    PyThread.init(vm, Calls.prepend(obj, args), kwnames);
                } catch (RuntimeException e) {
                    vm.heap.decref(obj);
                    throw e;
                }
                return obj;
            }
        } else {
            if (!pythonInit && args.length > 0) throw Errors.type(t.name + "() takes no arguments");
            obj = new PyInstance(vm.heap, t);
        }
        vm.limits.checkObjects();
        if (!pythonInit) return obj;
        return vm.pushNative(new InitFrame(vm, obj, init, args, kwnames), vm.callReturnMode);
    }

    private static PyObject[] positional(PyObject[] args, int nkw) {
        PyObject[] p = new PyObject[args.length - nkw];
        System.arraycopy(args, 0, p, 0, p.length);
        return p;
    }

    /** A built-in exception class called: its args are the positional arguments. */
    static PyObject newException(Vm vm, PyType t, PyObject[] args, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) throw Errors.type(t.name + "() takes no keyword arguments");
        return new PyBaseException(vm.heap, t, PyTuple.pack(vm.heap, args));
    }

    /** Runs {@code __init__(self, *args)} then returns self (slot_tp_init, type_call). */
    static final class InitFrame extends NativeFrame {
        private PyObject obj;
        private final PyObject init;
        private PyTuple argsTuple;
        private PyDict kwargs;
        private final String[] kwnames;
        private final PyObject[] callArgs;

        InitFrame(Vm vm, PyObject obj, PyObject init, PyObject[] args, String[] kwnames) {
            super("type_call");
            this.depthCost = 1;
            this.obj = obj;
            this.init = init;
            this.kwnames = kwnames;
            int nkw = kwnames == null ? 0 : kwnames.length;
            // _PyObject_MakeTpCall: positional args in a tuple, keywords in a dict.
            this.argsTuple = PyTuple.pack(vm.heap, positional(args, nkw));
            if (nkw > 0) {
                kwargs = new PyDict();
                for (int i = 0; i < nkw; i++) {
                    kwargs.putStr(vm, Interned.str(kwnames[i]), args[args.length - nkw + i]);
                }
            }
            callArgs = new PyObject[args.length + 1];
            callArgs[0] = obj;
            System.arraycopy(argsTuple.items, 0, callArgs, 1, argsTuple.items.length);
            for (int i = 0; i < nkw; i++) callArgs[1 + argsTuple.items.length + i] = args[args.length - nkw + i];
        }

        @Override
        protected PyObject step(Vm vm, PyObject input) {
            if (!started) {
                started = true;
                // slot_tp_init holds the __init__ it looked up (HeldCallFrame keeps the
                // callable); with keywords, _PyStack_UnpackDict's array holds every argument.
                PyObject[] held = kwargs == null ? new PyObject[0] : callArgs;
                return vm.pushNative(new HeldCallFrame(vm.heap, init, callArgs, kwnames, held), RET_STEP);
            }
            if (input != PyNone.NONE) {
                throw Errors.type("__init__() should return None, not '" + input.type().name + "'");
            }
            PyObject o = obj;
            obj = null;
            return o;
        }

        @Override
        protected void release(Heap heap) {
            PyTuple a = argsTuple;
            argsTuple = null;
            heap.xdecref(a);
            PyDict k = kwargs;
            kwargs = null;
            heap.xdecref(k);
            PyObject o = obj;
            obj = null;
            heap.xdecref(o);
        }
    }
}
