package gilsim.vm;

import gilsim.lang.bytecode.BinaryOperator;
import gilsim.lang.bytecode.Comparison;

/** sum, min, max, any, all and sorted: built-ins that consume an iterable (as native frames). */
final class BuiltinReducers {
    private BuiltinReducers() {}

    static void install(Vm vm, PyDict d) {
        Builtins.fn(vm, d, "sum", BuiltinReducers::sum);
        Builtins.fn(vm, d, "min", (v, a, k) -> minMax(v, a, k, "min", Comparison.LT));
        Builtins.fn(vm, d, "max", (v, a, k) -> minMax(v, a, k, "max", Comparison.GT));
        Builtins.fn(vm, d, "any", (v, a, k) -> anyAll(v, a, k, "any", true));
        Builtins.fn(vm, d, "all", (v, a, k) -> anyAll(v, a, k, "all", false));
        Builtins.fn(vm, d, "sorted", BuiltinReducers::sorted);
    }

    static PyObject sum(Vm vm, PyObject[] a, String[] k) {
        ArgParser p = new ArgParser("sum", a, k).keywords("start");
        if (p.npos < 1 || p.npos > 2) {
            throw Errors.type(p.npos < 1 ? "sum() takes at least 1 positional argument (0 given)"
                    : "sum() takes at most 2 arguments (" + p.npos + " given)");
        }
        PyObject start = p.get(1, "start");
        if (start instanceof PyStr) throw Errors.type("sum() can't sum strings [use ''.join(seq) instead]");
        if (start instanceof PyList || start instanceof PyTuple) {
            // allowed, as in CPython
        }
        final PyObject init = start == null ? PyInt.smallBorrowed(0) : start;
        return Consumer.start(vm, it -> new Consumer("sum", it) {
            PyObject acc = vm.heap.newRef(init);

            @Override
            protected boolean accept(Vm vm, PyObject item) {
                PyObject r = Arith.binary(vm, BinaryOperator.ADD, acc, item);
                PyObject old = acc;
                acc = r;
                vm.heap.decref(old);
                return true;
            }

            @Override
            protected PyObject finish(Vm vm) {
                PyObject r = acc;
                acc = null;
                return r;
            }

            @Override
            protected void release(Heap heap) {
                PyObject x = acc;
                acc = null;
                heap.xdecref(x);
                super.release(heap);
            }
        }, a[0]);
    }

    static PyObject anyAll(Vm vm, PyObject[] a, String[] k, String name, boolean any) {
        new ArgParser(name, a, k).one();
        return Consumer.start(vm, it -> new Consumer(name, it) {
            boolean result = !any;

            @Override
            protected boolean accept(Vm vm, PyObject item) {
                boolean t = Truth.isTrue(vm, item);
                if (t == any) {
                    result = any;
                    return false;
                }
                return true;
            }

            @Override
            protected PyObject finish(Vm vm) {
                return PyBool.of(result);
            }
        }, a[0]);
    }

    static PyObject sorted(Vm vm, PyObject[] a, String[] k) {
        ArgParser p = new ArgParser("sorted", a, k).keywords("key", "reverse");
        if (p.npos != 1) {
            throw Errors.type(p.npos == 0 ? "sorted expected 1 argument, got 0" : "sorted expected 1 argument, got " + p.npos);
        }
        int mode = vm.callReturnMode;
        PyObject key = p.kw("key");
        if (key == null) key = PyNone.NONE;
        boolean reverse = p.kw("reverse") != null && Truth.isTrue(vm, p.kw("reverse"));
        PyObject list = Consumers.toList(vm, a[0]);
        if (list == Vm.PENDING) {
            // The items come from a generator: sort when they are all there.
            NativeFrame collector = (NativeFrame) vm.thread.top;
            return chainSort(vm, collector, key, reverse, mode);
        }
        PyObject r = vm.pushNative(new SortFrame(vm.heap, (PyList) list, key, reverse, true), mode);
        vm.heap.decref(list);
        return r;
    }

