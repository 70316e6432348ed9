package gilsim.vm;

/** Calling the built-in types: int(...), list(...), range(...), ... (their tp_new + tp_init). */
final class Constructors {
    private Constructors() {}

    static void install() {
        Types.INT.constructor = Constructors::newInt;
        Types.BOOL.constructor = (vm, a, k) -> {
            new ArgParser("bool", a, k).noKeywords().between(0, 1);
            return PyBool.of(a.length == 1 && Truth.isTrue(vm, a[0]));
        };
        Types.FLOAT.constructor = Constructors::newFloat;
        Types.STR.constructor = (vm, a, k) -> {
            ArgParser p = new ArgParser("str", a, k).keywords("object");
            if (p.npos > 1) throw Errors.notImplemented("str(bytes, encoding) is not supported in gilsim's Python");
            PyObject o = p.get(0, "object");
            if (o == null) return Interned.strRef(vm, "");
            if (o instanceof PyStr) return vm.heap.newRef(o);
            return new PyStr(Repr.str(vm, o));
        };
        Types.LIST.constructor = (vm, a, k) -> {
            new ArgParser("list", a, k).noKeywords().between(0, 1);
            if (a.length == 0) return new PyList();
            return Consumers.toList(vm, a[0]);
        };
        Types.TUPLE.constructor = (vm, a, k) -> {
            new ArgParser("tuple", a, k).noKeywords().between(0, 1);
            if (a.length == 0) return vm.heap.newRef(PyTuple.EMPTY);
            return Consumers.toTuple(vm, a[0]);
        };
        Types.DICT.constructor = Constructors::newDict;
        Types.SET.constructor = (vm, a, k) -> newSet(vm, a, k, false);
        Types.FROZENSET.constructor = (vm, a, k) -> newSet(vm, a, k, true);
        Types.RANGE.constructor = Constructors::newRange;
        Types.SLICE.constructor = (vm, a, k) -> {
            new ArgParser("slice", a, k).noKeywords().between(1, 3);
            Heap h = vm.heap;
            if (a.length == 1) return new PySlice(h.newRef(PyNone.NONE), h.newRef(a[0]), h.newRef(PyNone.NONE));
            return new PySlice(h.newRef(a[0]), h.newRef(a[1]), h.newRef(a.length > 2 ? a[2] : PyNone.NONE));
        };
        Types.OBJECT_TYPE.constructor = (vm, a, k) -> {
            if (a.length > 0) throw Errors.type("object() takes no arguments");
            return new PyInstance(vm.heap, Types.OBJECT_TYPE);
        };
        Types.TYPE.constructor = (vm, a, k) -> {
            if (a.length == 1 && (k == null || k.length == 0)) return vm.heap.newRef(a[0].type());
            if (a.length == 3) return BuildClass.newClass(vm, a[0], a[1], a[2]);
            throw Errors.type("type() takes 1 or 3 arguments");
        };
        Types.ENUMERATE.constructor = (vm, a, k) -> {
            ArgParser p = new ArgParser("enumerate", a, k).keywords("iterable", "start");
            PyObject iterable = p.get(0, "iterable");
            if (iterable == null) throw Errors.type("enumerate() missing required argument 'iterable' (pos 1)");
            PyObject start = p.get(1, "start");
            long st = start == null ? 0 : ArgParser.toLong(start, "enumerate");
            return new EnumerateIterator(vm, Iteration.getIter(vm, iterable), st);
        };
        Types.ZIP.constructor = (vm, a, k) -> {
            ArgParser p = new ArgParser("zip", a, k).keywords("strict");
            PyObject[] its = new PyObject[p.npos];
            try {
                for (int i = 0; i < p.npos; i++) its[i] = Iteration.getIter(vm, a[i]);
            } catch (PyRaise e) {
                for (PyObject o : its) vm.heap.xdecref(o);
                throw e;
            }
            return new ZipIterator(vm, its);
        };
        Types.MAP.constructor = (vm, a, k) -> {
            new ArgParser("map", a, k).noKeywords();
            if (a.length < 2) throw Errors.type("map() must have at least two arguments.");
            PyObject[] its = new PyObject[a.length - 1];
            try {
                for (int i = 1; i < a.length; i++) its[i - 1] = Iteration.getIter(vm, a[i]);
            } catch (PyRaise e) {
                for (PyObject o : its) vm.heap.xdecref(o);
                throw e;
            }
            return new MapIterator(vm.heap, a[0], its);
        };
        Types.FILTER.constructor = (vm, a, k) -> {
            new ArgParser("filter", a, k).noKeywords().between(2, 2);
            return new FilterIterator(vm.heap, a[0], Iteration.getIter(vm, a[1]));
        };
        Types.REVERSED.constructor = Constructors::newReversed;
        Types.SUPER.constructor = Constructors::newSuper;
        Types.STATICMETHOD.constructor = (vm, a, k) -> {
            new ArgParser("staticmethod", a, k).noKeywords().between(1, 1);
            return new PyDescriptor(vm.heap, PyDescriptor.Kind.STATICMETHOD, a[0]);
        };
        Types.CLASSMETHOD.constructor = (vm, a, k) -> {
            new ArgParser("classmethod", a, k).noKeywords().between(1, 1);
            return new PyDescriptor(vm.heap, PyDescriptor.Kind.CLASSMETHOD, a[0]);
        };
        Types.PROPERTY.constructor = (vm, a, k) -> {
            ArgParser p = new ArgParser("property", a, k).keywords("fget", "fset", "fdel", "doc");
            PyObject g = p.get(0, "fget");
            PyDescriptor d = new PyDescriptor(vm.heap, PyDescriptor.Kind.PROPERTY, g == null ? PyNone.NONE : g);
            PyObject s = p.get(1, "fset");
            if (s != null) d.setter = setRef(vm, d.setter, s);
            PyObject del = p.get(2, "fdel");
            if (del != null) d.deleter = setRef(vm, d.deleter, del);
            return d;
        };
        Builtins.method(Types.PROPERTY, "setter", (vm, a, k) -> propertyWith(vm, a, 1));
        Builtins.method(Types.PROPERTY, "getter", (vm, a, k) -> propertyWith(vm, a, 0));
        Builtins.method(Types.PROPERTY, "deleter", (vm, a, k) -> propertyWith(vm, a, 2));
    }

