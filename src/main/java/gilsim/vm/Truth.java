package gilsim.vm;

/** PyObject_IsTrue: None, zero, empty containers are false; classes use __bool__ then __len__. */
final class Truth {
    private Truth() {}

    static boolean isTrue(Vm vm, PyObject o) {
        if (o == PyBool.TRUE) return true;
        if (o == PyBool.FALSE || o == PyNone.NONE) return false;
        if (o instanceof PyInt i) return i.big != null || i.value != 0;
        if (o instanceof PyFloat f) return f.value != 0.0;
        if (o instanceof PyStr s) return !s.value.isEmpty();
        if (o instanceof PyList l) return l.size != 0;
        if (o instanceof PyTuple t) return t.items.length != 0;
        if (o instanceof PyDict d) return d.size() != 0;
        if (o instanceof PySet s) return s.size() != 0;
        if (o instanceof PyRange r) return r.length() != 0;
        if (o instanceof DictView v) return v.dict.size() != 0;
        PyType t = o.type();
        if (t.heapType) {
            PyObject b = t.lookup(Names.BOOL);
            if (b != null && !(b instanceof PyBuiltin)) {
                PyObject r = vm.callInline(b, new PyObject[] {o}, null, null);
                if (!(r instanceof PyBool)) {
                    throw Errors.type("__bool__ should return bool, returned " + r.type().name);
                }
                return r == PyBool.TRUE;
            }
            PyObject len = t.lookup(Names.LEN);
            if (len != null && !(len instanceof PyBuiltin)) {
                return Items.len(vm, o) != 0;
            }
        }
        return true;
    }
}
