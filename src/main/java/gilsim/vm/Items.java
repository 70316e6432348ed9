package gilsim.vm;

/**
 * Subscripts, len() and {@code in}: PyObject_GetItem / SetItem / DelItem, PyObject_Size and
 * PySequence_Contains for the built-in containers, and the {@code __getitem__},
 * {@code __setitem__}, {@code __delitem__}, {@code __len__}, {@code __contains__} of classes.
 */
final class Items {
    private Items() {}

    static PyObject getItem(Vm vm, PyObject c, PyObject key) {
        if (c instanceof PyList l) {
            if (key instanceof PyInt i) return vm.heap.newRef(l.items[index(i, l.size, "list index out of range")]);
            if (key instanceof PySlice s) return ListOps.slice(vm, l, s);
            throw Errors.type("list indices must be integers or slices, not " + key.type().name);
        }
        if (c instanceof PyTuple t) {
            if (key instanceof PyInt i) return vm.heap.newRef(t.items[index(i, t.items.length, "tuple index out of range")]);
            if (key instanceof PySlice s) return TupleOps.slice(vm, t, s);
            throw Errors.type("tuple indices must be integers or slices, not " + key.type().name);
        }
        if (c instanceof PyDict d) {
            PyObject v = d.get(vm, key);
            if (v == null) throw Errors.key(key);
            return vm.heap.newRef(v);
        }
        if (c instanceof PyStr s) {
            if (key instanceof PyInt i) return Strings.charAt(vm, s, index(i, s.length(), "string index out of range"));
            if (key instanceof PySlice sl) return Strings.slice(vm, s, sl);
            throw Errors.type("string indices must be integers, not '" + key.type().name + "'");
        }
        if (c instanceof PyRange r) {
            if (key instanceof PyInt i) {
                long n = r.length();
                long k = i.big != null ? Long.MAX_VALUE : i.value;
                if (k < 0) k += n;
                if (k < 0 || k >= n) throw Errors.index("range object index out of range");
                return r.item(k);
            }
            if (key instanceof PySlice sl) {
                if (r.big != null) throw Errors.notImplemented("slicing a range beyond 64 bits is not supported in gilsim's Python");
                long[] ix = sl.indices(r.length());
                return new PyRange(r.get(ix[0]), r.get(ix[0]) + ix[3] * r.step * ix[2], r.step * ix[2]);
            }
            throw Errors.type("range indices must be integers or slices, not " + key.type().name);
        }
        PyType t = c.type();
        if (t.heapType) {
            PyObject m = Arith.method(t, Names.GETITEM);
            if (m != null) return vm.heap.newRef(vm.callInline(m, new PyObject[] {c, key}, null, null));
        }
        if (c instanceof PyType ct) {
            throw Errors.notImplemented("'" + ct.name + "[...]' (generic alias types) is not supported in gilsim's Python");
        }
        throw Errors.notA(c, "subscriptable");
    }

    /** A Python index into a sequence of length n (negative counts from the end). */
    static int index(PyInt i, int n, String outOfRange) {
        if (i.big != null) throw Errors.index(outOfRange);
        long k = i.value;
        if (k < 0) k += n;
        if (k < 0 || k >= n) throw Errors.index(outOfRange);
        return (int) k;
    }

    static void setItem(Vm vm, PyObject c, PyObject key, PyObject value) {
        if (c instanceof PyList l) {
            if (key instanceof PyInt i) {
                int k = index(i, l.size, "list assignment index out of range");
                PyObject old = l.items[k];
                l.items[k] = vm.heap.newRef(value);
                vm.heap.decref(old);
                return;
            }
            if (key instanceof PySlice s) {
                ListOps.setSlice(vm, l, s, value);
                return;
            }
            throw Errors.type("list indices must be integers or slices, not " + key.type().name);
        }
        if (c instanceof PyDict d) {
            d.put(vm, key, value);
            return;
        }
        PyType t = c.type();
        if (t.heapType) {
            PyObject m = Arith.method(t, Names.SETITEM);
            if (m != null) {
                vm.callInline(m, new PyObject[] {c, key, value}, null, null);
                return;
            }
        }
        throw Errors.type("'" + t.name + "' object does not support item assignment");
    }

    static void delItem(Vm vm, PyObject c, PyObject key) {
        if (c instanceof PyList l) {
            if (key instanceof PyInt i) {
                int k = index(i, l.size, "list assignment index out of range");
                vm.heap.decref(l.removeAt(k));
                return;
            }
            if (key instanceof PySlice s) {
                ListOps.deleteSlice(vm, l, s);
                return;
            }
            throw Errors.type("list indices must be integers or slices, not " + key.type().name);
        }
        if (c instanceof PyDict d) {
            if (!d.delete(vm, key)) throw Errors.key(key);
            return;
        }
        PyType t = c.type();
        if (t.heapType) {
            PyObject m = Arith.method(t, Names.DELITEM);
            if (m != null) {
                vm.callInline(m, new PyObject[] {c, key}, null, null);
                return;
            }
        }
        throw Errors.type("'" + t.name + "' object doesn't support item deletion");
    }