    private static PyObject setRef(Vm vm, PyObject old, PyObject v) {
        vm.heap.incref(v);
        vm.heap.decref(old);
        return v;
    }

    private static PyObject propertyWith(Vm vm, PyObject[] a, int which) {
        PyDescriptor old = (PyDescriptor) a[0];
        PyDescriptor d = new PyDescriptor(vm.heap, PyDescriptor.Kind.PROPERTY, which == 0 ? a[1] : old.func);
        d.setter = setRef(vm, d.setter, which == 1 ? a[1] : old.setter);
        d.deleter = setRef(vm, d.deleter, which == 2 ? a[1] : old.deleter);
        return d;
    }

    static PyObject newInt(Vm vm, PyObject[] a, String[] k) {
        ArgParser p = new ArgParser("int", a, k).keywords("base");
        if (p.npos > 2) throw Errors.type("int() takes at most 2 arguments (" + p.npos + " given)");
        PyObject x = p.get(0, "x");
        PyObject baseObj = p.get(1, "base");
        if (x == null) {
            if (baseObj != null) throw Errors.type("int() missing string argument");
            return PyInt.of(0);
        }
        if (baseObj != null) {
            long base = ArgParser.toLong(baseObj, "int");
            if (!(x instanceof PyStr s)) throw Errors.type("int() can't convert non-string with explicit base");
            if (base != 0 && (base < 2 || base > 36)) throw Errors.value("int() base must be >= 2 and <= 36, or 0");
            return IntParse.parse(s.value, (int) base);
        }
        if (x instanceof PyInt i) return x instanceof PyBool ? PyInt.of(i.value) : vm.heap.newRef(x);
        if (x instanceof PyFloat f) return floatToInt(f.value);
        if (x instanceof PyStr s) return IntParse.parse(s.value, 10);
        if (x.type().heapType) {
            for (PyStr name : new PyStr[] {Names.INT, Names.INDEX}) {
                PyObject m = Arith.method(x.type(), name);
                if (m != null) {
                    PyObject r = vm.callInline(m, new PyObject[] {x}, null, null);
                    if (!(r instanceof PyInt)) throw Errors.type("__int__ returned non-int (type " + r.type().name + ")");
                    return vm.heap.newRef(r);
                }
            }
        }
        throw Errors.type("int() argument must be a string, a bytes-like object or a real number, not '" + x.type().name + "'");
    }

