package gilsim.vm;

import gilsim.vm.hashing.PyHash;

/** PyObject_Hash: hash() of any object, calling a class's {@code __hash__} when it has one. */
final class Hashing {
    private Hashing() {}

    static long hash(Vm vm, PyObject o) {
        if (o instanceof PyStr s) return s.hash();
        if (o instanceof PyInt i) return i.big == null ? PyHash.hashLong(i.value) : PyHash.hashBigInt(i.big);
        if (o instanceof PyFloat f) return PyHash.hashDouble(f.value, identity(vm, o));
        if (o instanceof PyTuple t) {
            long acc = PyHash.tupleStart();
            for (PyObject item : t.items) acc = PyHash.tupleStep(acc, hash(vm, item));
            return PyHash.tupleFinish(acc, t.items.length);
        }
        if (o instanceof PySet s) {
            if (!s.frozen) throw unhashable(o);
            if (s.hash != -1) return s.hash;
            s.hash = s.table.frozensetHash();
            return s.hash;
        }
        if (o instanceof PyList || o instanceof PyDict || o instanceof DictView) throw unhashable(o);
        if (o instanceof PyInstance) {
            PyType t = o.type();
            if (t.heapType) {
                PyObject h = t.lookup(Names.HASH);
                if (h == PyNone.NONE) throw unhashable(o);
                if (h != null && !(h instanceof PyBuiltin)) {
                    PyObject r = vm.callInline(h, new PyObject[] {o}, null, null);
                    if (!(r instanceof PyInt ri)) {
                        throw Errors.type("__hash__ method should return an integer");
                    }
                    long v = ri.big == null ? PyHash.hashLong(ri.value) : PyHash.hashBigInt(ri.big);
                    return v;
                }
            }
        }
        return identity(vm, o);
    }

    /** The hash of objects that hash by identity (object.__hash__ = _Py_HashPointer(id)). */
    static long identity(Vm vm, PyObject o) {
        long id = vm != null ? vm.id(o) : System.identityHashCode(o);
        return PyHash.hashPointer(id);
    }

    /** Hash of a constant (int, str, float, tuple of constants) while building code objects. */
    static long hashOfConstant(PyObject o) {
        return hash(null, o);
    }

    static PyRaise unhashable(PyObject o) {
        return Errors.type("unhashable type: '" + o.type().name + "'");
    }
}