    static long len(Vm vm, PyObject o) {
        if (o instanceof PyList l) return l.size;
        if (o instanceof PyTuple t) return t.items.length;
        if (o instanceof PyStr s) return s.length();
        if (o instanceof PyDict d) return d.size();
        if (o instanceof PySet s) return s.size();
        if (o instanceof PyRange r) return r.length();
        if (o instanceof DictView v) return v.dict.size();
        PyType t = o.type();
        if (t.heapType) {
            PyObject m = Arith.method(t, Names.LEN);
            if (m != null) {
                PyObject r = vm.callInline(m, new PyObject[] {o}, null, null);
                if (!(r instanceof PyInt i)) {
                    throw Errors.type("'" + r.type().name + "' object cannot be interpreted as an integer");
                }
                if (i.signum() < 0) throw Errors.value("__len__() should return >= 0");
                if (i.big != null) throw Errors.overflow("cannot fit 'int' into an index-sized integer");
                return i.value;
            }
        }
        throw Errors.type("object of type '" + t.name + "' has no len()");
    }

    /** Whether {@code in} must iterate the container running Python code (a generator, a class with only __iter__). */
    static boolean searchesByIteration(PyObject c) {
        if (c instanceof PyIterator it) return !it.isSync() || !(c instanceof SequenceIterator || c instanceof RangeIterator);
        PyType t = c.type();
        return t.heapType && Arith.method(t, Names.CONTAINS) == null
                && (Arith.method(t, Names.ITER) != null || Arith.method(t, Names.GETITEM) != null);
    }

    /** item in container. */
    static boolean contains(Vm vm, PyObject c, PyObject item) {
        if (c instanceof PyList l) {
            for (int i = 0; i < l.size; i++) if (Compare.eqHeld(vm, l.items[i], item)) return true;
            return false;
        }
        if (c instanceof PyTuple t) {
            for (PyObject x : t.items) if (Compare.eqForLookup(vm, x, item)) return true;
            return false;
        }
        if (c instanceof PyDict d) return d.containsKey(vm, item);
        if (c instanceof PySet s) {
            return s.contains(vm, item);
        }
        if (c instanceof PyStr s) {
            if (!(item instanceof PyStr sub)) {
                throw Errors.type("'in <string>' requires string as left operand, not " + item.type().name);
            }
            return s.value.contains(sub.value);
        }
        if (c instanceof PyRange r) {
            if (r.big != null) {
                for (long k = 0; k < r.length(); k++) {
                    PyInt v = r.item(k);
                    boolean eq = Compare.eqForLookup(vm, v, item);
                    vm.heap.decref(v);
                    if (eq) return true;
                }
                return false;
            }
            if (item instanceof PyInt i && i.big == null && !(item instanceof PyBool)) {
                long v = i.value;
                if (r.length() == 0) return false;
                long last = r.get(r.length() - 1);
                boolean inRange = r.step > 0 ? v >= r.start && v <= last : v <= r.start && v >= last;
                return inRange && (v - r.start) % r.step == 0;
            }
            if (item instanceof PyFloat f && f.value == Math.rint(f.value) && Math.abs(f.value) < 9e18) {
                return contains(vm, r, PyInt.smallBorrowedOr((long) f.value));
            }
            return false;
        }
        if (c instanceof DictView v) {
            if (v.kind == DictView.KEYS) return v.dict.containsKey(vm, item);
            for (int e = v.dict.nextEntry(0); e >= 0; e = v.dict.nextEntry(e + 1)) {
                PyObject x = v.kind == DictView.VALUES ? v.dict.valueAt(e) : null;
                if (x != null && Compare.eqForLookup(vm, x, item)) return true;
                if (v.kind == DictView.ITEMS && item instanceof PyTuple t && t.items.length == 2
                        && Compare.eqForLookup(vm, v.dict.keyAt(e), t.items[0])
                        && Compare.eqForLookup(vm, v.dict.valueAt(e), t.items[1])) {
                    return true;
                }
            }
            return false;
        }
        PyType t = c.type();
        if (t.heapType) {
            PyObject m = Arith.method(t, Names.CONTAINS);
            if (m != null) return Truth.isTrue(vm, vm.callInline(m, new PyObject[] {c, item}, null, null));
        }
        if (Iteration.isIterable(vm, c)) {
            throw Errors.notImplemented("'in' on a generator or iterator class is not supported in gilsim's Python;"
                    + " convert it with list() first");
        }
        throw Errors.type("argument of type '" + t.name + "' is not iterable");
    }
}