    static PyInt floatToInt(double v) {
        if (Double.isNaN(v)) throw Errors.value("cannot convert float NaN to integer");
        if (Double.isInfinite(v)) throw Errors.overflow("cannot convert float infinity to integer");
        if (Math.abs(v) < 9.0e18) return PyInt.of((long) v);
        return PyInt.of(new java.math.BigDecimal(v).toBigInteger());
    }

    static PyObject newFloat(Vm vm, PyObject[] a, String[] k) {
        new ArgParser("float", a, k).noKeywords().between(0, 1);
        if (a.length == 0) return new PyFloat(0.0);
        PyObject x = a[0];
        if (x instanceof PyFloat) return vm.heap.newRef(x);
        if (x instanceof PyInt i) return new PyFloat(IntMath.toDouble(i));
        if (x instanceof PyStr s) return new PyFloat(IntParse.parseFloat(s.value));
        if (x.type().heapType) {
            PyObject m = Arith.method(x.type(), Names.FLOAT);
            if (m != null) {
                PyObject r = vm.callInline(m, new PyObject[] {x}, null, null);
                if (!(r instanceof PyFloat)) throw Errors.type(x.type().name + ".__float__ returned non-float (type " + r.type().name + ")");
                return vm.heap.newRef(r);
            }
        }
        throw Errors.type("float() argument must be a string or a real number, not '" + x.type().name + "'");
    }

    static PyObject newDict(Vm vm, PyObject[] a, String[] k) {
        ArgParser p = new ArgParser("dict", a, k);
        if (p.npos > 1) throw Errors.type("dict expected at most 1 argument, got " + p.npos);
        if (p.npos == 1 && !(a[0] instanceof PyDict) && !Iteration.isSyncIterable(a[0]) && Iteration.isIterable(vm, a[0])) {
            // dict(generator): collect the pairs, then build (the keywords after them).
            PyObject[] kwValues = new PyObject[k == null ? 0 : k.length];
            System.arraycopy(a, 1, kwValues, 0, kwValues.length);
            return Consumer.start(vm, it -> new Consumers.Collect("dict", it) {
                @Override
                protected PyObject finish(Vm vm) {
                    PyObject[] items = takeItems();
                    PyList pairs = new PyList(items, items.length);
                    try {
                        PyObject[] args = new PyObject[1 + kwValues.length];
                        args[0] = pairs;
                        System.arraycopy(kwValues, 0, args, 1, kwValues.length);
                        return newDict(vm, args, k);
                    } finally {
                        vm.heap.decref(pairs);
                    }
                }
            }, a[0]);
        }
        PyDict d = new PyDict();
        try {
            if (p.npos == 1) DictMethods.updateFrom(vm, d, a[0]);
            for (int i = 0; kwnamesLen(k) > i; i++) d.putStr(vm, Interned.str(k[i]), a[p.npos + i]);
        } catch (RuntimeException e) {
            vm.heap.decref(d);
            throw e;
        }
        return d;
    }

    private static int kwnamesLen(String[] k) { return k == null ? 0 : k.length; }

    static PyObject newSet(Vm vm, PyObject[] a, String[] k, boolean frozen) {
        String name = frozen ? "frozenset" : "set";
        new ArgParser(name, a, k).noKeywords().between(0, 1);
        if (frozen && a.length == 1 && a[0] instanceof PySet s && s.frozen) return vm.heap.newRef(a[0]);
        if (a.length == 0) return new PySet(frozen);
        PyObject src = a[0];
        if (Iteration.isSyncIterable(src)) {
            PySet s = new PySet(frozen);
            try {
                SetOps.updateSync(vm, s, src);
            } catch (RuntimeException e) {
                vm.heap.decref(s);
                throw e;
            }
            return s;
        }
        return Consumer.start(vm, it -> new Consumer(name, it) {
            PySet s = new PySet(frozen);

            @Override
            protected boolean accept(Vm vm, PyObject item) {
                s.add(vm, item);
                return true;
            }

            @Override
            protected PyObject finish(Vm vm) {
                PySet r = s;
                s = null;
                return r;
            }

            @Override
            protected void release(Heap heap) {
                heap.xdecref(s);
                s = null;
                super.release(heap);
            }
        }, src);
    }

