package gilsim.vm;

/** Default reprs of objects that are not containers or numbers ({@code <function f at 0x...>}). */
final class ObjectRepr {
    private ObjectRepr() {}

    static String address(Vm vm, PyObject o) {
        return "0x" + Long.toHexString(vm.id(o));
    }

    static String repr(Vm vm, PyObject o) {
        if (o instanceof PyType t) {
            return "builtins".equals(t.module) ? "<class '" + t.name + "'>" : "<class '" + t.module + "." + t.qualname + "'>";
        }
        if (o instanceof PyBaseException e) return Repr.exceptionRepr(vm, e);
        if (o instanceof PyFunction f) return "<function " + f.qualname.value + " at " + address(vm, o) + ">";
        if (o instanceof PyMethod m) {
            String fname = m.func instanceof PyFunction f ? f.qualname.value : String.valueOf(Attributes.nameOf(m.func));
            return "<bound method " + fname + " of " + Repr.repr(vm, m.self) + ">";
        }
        if (o instanceof PyBuiltin b) {
            if (b.isDescriptor()) return "<method '" + b.name + "' of '" + b.owner.name + "' objects>";
            if (b.self != null && !(b.self instanceof PyModule)) {
                return "<built-in method " + b.name + " of " + b.self.type().name + " object at " + address(vm, b.self) + ">";
            }
            return "<built-in function " + b.name + ">";
        }
        if (o instanceof PyModule m) {
            return m.builtin ? "<module '" + m.name + "' (built-in)>" : "<module '" + m.name + "'>";
        }
        if (o instanceof PyRange r) return r.reprText();
        if (o instanceof PySlice s) {
            return "slice(" + Repr.repr(vm, s.start) + ", " + Repr.repr(vm, s.stop) + ", " + Repr.repr(vm, s.step) + ")";
        }
        if (o instanceof PyGenerator g) return "<generator object " + g.qualname + " at " + address(vm, o) + ">";
        if (o instanceof PyCell c) {
            if (c.contents == null) return "<cell at " + address(vm, o) + ": empty>";
            return "<cell at " + address(vm, o) + ": " + c.contents.type().name + " object at " + address(vm, c.contents) + ">";
        }
        if (o instanceof PyCode c) {
            return "<code object " + c.name.value + " at " + address(vm, o) + ", file \"" + c.filename + "\", line " + c.unit.firstLine() + ">";
        }
        if (o instanceof PyLock l) {
            return "<" + (l.locked() ? "locked" : "unlocked") + " _thread.lock object at " + address(vm, o) + ">";
        }
        if (o instanceof PyThread t) return t.repr();
        if (o instanceof PySuper s) {
            return "<super: <class '" + s.startType.name + "'>, <" + s.self.type().name + " object>>";
        }
        if (o instanceof PyFrame f) {
            return "<frame at " + address(vm, o) + ", file '" + f.code.filename + "', line " + f.line() + ", code " + f.code.name.value + ">";
        }
        PyType t = o.type();
        String name = "builtins".equals(t.module) ? t.name : t.module + "." + t.qualname;
        return "<" + name + " object at " + address(vm, o) + ">";
    }
}
