package gilsim.vm;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The built-in functions that are not type constructors or reducers (Python/bltinmodule.c). */
final class BuiltinFunctions {
    private BuiltinFunctions() {}

    static void install(Vm vm, PyDict d) {
        Builtins.fn(vm, d, "print", BuiltinFunctions::print);
        Builtins.fn(vm, d, "len", (v, a, k) -> {
            new ArgParser("len", a, k).one();
            return PyInt.of(Items.len(v, a[0]));
        });
        Builtins.fn(vm, d, "repr", (v, a, k) -> {
            new ArgParser("repr", a, k).one();
            return new PyStr(Repr.repr(v, a[0]));
        });
        Builtins.fn(vm, d, "ascii", (v, a, k) -> {
            new ArgParser("ascii", a, k).one();
            return new PyStr(Strings.ascii(Repr.repr(v, a[0])));
        });
        Builtins.fn(vm, d, "id", (v, a, k) -> {
            new ArgParser("id", a, k).one();
            return PyInt.of(v.id(a[0]));
        });
        Builtins.fn(vm, d, "hash", (v, a, k) -> {
            new ArgParser("hash", a, k).one();
            return PyInt.of(Hashing.hash(v, a[0]));
        });
        Builtins.fn(vm, d, "abs", (v, a, k) -> {
            new ArgParser("abs", a, k).one();
            return abs(v, a[0]);
        });
        Builtins.fn(vm, d, "round", BuiltinFunctions::round);
        Builtins.fn(vm, d, "divmod", (v, a, k) -> {
            new ArgParser("divmod", a, k).noKeywords().between(2, 2);
            return divmod(v, a[0], a[1]);
        });
        Builtins.fn(vm, d, "pow", (v, a, k) -> {
            ArgParser p = new ArgParser("pow", a, k).keywords("base", "exp", "mod");
            PyObject base = p.get(0, "base");
            PyObject exp = p.get(1, "exp");
            PyObject mod = p.get(2, "mod");
            if (base == null || exp == null) throw Errors.type("pow() missing required argument 'base' (pos 1)");
            if (mod != null && mod != PyNone.NONE) {
                if (!(base instanceof PyInt b && exp instanceof PyInt e && mod instanceof PyInt m)) {
                    throw Errors.type("pow() 3rd argument not allowed unless all arguments are integers");
                }
                return IntMath.powMod(b, e, m);
            }
            return Arith.binary(v, gilsim.lang.bytecode.BinaryOperator.POWER, base, exp);
        });
        Builtins.fn(vm, d, "ord", (v, a, k) -> {
            new ArgParser("ord", a, k).one();
            if (!(a[0] instanceof PyStr s)) {
                throw Errors.type("ord() expected string of length 1, but " + a[0].type().name + " found");
            }
            if (s.length() != 1) {
                throw Errors.type("ord() expected a character, but string of length " + s.length() + " found");
            }
            return PyInt.of(s.codePointAt(0));
        });
        Builtins.fn(vm, d, "chr", (v, a, k) -> {
            new ArgParser("chr", a, k).one();
            long c = ArgParser.toLong(a[0], "chr");
            if (c < 0 || c > 0x10FFFF) throw Errors.value("chr() arg not in range(0x110000)");
            return Strings.ofCodePoint(v, (int) c);
        });
        Builtins.fn(vm, d, "hex", (v, a, k) -> radix(a, k, "hex", 16, "0x"));
        Builtins.fn(vm, d, "bin", (v, a, k) -> radix(a, k, "bin", 2, "0b"));
        Builtins.fn(vm, d, "oct", (v, a, k) -> radix(a, k, "oct", 8, "0o"));
        Builtins.fn(vm, d, "isinstance", (v, a, k) -> {
            new ArgParser("isinstance", a, k).noKeywords().between(2, 2);
            return PyBool.of(isInstance(a[0], a[1], "isinstance"));
        });
        Builtins.fn(vm, d, "issubclass", (v, a, k) -> {
            new ArgParser("issubclass", a, k).noKeywords().between(2, 2);
            if (!(a[0] instanceof PyType t)) throw Errors.type("issubclass() arg 1 must be a class");
            return PyBool.of(isSubclass(t, a[1]));
        });
        Builtins.fn(vm, d, "getattr", (v, a, k) -> {
            new ArgParser("getattr", a, k).noKeywords().between(2, 3);
            PyStr name = attrName(a[1]);
            if (a.length == 3) {
                try {
                    PyObject r = Attributes.find(v, a[0], name);
                    if (r != null) return r;
                    return Attributes.get(v, a[0], name);
                } catch (PyRaise e) {
                    if (!e.matches(Types.ATTRIBUTE_ERROR)) throw e;
                    v.heap.decref(e.exception);
                    return v.heap.newRef(a[2]);
                }
            }
            return Attributes.get(v, a[0], name);
        });
        Builtins.fn(vm, d, "setattr", (v, a, k) -> {
            new ArgParser("setattr", a, k).noKeywords().between(3, 3);
            Attributes.set(v, a[0], attrName(a[1]), a[2]);
            return v.heap.newRef(PyNone.NONE);
        });
        Builtins.fn(vm, d, "delattr", (v, a, k) -> {
            new ArgParser("delattr", a, k).noKeywords().between(2, 2);
            Attributes.delete(v, a[0], attrName(a[1]));
            return v.heap.newRef(PyNone.NONE);
        });
        Builtins.fn(vm, d, "hasattr", (v, a, k) -> {
            new ArgParser("hasattr", a, k).noKeywords().between(2, 2);
            PyStr name = attrName(a[1]);
            try {
                PyObject r = Attributes.find(v, a[0], name);
                if (r == null) r = Attributes.get(v, a[0], name);
                v.heap.decref(r);
                return PyBool.of(true);
            } catch (PyRaise e) {
                if (!e.matches(Types.ATTRIBUTE_ERROR)) throw e;
                v.heap.decref(e.exception);
                return PyBool.of(false);
            }
        });
        Builtins.fn(vm, d, "callable", (v, a, k) -> {
            new ArgParser("callable", a, k).one();
            PyObject o = a[0];
            boolean c = o instanceof PyFunction || o instanceof PyBuiltin || o instanceof PyMethod || o instanceof PyType
                    || (o.type().heapType && o.type().lookup(Names.CALL) != null);
            return PyBool.of(c);
        });
        Builtins.fn(vm, d, "iter", (v, a, k) -> {
            new ArgParser("iter", a, k).noKeywords().between(1, 2);
            if (a.length == 2) throw Errors.notImplemented("iter(callable, sentinel) is not supported in gilsim's Python");
            return Iteration.getIter(v, a[0]);
        });
        Builtins.fn(vm, d, "next", BuiltinFunctions::next);
        Builtins.fn(vm, d, "vars", (v, a, k) -> {
            new ArgParser("vars", a, k).noKeywords().between(0, 1);
            if (a.length == 0) return locals(v);
            PyObject r = NativeAttributes.get(v, a[0], "__dict__");
            if (r == null) throw Errors.type("vars() argument must have __dict__ attribute");
            return r;
        });
        Builtins.fn(vm, d, "dir", (v, a, k) -> {
            new ArgParser("dir", a, k).noKeywords().between(0, 1);
            java.util.List<String> names = a.length == 0 ? Introspection.namesInScope(v) : Introspection.attributeNames(v, a[0]);
            PyObject[] items = new PyObject[names.size()];
            for (int i = 0; i < items.length; i++) items[i] = new PyStr(names.get(i));
            return new PyList(items, items.length);
        });
        Builtins.fn(vm, d, "globals", (v, a, k) -> {
            new ArgParser("globals", a, k).none();
            return v.heap.newRef(callerFrame(v).globals);
        });
        Builtins.fn(vm, d, "locals", (v, a, k) -> {
            new ArgParser("locals", a, k).none();
            return locals(v);
        });
        Builtins.fn(vm, d, "format", (v, a, k) -> {
            new ArgParser("format", a, k).noKeywords().between(1, 2);
            String spec = a.length > 1 ? ArgParser.str(a[1], "format", 2) : "";
            return Formatting.format(v, a[0], spec);
        });
        for (String name : new String[] {"input", "open", "eval", "exec", "compile", "breakpoint", "help", "exit", "quit", "memoryview", "bytearray", "bytes", "complex", "__import__"}) {
            Builtins.fn(vm, d, name, (v, a, k) -> {
                throw Errors.notImplemented(name + "() is not available in gilsim's Python");
            });
        }
    }