    static PyObject newRange(Vm vm, PyObject[] a, String[] k) {
        new ArgParser("range", a, k).noKeywords().between(1, 3);
        for (PyObject x : a) {
            if (!(x instanceof PyInt)) throw Errors.type("'" + x.type().name + "' object cannot be interpreted as an integer");
        }
        PyInt zero = PyInt.smallBorrowed(0);
        PyInt one = PyInt.smallBorrowed(1);
        if (a.length == 1) return PyRange.of(zero, (PyInt) a[0], one);
        PyInt step = a.length == 3 ? (PyInt) a[2] : one;
        if (step.signum() == 0) throw Errors.value("range() arg 3 must not be zero");
        return PyRange.of((PyInt) a[0], (PyInt) a[1], step);
    }

    static PyObject newReversed(Vm vm, PyObject[] a, String[] k) {
        new ArgParser("reversed", a, k).noKeywords().between(1, 1);
        PyObject o = a[0];
        if (o instanceof PyList || o instanceof PyTuple || o instanceof PyStr) return new SequenceIterator(vm.heap, o, true);
        if (o instanceof PyRange r) {
            long n = r.length();
            if (r.big != null) throw Errors.notImplemented("reversed() of a range beyond 64 bits is not supported in gilsim's Python");
            return new RangeIterator(n == 0 ? r.start : r.get(n - 1), n, -r.step);
        }
        if (o instanceof PyDict d) {
            PyObject[] keys = new PyObject[d.size()];
            int i = keys.length;
            for (int e = d.nextEntry(0); e >= 0; e = d.nextEntry(e + 1)) keys[--i] = vm.heap.newRef(d.keyAt(e));
            PyList l = new PyList(keys, keys.length);
            PyObject it = new SequenceIterator(vm.heap, l, false);
            vm.heap.decref(l);
            return it;
        }
        if (o.type().heapType) {
            PyObject m = Arith.method(o.type(), Names.REVERSED);
            if (m != null) return vm.heap.newRef(vm.callInline(m, new PyObject[] {o}, null, null));
            if (Arith.method(o.type(), Names.LEN) != null && Arith.method(o.type(), Names.GETITEM) != null) {
                throw Errors.notImplemented("reversed() of a class with __len__/__getitem__ is not supported in gilsim's Python");
            }
        }
        throw Errors.type("'" + o.type().name + "' object is not reversible");
    }

    /** super() (zero-argument form: the caller's first argument and its __class__ cell) and super(type, obj). */
    static PyObject newSuper(Vm vm, PyObject[] a, String[] k) {
        new ArgParser("super", a, k).noKeywords().between(0, 2);
        if (a.length == 2) {
            if (!(a[0] instanceof PyType t)) throw Errors.type("super() argument 1 must be a type, not " + a[0].type().name);
            return new PySuper(vm.heap, t, a[1]);
        }
        if (a.length == 1) throw Errors.notImplemented("super() with one argument is not supported in gilsim's Python");
        PyFrame f = BuiltinFunctions.callerFrame(vm);
        PyCode co = f.code;
        if (co.argcount == 0) throw Errors.runtime("super(): no arguments");
        PyObject self = f.fast[0];
        if (self == null) {
            int[] c2a = co.unit.cell2arg();
            for (int i = 0; c2a != null && i < c2a.length; i++) {
                if (c2a[i] == 0 && f.fast[co.nlocals + i] instanceof PyCell c) self = c.contents;
            }
        }
        if (self instanceof PyCell c && co.localsplusNames[0] == co.localsplusNames[co.nlocals]) self = c.contents;
        if (self == null) throw Errors.runtime("super(): arg[0] deleted");
        PyType cls = null;
        for (int i = co.nlocals + co.ncells; i < co.localsplusNames.length; i++) {
            if (co.localsplusNames[i].value.equals("__class__") && f.fast[i] instanceof PyCell c) {
                if (c.contents == null) throw Errors.runtime("super(): empty __class__ cell");
                cls = (PyType) c.contents;
            }
        }
        if (cls == null) throw Errors.runtime("super(): __class__ cell not found");
        return new PySuper(vm.heap, cls, self);
    }
}