    /** Put a frame between the collector and the caller that sorts the collected list. */
    private static PyObject chainSort(Vm vm, NativeFrame collector, PyObject key, boolean reverse, int mode) {
        ThreadState ts = vm.thread;
        final PyObject keyFn = key;
        NativeFrame sorter = new NativeFrame("sorted") {
            boolean sorting;

            @Override
            protected PyObject step(Vm vm, PyObject input) {
                if (!sorting) {
                    sorting = true;
                    return vm.pushNative(new SortFrame(vm.heap, (PyList) input, keyFn, reverse, true), RET_STEP);
                }
                return vm.heap.newRef(input);
            }
        };
        // Insert the sorter below the collector: collector -> sorter -> caller.
        sorter.back = collector.back;
        sorter.returnMode = mode;
        sorter.ready = false;
        sorter.started = true;
        collector.back = sorter;
        collector.returnMode = Frame.RET_STEP;
        return Vm.PENDING;
    }

    /** min()/max(): one item (or key call, or comparison) at a time. */
    static PyObject minMax(Vm vm, PyObject[] a, String[] k, String name, Comparison op) {
        ArgParser p = new ArgParser(name, a, k).keywords("key", "default");
        int mode = vm.callReturnMode;
        PyObject key = p.kw("key");
        if (key == PyNone.NONE) key = null;
        PyObject dflt = p.kw("default");
        PyObject iterable;
        if (p.npos == 0) throw Errors.type(name + " expected at least 1 argument, got 0");
        if (p.npos > 1) {
            if (dflt != null) {
                throw Errors.type("Cannot specify a default for " + name + "() with multiple positional arguments");
            }
            PyObject[] pos = new PyObject[p.npos];
            System.arraycopy(a, 0, pos, 0, p.npos);
            iterable = PyTuple.pack(vm.heap, pos);
        } else {
            iterable = vm.heap.newRef(a[0]);
        }
        PyObject it;
        try {
            it = Iteration.getIter(vm, iterable);
        } finally {
            vm.heap.decref(iterable);
        }
        return vm.pushNative(new MinMaxFrame(vm.heap, name, it, key, dflt, op), mode);
    }

    static final class MinMaxFrame extends NativeFrame {
        private PyObject it;
        private final PyObject key;
        private final PyObject dflt;
        private final Comparison op;
        private PyObject best;
        private PyObject bestKey;
        /** The item whose key is being computed or which is being compared (owned). */
        private PyObject item;
        private PyObject itemKey;
        private final String fname;

        MinMaxFrame(Heap heap, String fname, PyObject it, PyObject key, PyObject dflt, Comparison op) {
            super(fname);
            this.fname = fname;
            this.it = it;
            this.key = key;
            this.dflt = dflt;
            this.op = op;
            heap.xincref(key);
            heap.xincref(dflt);
        }

        @Override
        protected PyObject step(Vm vm, PyObject input) {
            Heap heap = vm.heap;
            if (input != null) {
                if (item == null) {
                    if (input == Vm.EXHAUSTED) return done(vm);
                    item = heap.newRef(input);
                } else if (itemKey == null) {
                    itemKey = heap.newRef(input);
                }
            }
            while (true) {
                if (item == null) {
                    PyObject x = Iteration.next(vm, it);
                    if (x == Vm.PENDING) return x;
                    if (x == null) return done(vm);
                    item = x;
                }
                if (itemKey == null) {
                    if (key == null) {
                        itemKey = heap.newRef(item);
                    } else {
                        PyObject kv = vm.requestCall(key, new PyObject[] {item}, null);
                        if (kv == Vm.PENDING) return kv;
                        itemKey = kv;
                    }
                }
                if (best == null || Compare.richCompareBool(vm, itemKey, bestKey, op)) {
                    heap.xdecref(best);
                    heap.xdecref(bestKey);
                    best = item;
                    bestKey = itemKey;
                } else {
                    heap.decref(item);
                    heap.decref(itemKey);
                }
                item = null;
                itemKey = null;
                commit(vm);
            }
        }

        private PyObject done(Vm vm) {
            if (best == null) {
                if (dflt != null) return vm.heap.newRef(dflt);
                throw Errors.value(fname + "() arg is an empty sequence");
            }
            PyObject r = best;
            best = null;
            return r;
        }

        @Override
        protected void release(Heap heap) {
            heap.xdecref(it);
            heap.xdecref(key);
            heap.xdecref(dflt);
            heap.xdecref(best);
            heap.xdecref(bestKey);
            heap.xdecref(item);
            heap.xdecref(itemKey);
            it = best = bestKey = item = itemKey = null;
        }
    }
}
