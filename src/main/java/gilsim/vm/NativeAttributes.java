package gilsim.vm;

/**
 * Attributes that built-in objects compute rather than store (CPython's getset descriptors and
 * member descriptors): {@code __class__}, {@code __name__}, {@code __dict__}, an exception's
 * {@code args} and {@code __traceback__}, a range's {@code start}, ... A new reference or null.
 */
final class NativeAttributes {
    private NativeAttributes() {}

    static PyObject get(Vm vm, PyObject obj, String name) {
        Heap heap = vm.heap;
        if (name.equals("__class__")) return heap.newRef(obj.type());
        if (obj instanceof PyType t) return typeAttr(vm, t, name);
        if (obj instanceof PyBaseException e) {
            switch (name) {
                case "args": return heap.newRef(e.args);
                case "__traceback__": return heap.newRef(e.traceback != null ? e.traceback : PyNone.NONE);
                case "__cause__": return heap.newRef(e.cause != null ? e.cause : PyNone.NONE);
                case "__context__": return heap.newRef(e.context != null ? e.context : PyNone.NONE);
                case "__suppress_context__": return PyBool.of(e.suppressContext);
                case "value":
                    if (e.type().isSubtypeOf(Types.STOP_ITERATION)) {
                        return heap.newRef(e.args.size() > 0 ? e.args.items[0] : PyNone.NONE);
                    }
                    return null;
                default: break;
            }
        }
        if (obj instanceof PyInstance inst && name.equals("__dict__")) {
            PyDict d = inst.dict();
            d.inlineValues = false;
            return heap.newRef(d);
        }
        if (obj instanceof PyFunction f) {
            switch (name) {
                case "__name__": return heap.newRef(f.name);
                case "__qualname__": return heap.newRef(f.qualname);
                case "__doc__": return heap.newRef(f.doc);
                case "__module__": return heap.newRef(f.module);
                case "__defaults__": return heap.newRef(f.defaults != null ? f.defaults : PyNone.NONE);
                case "__kwdefaults__": return heap.newRef(f.kwdefaults != null ? f.kwdefaults : PyNone.NONE);
                case "__closure__": return heap.newRef(f.closure != null ? f.closure : PyNone.NONE);
                case "__code__": return heap.newRef(f.code);
                case "__globals__": return heap.newRef(f.globals);
                case "__dict__": return heap.newRef(f.dict());
                default: return null;
            }
        }
        if (obj instanceof PyMethod m) {
            switch (name) {
                case "__self__": return heap.newRef(m.self);
                case "__func__": return heap.newRef(m.func);
                case "__name__": case "__qualname__": case "__doc__": case "__module__":
                    return Attributes.find(vm, m.func, Interned.str(name));
                default: return null;
            }
        }
        if (obj instanceof PyBuiltin b) {
            switch (name) {
                case "__name__": return new PyStr(b.name);
                case "__qualname__": return new PyStr(b.owner != null ? b.owner.name + "." + b.name : b.name);
                case "__self__": return heap.newRef(b.self != null ? b.self : PyNone.NONE);
                case "__doc__": return heap.newRef(PyNone.NONE);
                default: return null;
            }
        }
        if (obj instanceof PyModule m && name.equals("__dict__")) return heap.newRef(m.dict);
        if (obj instanceof PyRange r) {
            switch (name) {
                case "start": return r.startObj();
                case "stop": return r.stopObj();
                case "step": return r.stepObj();
                default: return null;
            }
        }
        if (obj instanceof PySlice s) {
            switch (name) {
                case "start": return heap.newRef(s.start);
                case "stop": return heap.newRef(s.stop);
                case "step": return heap.newRef(s.step);
                default: return null;
            }
        }
        if (obj instanceof PyInt i) {
            switch (name) {
                case "real": case "numerator": return PyInt.of(i.toBig());
                case "imag": return PyInt.of(0);
                case "denominator": return PyInt.of(1);
                default: return null;
            }
        }
        if (obj instanceof PyFloat f) {
            switch (name) {
                case "real": return new PyFloat(f.value);
                case "imag": return new PyFloat(0.0);
                default: return null;
            }
        }
        if (obj instanceof PyGenerator g) {
            switch (name) {
                case "__name__": return heap.newRef(g.name);
                case "__qualname__": return heap.newRef(g.qualname);
                case "gi_running": return PyBool.of(g.running);
                default: return null;
            }
        }
        if (obj instanceof PyCell c && name.equals("cell_contents")) {
            if (c.contents == null) throw Errors.value("Cell is empty");
            return heap.newRef(c.contents);
        }
        if (obj instanceof PyDescriptor d) {
            switch (name) {
                case "__func__": case "fget": return heap.newRef(d.func);
                case "fset": return heap.newRef(d.setter);
                case "fdel": return heap.newRef(d.deleter);
                default: return null;
            }
        }
        if (obj instanceof PyThread t) return t.attribute(vm, name);
        if (obj instanceof PyCode c) {
            switch (name) {
                case "co_name": return heap.newRef(c.name);
                case "co_qualname": return heap.newRef(c.qualname);
                case "co_filename": return new PyStr(c.filename);
                case "co_argcount": return PyInt.of(c.argcount);
                case "co_firstlineno": return PyInt.of(c.unit.firstLine());
                default: return null;
            }
        }
        if (obj instanceof PyFrame fr) {
            switch (name) {
                case "f_code": return heap.newRef(fr.code);
                case "f_lineno": return PyInt.of(fr.line());
                case "f_globals": return heap.newRef(fr.globals);
                case "f_locals":
                    if (fr.locals != null) return heap.newRef(fr.locals);
                    PyDict d = new PyDict();
                    for (int i = 0; i < fr.fast.length; i++) {
                        PyObject v = fr.fast[i];
                        if (v instanceof PyCell c && i >= fr.code.nlocals) v = c.contents;
                        if (v != null) d.putStr(vm, fr.code.localsplusNames[i], v);
                    }
                    return d;
                default: return null;
            }
        }
        if (obj instanceof PyTraceback tb) {
            switch (name) {
                case "tb_lineno": return PyInt.of(tb.lineno);
                case "tb_next": return heap.newRef(tb.next != null ? tb.next : PyNone.NONE);
                case "tb_frame": return heap.newRef(tb.frame);
                default: return null;
            }
        }
        return null;
    }

