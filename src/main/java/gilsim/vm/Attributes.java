package gilsim.vm;

/**
 * Attribute access (PyObject_GenericGetAttr, type_getattro, module_getattro, super_getattro):
 * data descriptors (property) first, then the instance dict, then class attributes — functions
 * become bound methods, classmethods bind to the class — then {@code __getattr__}.
 * {@link #getMethod} is LOAD_METHOD's lookup: it finds a plain function of the type without
 * creating a bound method (FACTS.md §1.4).
 */
final class Attributes {
    private Attributes() {}

    /** getattr(obj, name): a new reference, or AttributeError. */
    static PyObject get(Vm vm, PyObject obj, PyStr name) {
        PyObject v = find(vm, obj, name);
        if (v != null) return v;
        if (obj instanceof PyInstance && obj.type().heapType) {
            PyObject ga = obj.type().lookup(Names.GETATTR);
            if (ga != null && !(ga instanceof PyBuiltin)) {
                return vm.heap.newRef(vm.callInline(ga, new PyObject[] {obj, name}, null, null));
            }
        }
        throw missing(obj, name);
    }

    /** getattr without the AttributeError: a new reference or null (hasattr, getattr(o, n, d)). */
    static PyObject find(Vm vm, PyObject obj, PyStr name) {
        if (obj instanceof PyModule m) {
            PyObject v = m.dict.getStr(name);
            if (v != null) return vm.heap.newRef(v);
            return NativeAttributes.get(vm, obj, name.value);
        }
        if (obj instanceof PyType t) return typeAttribute(vm, t, name);
        if (obj instanceof PySuper s) return superAttribute(vm, s, name);
        PyType t = obj.type();
        PyObject descr = t.lookup(name);
        if (descr instanceof PyDescriptor d && d.kind == PyDescriptor.Kind.PROPERTY) {
            if (d.func == PyNone.NONE) throw Errors.attribute("property '" + name.value + "' of '" + t.name + "' object has no getter");
            return vm.heap.newRef(vm.callInline(d.func, new PyObject[] {obj}, null, null));
        }
        if (obj instanceof PyInstance inst) {
            if (inst.dict != null) {
                PyObject v = inst.dict.getStr(name);
                if (v == null && !inst.dict.inlineValues) v = inst.dict.get(vm, name);
                if (v != null) return vm.heap.newRef(v);
            }
        } else if (obj instanceof PyFunction f && f.dict != null) {
            PyObject v = f.dict.getStr(name);
            if (v != null) return vm.heap.newRef(v);
        }
        if (descr != null) return bind(vm, descr, obj, t);
        return NativeAttributes.get(vm, obj, name.value);
    }

    /** A class attribute seen through an instance: the descriptor protocol. */
    static PyObject bind(Vm vm, PyObject descr, PyObject obj, PyType t) {
        if (descr instanceof PyFunction) return new PyMethod(vm.heap, descr, obj);
        if (descr instanceof PyBuiltin b && b.isDescriptor()) return b.bind(vm.heap, obj);
        if (descr instanceof PyDescriptor d) {
            if (d.kind == PyDescriptor.Kind.STATICMETHOD) return vm.heap.newRef(d.func);
            if (d.kind == PyDescriptor.Kind.CLASSMETHOD) return new PyMethod(vm.heap, d.func, t);
        }
        return vm.heap.newRef(descr);
    }

    private static PyObject typeAttribute(Vm vm, PyType t, PyStr name) {
        PyObject special = NativeAttributes.get(vm, t, name.value);
        if (special != null) return special;
        PyObject descr = t.lookup(name);
        if (descr != null) {
            if (descr instanceof PyDescriptor d) {
                if (d.kind == PyDescriptor.Kind.STATICMETHOD) return vm.heap.newRef(d.func);
                if (d.kind == PyDescriptor.Kind.CLASSMETHOD) return new PyMethod(vm.heap, d.func, t);
            }
            return vm.heap.newRef(descr);
        }
        PyObject meta = Types.TYPE.lookup(name);
        if (meta != null) return bind(vm, meta, t, Types.TYPE);
        return null;
    }

    private static PyObject superAttribute(Vm vm, PySuper s, PyStr name) {
        PyObject descr = s.lookup(name);
        if (descr == null) return NativeAttributes.get(vm, s, name.value);
        if (s.self instanceof PyType st) {
            if (descr instanceof PyDescriptor d && d.kind == PyDescriptor.Kind.CLASSMETHOD) return new PyMethod(vm.heap, d.func, st);
            return vm.heap.newRef(descr);
        }
        return bind(vm, descr, s.self, s.self.type());
    }