    /** print(*objects, sep=' ', end='\n', file=sys.stdout, flush=False). */
    static PyObject print(Vm vm, PyObject[] a, String[] k) {
        ArgParser p = new ArgParser("print", a, k).keywords("sep", "end", "file", "flush");
        String sep = textOption(p.kw("sep"), " ", "sep");
        String end = textOption(p.kw("end"), "\n", "end");
        PyObject file = p.kw("file");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < p.npos; i++) {
            if (i > 0) sb.append(sep);
            sb.append(Repr.str(vm, a[i]));
        }
        sb.append(end);
        if (file == null || file == PyNone.NONE) {
            vm.out.stdout(sb.toString());
        } else if (file instanceof PyStream s) {
            s.write(vm, sb.toString());
        } else {
            throw Errors.notImplemented("print(file=...) accepts only sys.stdout and sys.stderr in gilsim's Python");
        }
        return vm.heap.newRef(PyNone.NONE);
    }

    private static String textOption(PyObject o, String dflt, String name) {
        if (o == null || o == PyNone.NONE) return dflt;
        if (o instanceof PyStr s) return s.value;
        throw Errors.type(name + " must be None or a string, not " + o.type().name);
    }

    static PyStr attrName(PyObject o) {
        if (o instanceof PyStr s) return Interned.str(s.value);
        throw Errors.type("attribute name must be string, not '" + o.type().name + "'");
    }

    static PyObject abs(Vm vm, PyObject o) {
        if (o instanceof PyInt i) return i.signum() < 0 ? IntMath.negate(i) : (o instanceof PyBool ? PyInt.of(i.value) : vm.heap.newRef(o));
        if (o instanceof PyFloat f) return new PyFloat(Math.abs(f.value));
        if (o.type().heapType) {
            PyObject m = Arith.method(o.type(), Names.ABS);
            if (m != null) return vm.heap.newRef(vm.callInline(m, new PyObject[] {o}, null, null));
        }
        throw Errors.type("bad operand type for abs(): '" + o.type().name + "'");
    }

    static PyObject round(Vm vm, PyObject[] a, String[] k) {
        ArgParser p = new ArgParser("round", a, k).keywords("number", "ndigits");
        PyObject x = p.get(0, "number");
        PyObject nd = p.get(1, "ndigits");
        if (x == null) throw Errors.type("round() missing required argument 'number' (pos 1)");
        boolean hasDigits = nd != null && nd != PyNone.NONE;
        if (x instanceof PyInt i) {
            if (!hasDigits) return PyInt.of(i.toBig());
            long n = ArgParser.toLong(nd, "round");
            if (n >= 0) return PyInt.of(i.toBig());
            BigDecimal r = new BigDecimal(i.toBig()).setScale((int) n, RoundingMode.HALF_EVEN);
            return PyInt.of(r.toBigInteger());
        }
        if (x instanceof PyFloat f) {
            double v = f.value;
            if (!hasDigits) {
                if (Double.isNaN(v)) throw Errors.value("cannot convert float NaN to integer");
                if (Double.isInfinite(v)) throw Errors.overflow("cannot convert float infinity to integer");
                return PyInt.of(new BigDecimal(v).setScale(0, RoundingMode.HALF_EVEN).toBigInteger());
            }
            long n = ArgParser.toLong(nd, "round");
            if (Double.isNaN(v) || Double.isInfinite(v) || v == 0.0) return new PyFloat(v);
            if (n > 330) return new PyFloat(v);
            if (n < -330) return new PyFloat(0.0 * v);
            double r = new BigDecimal(v).setScale((int) n, RoundingMode.HALF_EVEN).doubleValue();
            if (r == 0.0) r = Math.copySign(0.0, v);
            return new PyFloat(r);
        }
        if (x.type().heapType) {
            PyObject m = Arith.method(x.type(), Names.ROUND);
            if (m != null) {
                PyObject[] args = hasDigits ? new PyObject[] {x, nd} : new PyObject[] {x};
                return vm.heap.newRef(vm.callInline(m, args, null, null));
            }
        }
        throw Errors.type("type " + x.type().name + " doesn't define __round__ method");
    }

    static PyObject divmod(Vm vm, PyObject a, PyObject b) {
        if (a instanceof PyInt x && b instanceof PyInt y) {
            if (y.signum() == 0) throw Errors.zeroDivision("integer division or modulo by zero");
            PyObject q = IntMath.floorDiv(x, y);
            PyObject r = IntMath.mod(x, y);
            return PyTuple.steal(vm.heap, new PyObject[] {q, r});
        }
        if ((a instanceof PyInt || a instanceof PyFloat) && (b instanceof PyInt || b instanceof PyFloat)) {
            double x = NumberOps.toDouble(a);
            double y = NumberOps.toDouble(b);
            if (y == 0.0) throw Errors.zeroDivision("float divmod()");
            double[] qr = NumberOps.divmod(x, y);
            return PyTuple.steal(vm.heap, new PyObject[] {new PyFloat(qr[0]), new PyFloat(qr[1])});
        }
        throw Errors.type("unsupported operand type(s) for divmod(): '" + a.type().name + "' and '" + b.type().name + "'");
    }

    private static PyObject radix(PyObject[] a, String[] k, String name, int radix, String prefix) {
        new ArgParser(name, a, k).one();
        if (!(a[0] instanceof PyInt i)) {
            throw Errors.type("'" + a[0].type().name + "' object cannot be interpreted as an integer");
        }
        java.math.BigInteger v = i.toBig();
        String digits = v.abs().toString(radix);
        return new PyStr((v.signum() < 0 ? "-" : "") + prefix + digits);
    }

    static boolean isInstance(PyObject o, PyObject cls, String fname) {
        if (cls instanceof PyType t) return o.type().isSubtypeOf(t);
        if (cls instanceof PyTuple tup) {
            for (PyObject c : tup.items) if (isInstance(o, c, fname)) return true;
            return false;
        }
        throw Errors.type(fname + "() arg 2 must be a type, a tuple of types, or a union");
    }

    static boolean isSubclass(PyType t, PyObject cls) {
        if (cls instanceof PyType c) return t.isSubtypeOf(c);
        if (cls instanceof PyTuple tup) {
            for (PyObject c : tup.items) if (isSubclass(t, c)) return true;
            return false;
        }
        throw Errors.type("issubclass() arg 2 must be a class, a tuple of classes, or a union");
    }

    /** The Python frame that called the running built-in. */
    static PyFrame callerFrame(Vm vm) {
        for (Frame f = vm.thread.top; f != null; f = f.back) if (f instanceof PyFrame pf) return pf;
        throw new IllegalStateException("no Python frame");
    }

    static PyObject locals(Vm vm) {
        PyFrame f = callerFrame(vm);
        if (f.locals != null) return vm.heap.newRef(f.locals);
        PyDict d = new PyDict();
        for (int i = 0; i < f.fast.length; i++) {
            PyObject v = f.fast[i];
            if (v instanceof PyCell c && i >= f.code.nlocals) v = c.contents;
            if (v != null) d.putStr(vm, f.code.localsplusNames[i], v);
        }
        return d;
    }

    /** next(iterator[, default]). */
    static PyObject next(Vm vm, PyObject[] a, String[] k) {
        new ArgParser("next", a, k).noKeywords().between(1, 2);
        int mode = vm.callReturnMode;
        PyObject it = a[0];
        if (!Iteration.isIterator(it)) throw Errors.type("'" + it.type().name + "' object is not an iterator");
        PyObject dflt = a.length > 1 ? a[1] : null;
        if (Iteration.isSyncIterator(it)) {
            PyObject r = Iteration.next(vm, it);
            if (r != null) return r;
            if (dflt != null) return vm.heap.newRef(dflt);
            throw Errors.stopIteration();
        }
        return vm.pushNative(new NextFrame(vm.heap, it, dflt), mode);
    }

    /** next() of a generator or iterator class: waits for the item, turns exhaustion into StopIteration. */
    static final class NextFrame extends NativeFrame {
        private final PyObject it;
        private final PyObject dflt;

        NextFrame(Heap heap, PyObject it, PyObject dflt) {
            super("next");
            this.it = it;
            this.dflt = dflt;
            heap.incref(it);
            heap.xincref(dflt);
        }

        @Override
        protected PyObject step(Vm vm, PyObject input) {
            if (!started) {
                started = true;
                PyObject r = Iteration.next(vm, it);
                if (r == Vm.PENDING) return r;
                if (r != null) return r;
                input = Vm.EXHAUSTED;
            }
            if (input != Vm.EXHAUSTED) return vm.heap.newRef(input);
            if (dflt != null) return vm.heap.newRef(dflt);
            if (it instanceof PyGenerator g && g.returnValue != null && g.returnValue != PyNone.NONE) {
                PyObject v = g.returnValue;
                g.returnValue = null;
                PyRaise e = Errors.withArgs(Types.STOP_ITERATION, v);
                vm.heap.decref(v);
                throw e;
            }
            throw Errors.stopIteration();
        }

        @Override
        protected void release(Heap heap) {
            heap.decref(it);
            heap.xdecref(dflt);
        }
    }
}