    private static PyObject typeAttr(Vm vm, PyType t, String name) {
        Heap heap = vm.heap;
        switch (name) {
            case "__name__": return new PyStr(t.name);
            case "__qualname__": return new PyStr(t.qualname);
            case "__module__": {
                PyObject m = t.dict.getStr(Names.MODULE);
                return m != null ? heap.newRef(m) : new PyStr(t.module);
            }
            case "__doc__": {
                PyObject d = t.dict.getStr(Names.DOC);
                return heap.newRef(d != null ? d : PyNone.NONE);
            }
            case "__base__": return heap.newRef(t.base != null ? t.base : PyNone.NONE);
            case "__bases__":
                return t.base == null ? heap.newRef(PyTuple.EMPTY) : PyTuple.pack(heap, t.base);
            case "__mro__": return PyTuple.pack(heap, t.mro);
            case "__dict__": return DictOps.copy(vm, t.dict);
            default: return null;
        }
    }

    static boolean setException(Vm vm, PyBaseException e, String name, PyObject value) {
        Heap heap = vm.heap;
        switch (name) {
            case "args": {
                PyTuple old = e.args;
                e.args = (PyTuple) Iteration.toTuple(vm, value);
                heap.xdecref(old);
                return true;
            }
            case "__traceback__":
                e.setTraceback(heap, value == PyNone.NONE ? null : (PyTraceback) value);
                return true;
            case "__cause__":
                e.setCause(heap, value == PyNone.NONE ? null : (PyBaseException) value);
                e.suppressContext = true;
                return true;
            case "__context__":
                e.setContext(heap, value == PyNone.NONE ? null : (PyBaseException) value);
                return true;
            case "__suppress_context__":
                e.suppressContext = Truth.isTrue(vm, value);
                return true;
            default:
                return false;
        }
    }

    static boolean setType(Vm vm, PyType t, String name, PyObject value) {
        if (name.equals("__name__") && value instanceof PyStr) {
            throw Errors.notImplemented("renaming a class is not supported in gilsim's Python");
        }
        return false;
    }

    static boolean setFunction(Vm vm, PyFunction f, String name, PyObject value) {
        Heap heap = vm.heap;
        switch (name) {
            case "__name__": {
                PyStr old = f.name;
                f.name = (PyStr) heap.newRef(value);
                heap.decref(old);
                return true;
            }
            case "__qualname__": {
                PyStr old = f.qualname;
                f.qualname = (PyStr) heap.newRef(value);
                heap.decref(old);
                return true;
            }
            case "__doc__": {
                PyObject old = f.doc;
                f.doc = heap.newRef(value);
                heap.xdecref(old);
                return true;
            }
            case "__defaults__": {
                PyTuple old = f.defaults;
                f.defaults = value == PyNone.NONE ? null : (PyTuple) heap.newRef(value);
                heap.xdecref(old);
                return true;
            }
            default:
                return false;
        }
    }
}