    /**
     * LOAD_METHOD: a new reference to a method of obj's type that can be called with obj as
     * its first argument (a Python function or a built-in method descriptor), or null when the
     * attribute must be fetched the ordinary way.
     */
    static PyObject getMethod(Vm vm, PyObject obj, PyStr name) {
        if (obj instanceof PyType || obj instanceof PyModule || obj instanceof PySuper) return null;
        PyType t = obj.type();
        PyObject descr = t.lookup(name);
        if (descr instanceof PyFunction || (descr instanceof PyBuiltin b && b.isDescriptor())) {
            if (obj instanceof PyInstance inst && inst.dict != null && inst.dict.getStr(name) != null) return null;
            if (obj instanceof PyFunction f && f.dict != null && f.dict.getStr(name) != null) return null;
            return vm.heap.newRef(descr);
        }
        return null;
    }

    static PyRaise missing(PyObject obj, PyStr name) {
        if (obj instanceof PyType t) return Errors.attribute("type object '" + t.name + "' has no attribute '" + name.value + "'");
        if (obj instanceof PyModule m) return Errors.attribute("module '" + m.name + "' has no attribute '" + name.value + "'");
        if (obj instanceof PySuper) return Errors.attribute("'super' object has no attribute '" + name.value + "'");
        return Errors.attribute("'" + obj.type().name + "' object has no attribute '" + name.value + "'");
    }

    /** setattr(obj, name, value): the object takes a new reference. */
    static void set(Vm vm, PyObject obj, PyStr name, PyObject value) {
        if (obj instanceof PyInstance inst) {
            PyType t = obj.type();
            if (t.heapType) {
                PyObject sa = Arith.method(t, Names.SETATTR);
                if (sa != null) {
                    vm.callInline(sa, new PyObject[] {obj, name, value}, null, null);
                    return;
                }
                PyObject descr = t.lookup(name);
                if (descr instanceof PyDescriptor d && d.kind == PyDescriptor.Kind.PROPERTY) {
                    if (d.setter == PyNone.NONE) {
                        throw Errors.attribute("property '" + name.value + "' of '" + t.name + "' object has no setter");
                    }
                    vm.callInline(d.setter, new PyObject[] {obj, value}, null, null);
                    return;
                }
            }
            if (obj instanceof PyBaseException e && NativeAttributes.setException(vm, e, name.value, value)) return;
            if (obj instanceof PyThread th && (name.value.equals("name") || name.value.equals("daemon"))) {
                if (name.value.equals("name")) th.name = Repr.str(vm, value);
                else th.daemon = Truth.isTrue(vm, value);
                return;
            }
            if (!t.heapType) throw Errors.attribute("'" + t.name + "' object has no attribute '" + name.value + "'");
            inst.dict().putStr(vm, name, value);
            return;
        }
        if (obj instanceof PyType t) {
            if (!t.heapType) {
                throw Errors.type("cannot set '" + name.value + "' attribute of immutable type '" + t.name + "'");
            }
            if (NativeAttributes.setType(vm, t, name.value, value)) return;
            t.dict.putStr(vm, name, value);
            t.modified();
            return;
        }
        if (obj instanceof PyFunction f) {
            if (NativeAttributes.setFunction(vm, f, name.value, value)) return;
            f.dict().putStr(vm, name, value);
            return;
        }
        if (obj instanceof PyModule m) {
            m.dict.putStr(vm, name, value);
            return;
        }
        if (obj.type().lookup(name) != null) {
            throw Errors.attribute("'" + obj.type().name + "' object attribute '" + name.value + "' is read-only");
        }
        throw Errors.attribute("'" + obj.type().name + "' object has no attribute '" + name.value + "'");
    }

    /** delattr(obj, name). */
    static void delete(Vm vm, PyObject obj, PyStr name) {
        if (obj instanceof PyInstance inst) {
            PyType t = obj.type();
            PyObject da = t.heapType ? Arith.method(t, Names.DELATTR) : null;
            if (da != null) {
                vm.callInline(da, new PyObject[] {obj, name}, null, null);
                return;
            }
            if (inst.dict != null && inst.dict.delete(vm, name)) return;
            throw Errors.attribute("'" + t.name + "' object has no attribute '" + name.value + "'");
        }
        if (obj instanceof PyType t && t.heapType) {
            if (!t.dict.delete(vm, name)) throw missing(obj, name);
            t.modified();
            return;
        }
        if (obj instanceof PyModule m) {
            if (!m.dict.delete(vm, name)) throw missing(obj, name);
            return;
        }
        if (obj instanceof PyFunction f && f.dict != null && f.dict.delete(vm, name)) return;
        throw missing(obj, name);
    }

    /** The __name__ of a callable, for messages. */
    static String nameOf(PyObject f) {
        if (f instanceof PyFunction fn) return fn.name.value;
        if (f instanceof PyBuiltin b) return b.name;
        if (f instanceof PyType t) return t.name;
        if (f instanceof PyMethod m) return nameOf(m.func);
        return f.type().name;
    }
}
