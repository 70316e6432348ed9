package gilsim.vm;

import gilsim.lang.bytecode.BinaryOperator;
import gilsim.lang.bytecode.Comparison;

/**
 * The bytecode switch: runs instructions of the Python frame on top of a thread until control
 * moves to another frame (a call, a return, an exception that leaves the frame), the budget is
 * spent, or the thread must stop. Each opcode changes reference counts as CPython 3.11's
 * ceval.c does: loads push new references, stores move them and drop what they replace,
 * operators drop their operands. Handlers compute before they pop, so that an exception or
 * a {@link NeedCall} leaves the stack as the instruction found it.
 */
final class Eval {
    private static final BinaryOperator[] BINOPS = BinaryOperator.values();
    private static final int INPLACE_ADD = BinaryOperator.INPLACE_ADD.ordinal();
    private static final Comparison[] CMPS = Comparison.values();

    private final Vm vm;
    private final Interpreter interp;

    Eval(Vm vm, Interpreter interp) {
        this.vm = vm;
        this.interp = interp;
    }

    /** Returns null when the run loop should look at the thread's top frame again. */
    StopReason execute(ThreadState ts, PyFrame first, long budget) {
        final Vm vm = this.vm;
        final Heap heap = vm.heap;
        final RefcountModel rc = heap.model();
        PyFrame f = first;
        PyCode co = null;
        int[] code = null;
        PyObject[] consts = null;
        PyStr[] names = null;
        PyObject[] stack = null;
        PyObject[] fast = null;
        int sp = 0;
        int ip = 0;
        long n = 0;
        int op = 0;
        try {
          frames:
          while (true) {
            // (Re)load the frame being run: a Python-to-Python call or return switches frames
            // here without leaving the loop (CPython's start_frame / resume_frame).
            co = f.code;
            code = co.code;
            consts = co.consts;
            names = co.names;
            stack = f.stack;
            fast = f.fast;
            sp = f.sp;
            ip = f.ip;
            while (true) {
                final int at = ip;
                final int instr = code[ip++];
                op = instr & 0xFF;
                final int arg = instr >>> 8;
                n++;
                switch (op) {
                    case Op.NOP:
                        break;
                    case Op.POP_TOP: {
                        PyObject v = stack[--sp];
                        stack[sp] = null;
                        if (v != null) heap.decref(v);
                        break;
                    }
                    case Op.COPY: {
                        PyObject v = stack[sp - arg];
                        rc.incref(v);
                        stack[sp++] = v;
                        break;
                    }
                    case Op.SWAP: {
                        PyObject t = stack[sp - 1];
                        stack[sp - 1] = stack[sp - arg];
                        stack[sp - arg] = t;
                        break;
                    }
                    case Op.PUSH_NULL:
                        stack[sp++] = null;
                        break;
                    case Op.LOAD_CONST: {
                        PyObject v = consts[arg];
                        rc.incref(v);
                        stack[sp++] = v;
                        break;
                    }
                    case Op.LOAD_FAST: {
                        PyObject v = fast[arg];
                        if (v == null) throw unboundLocal(co.localsplusNames[arg]);
                        rc.incref(v);
                        stack[sp++] = v;
                        break;
                    }
                    case Op.STORE_FAST: {
                        PyObject v = stack[--sp];
                        stack[sp] = null;
                        PyObject old = fast[arg];
                        fast[arg] = v;
                        if (old != null) heap.decref(old);
                        break;
                    }
                    case Op.DELETE_FAST: {
                        PyObject old = fast[arg];
                        if (old == null) throw unboundLocal(co.localsplusNames[arg]);
                        fast[arg] = null;
                        heap.decref(old);
                        break;
                    }
                    case Op.LOAD_NAME: {
                        PyStr name = names[arg];
                        PyObject v = f.locals != null ? f.locals.getStr(name) : null;
                        if (v == null) {
                            v = f.globals.getStr(name);
                            if (v == null) {
                                v = f.builtins.getStr(name);
                                if (v == null) throw Errors.name("name '" + name.value + "' is not defined");
                            }
                        }
                        rc.incref(v);
                        stack[sp++] = v;
                        break;
                    }
                    case Op.STORE_NAME: {
                        PyObject v = stack[sp - 1];
                        PyDict ns = f.locals;
                        if (ns == null) throw Errors.of(Types.SYSTEM_ERROR, "no locals found when storing " + names[arg].value);
                        ns.putStr(vm, names[arg], v);
                        if (vm.bindings != null) vm.bindings.bound(ns, names[arg], v);
                        stack[--sp] = null;
                        heap.decref(v);
                        break;
                    }
                    case Op.DELETE_NAME: {
                        PyStr name = names[arg];
                        if (f.locals == null || !f.locals.delete(vm, name)) {
                            throw Errors.name("name '" + name.value + "' is not defined");
                        }
                        break;
                    }
                    case Op.LOAD_GLOBAL: {
                        PyStr name = names[arg >>> 1];
                        PyObject v = f.globals.getStr(name);
                        if (v == null) {
                            v = f.builtins.getStr(name);
                            if (v == null) throw Errors.name("name '" + name.value + "' is not defined");
                        }
                        rc.incref(v);
                        if ((arg & 1) != 0) stack[sp++] = null;
                        stack[sp++] = v;
                        break;
                    }
                    case Op.STORE_GLOBAL: {
                        PyObject v = stack[sp - 1];
                        f.globals.putStr(vm, names[arg], v);
                        if (vm.bindings != null) vm.bindings.bound(f.globals, names[arg], v);
                        stack[--sp] = null;
                        heap.decref(v);
                        break;
                    }
                    case Op.DELETE_GLOBAL: {
                        PyStr name = names[arg];
                        if (!f.globals.delete(vm, name)) throw Errors.name("name '" + name.value + "' is not defined");
                        break;
                    }
                    case Op.LOAD_DEREF: {
                        PyCell cell = (PyCell) fast[co.nlocals + arg];
                        PyObject v = cell.contents;
                        if (v == null) throw unboundDeref(co, arg);
                        rc.incref(v);
                        stack[sp++] = v;
                        break;
                    }
                    case Op.STORE_DEREF: {
                        PyCell cell = (PyCell) fast[co.nlocals + arg];
                        PyObject v = stack[--sp];
                        stack[sp] = null;
                        cell.set(heap, v);
                        break;
                    }
                    case Op.DELETE_DEREF: {
                        PyCell cell = (PyCell) fast[co.nlocals + arg];
                        if (cell.contents == null) throw unboundDeref(co, arg);
                        cell.set(heap, null);
                        break;
                    }
                    case Op.LOAD_CLOSURE: {
                        PyObject cell = fast[co.nlocals + arg];
                        rc.incref(cell);
                        stack[sp++] = cell;
                        break;
                    }
                    case Op.LOAD_CLASSDEREF: {
                        PyStr name = co.localsplusNames[co.nlocals + arg];
                        PyObject v = f.locals != null ? f.locals.getStr(name) : null;
                        if (v == null) {
                            v = ((PyCell) fast[co.nlocals + arg]).contents;
                            if (v == null) throw unboundDeref(co, arg);
                        }
                        rc.incref(v);
                        stack[sp++] = v;
                        break;
                    }
                    case Op.MAKE_CELL: {
                        int slot = co.nlocals + arg;
                        PyObject init = fast[slot];
                        int[] c2a = co.unit.cell2arg();
                        if (init == null && c2a != null && arg < c2a.length && c2a[arg] >= 0) {
                            init = fast[c2a[arg]];
                            fast[c2a[arg]] = null;
                        }
                        fast[slot] = new PyCell(init);
                        break;
                    }
                    case Op.LOAD_ATTR: {
                        PyObject owner = stack[sp - 1];
                        PyObject v = Attributes.get(vm, owner, names[arg]);
                        stack[sp - 1] = v;
                        heap.decref(owner);
                        break;
                    }
                    case Op.STORE_ATTR: {
                        PyObject owner = stack[sp - 1];
                        PyObject v = stack[sp - 2];
                        Attributes.set(vm, owner, names[arg], v);
                        stack[--sp] = null;
                        stack[--sp] = null;
                        heap.decref(v);
                        heap.decref(owner);
                        break;
                    }
                    case Op.DELETE_ATTR: {
                        PyObject owner = stack[sp - 1];
                        Attributes.delete(vm, owner, names[arg]);
                        stack[--sp] = null;
                        heap.decref(owner);
                        break;
                    }
                    case Op.LOAD_METHOD: {
                        PyObject obj = stack[sp - 1];
                        PyObject meth = Attributes.getMethod(vm, obj, names[arg]);
                        if (meth != null) {
                            stack[sp - 1] = meth;
                            stack[sp++] = obj;
                        } else {
                            PyObject attr = Attributes.get(vm, obj, names[arg]);
                            stack[sp - 1] = null;
                            stack[sp++] = attr;
                            heap.decref(obj);
                        }
                        break;
                    }
                    case Op.BINARY_SUBSCR: {
                        PyObject sub = stack[sp - 1];
                        PyObject container = stack[sp - 2];
                        PyObject r;
                        if (container instanceof PyList l && sub instanceof PyInt i && i.big == null) {
                            long k = i.value;
                            if (k < 0) k += l.size;
                            if (k < 0 || k >= l.size) throw Errors.index("list index out of range");
                            r = l.items[(int) k];
                            rc.incref(r);
                        } else {
                            r = Items.getItem(vm, container, sub);
                        }
                        stack[--sp] = null;
                        stack[sp - 1] = r;
                        heap.decref(container);
                        heap.decref(sub);
                        break;
                    }
                    case Op.STORE_SUBSCR: {
                        PyObject sub = stack[sp - 1];
                        PyObject container = stack[sp - 2];
                        PyObject v = stack[sp - 3];
                        Items.setItem(vm, container, sub, v);
                        stack[--sp] = null;
                        stack[--sp] = null;
                        stack[--sp] = null;
                        heap.decref(v);
                        heap.decref(container);
                        heap.decref(sub);
                        break;
                    }
                    case Op.DELETE_SUBSCR: {
                        PyObject sub = stack[sp - 1];
                        PyObject container = stack[sp - 2];
                        Items.delItem(vm, container, sub);
                        stack[--sp] = null;
                        stack[--sp] = null;
                        heap.decref(container);
                        heap.decref(sub);
                        break;
                    }
                    case Op.BUILD_SLICE: {
                        PyObject step;
                        if (arg == 3) {
                            step = stack[--sp];
                            stack[sp] = null;
                        } else {
                            step = heap.newRef(PyNone.NONE);
                        }
                        PyObject stop = stack[--sp];
                        stack[sp] = null;
                        PyObject start = stack[sp - 1];
                        stack[sp - 1] = new PySlice(start, stop, step);
                        break;
                    }
                    case Op.BINARY_OP: {
                        PyObject b = stack[sp - 1];
                        PyObject a = stack[sp - 2];
                        PyObject r = null;
                        if (a instanceof PyInt x && b instanceof PyInt y && x.big == null && y.big == null
                                && !(a instanceof PyBool) && !(b instanceof PyBool)) {
                            r = IntFast.binary(arg, x.value, y.value);
                        }
                        if (r == null && a instanceof PyList l && arg == INPLACE_ADD && !Iteration.isSyncIterable(b)
                                && Iteration.isIterable(vm, b)) {
                            // list += generator: list.extend as a native frame, the result is the list.
                            f.sp = sp;
                            f.ip = ip;
                            f.pendingPop = 2;
                            ts.instructions += n;
                            Consumers.extendList(vm, l, b, Frame.RET_PUSH, true);
                            return null;
                        }
                        if (r == null) r = Arith.binary(vm, BINOPS[arg], a, b);
                        stack[--sp] = null;
                        stack[sp - 1] = r;
                        heap.decref(a);
                        heap.decref(b);
                        break;
                    }
                    case Op.UNARY_POSITIVE:
                    case Op.UNARY_NEGATIVE:
                    case Op.UNARY_INVERT: {
                        PyObject v = stack[sp - 1];
                        PyObject r = Arith.unary(vm, op == Op.UNARY_POSITIVE ? '+' : op == Op.UNARY_NEGATIVE ? '-' : '~', v);
                        stack[sp - 1] = r;
                        heap.decref(v);
                        break;
                    }
                    case Op.UNARY_NOT: {
                        PyObject v = stack[sp - 1];
                        boolean t = Truth.isTrue(vm, v);
                        PyObject r = t ? PyBool.FALSE : PyBool.TRUE;
                        rc.incref(r);
                        stack[sp - 1] = r;
                        heap.decref(v);
                        break;
                    }
                    case Op.COMPARE_OP: {
                        PyObject b = stack[sp - 1];
                        PyObject a = stack[sp - 2];
                        PyObject r;
                        if (a instanceof PyInt x && b instanceof PyInt y && x.big == null && y.big == null) {
                            r = IntFast.compare(arg, x.value, y.value) ? PyBool.TRUE : PyBool.FALSE;
                            rc.incref(r);
                        } else {
                            r = Compare.richCompare(vm, a, b, CMPS[arg]);
                        }
                        stack[--sp] = null;
                        stack[sp - 1] = r;
                        heap.decref(a);
                        heap.decref(b);
                        break;
                    }
                    case Op.IS_OP: {
                        PyObject b = stack[--sp];
                        stack[sp] = null;
                        PyObject a = stack[sp - 1];
                        boolean res = (a == b) ^ (arg != 0);
                        PyObject r = res ? PyBool.TRUE : PyBool.FALSE;
                        rc.incref(r);
                        stack[sp - 1] = r;
                        heap.decref(a);
                        heap.decref(b);
                        break;
                    }
                    case Op.CONTAINS_OP: {
                        PyObject container = stack[sp - 1];
                        PyObject item = stack[sp - 2];
                        if (Items.searchesByIteration(container)) {
                            f.sp = sp;
                            f.ip = ip;
                            f.pendingPop = 2;
                            ts.instructions += n;
                            Consumers.contains(vm, container, item, arg != 0);
                            return null;
                        }
                        boolean res = Items.contains(vm, container, item) ^ (arg != 0);
                        stack[--sp] = null;
                        PyObject r = res ? PyBool.TRUE : PyBool.FALSE;
                        rc.incref(r);
                        stack[sp - 1] = r;
                        heap.decref(container);
                        heap.decref(item);
                        break;
                    }
                    case Op.BUILD_TUPLE: {
                        PyObject[] items = new PyObject[arg];
                        sp -= arg;
                        System.arraycopy(stack, sp, items, 0, arg);
                        for (int i = 0; i < arg; i++) stack[sp + i] = null;
                        stack[sp++] = PyTuple.steal(heap, items);
                        break;
                    }
                    case Op.BUILD_LIST: {
                        PyObject[] items = new PyObject[arg];
                        sp -= arg;
                        System.arraycopy(stack, sp, items, 0, arg);
                        for (int i = 0; i < arg; i++) stack[sp + i] = null;
                        stack[sp++] = new PyList(items, arg);
                        vm.limits.checkObjects();
                        break;
                    }
                    case Op.BUILD_SET: {
                        PySet s = OpHelpers.buildSet(vm, stack, sp - arg, arg);
                        sp -= arg;
                        for (int i = 0; i < arg; i++) {
                            PyObject item = stack[sp + i];
                            stack[sp + i] = null;
                            heap.decref(item);
                        }
                        stack[sp++] = s;
                        break;
                    }
                    case Op.BUILD_MAP: {
                        PyDict d = OpHelpers.buildMap(vm, stack, sp - 2 * arg, arg);
                        sp -= 2 * arg;
                        for (int i = 0; i < 2 * arg; i++) {
                            PyObject item = stack[sp + i];
                            stack[sp + i] = null;
                            heap.decref(item);
                        }
                        stack[sp++] = d;
                        break;
                    }
                    case Op.BUILD_CONST_KEY_MAP: {
                        PyTuple keys = (PyTuple) stack[sp - 1];
                        PyDict d = OpHelpers.buildConstKeyMap(vm, keys, stack, sp - 1 - arg, arg);
                        stack[--sp] = null;
                        heap.decref(keys);
                        sp -= arg;
                        for (int i = 0; i < arg; i++) {
                            PyObject item = stack[sp + i];
                            stack[sp + i] = null;
                            heap.decref(item);
                        }
                        stack[sp++] = d;
                        break;
                    }
                    case Op.LIST_APPEND: {
                        PyObject v = stack[--sp];
                        stack[sp] = null;
                        ((PyList) stack[sp - arg]).appendSteal(vm, v);
                        break;
                    }
                    case Op.SET_ADD: {
                        PyObject v = stack[sp - 1];
                        ((PySet) stack[sp - 1 - arg]).add(vm, v);
                        stack[--sp] = null;
                        heap.decref(v);
                        break;
                    }
                    case Op.MAP_ADD: {
                        PyObject value = stack[sp - 1];
                        PyObject key = stack[sp - 2];
                        ((PyDict) stack[sp - 2 - arg]).put(vm, key, value);
                        stack[--sp] = null;
                        stack[--sp] = null;
                        heap.decref(key);
                        heap.decref(value);
                        break;
                    }
                    case Op.LIST_EXTEND: {
                        PyObject iterable = stack[sp - 1];
                        PyList list = (PyList) stack[sp - 1 - arg];
                        if (!Iteration.isSyncIterable(iterable)) {
                            if (!Iteration.isIterable(vm, iterable)) {
                                throw Errors.type("Value after * must be an iterable, not " + iterable.type().name);
                            }
                            f.sp = sp;
                            f.ip = ip;
                            f.pendingPop = 1;
                            ts.instructions += n;
                            Consumers.extendList(vm, list, iterable, Frame.RET_NOPUSH);
                            return null;
                        }
                        ListOps.extendSync(vm, list, iterable);
                        stack[--sp] = null;
                        heap.decref(iterable);
                        break;
                    }
                    case Op.SET_UPDATE: {
                        PyObject iterable = stack[sp - 1];
                        PySet set = (PySet) stack[sp - 1 - arg];
                        SetOps.updateSync(vm, set, iterable);
                        stack[--sp] = null;
                        heap.decref(iterable);
                        break;
                    }
                    case Op.DICT_UPDATE:
                    case Op.DICT_MERGE: {
                        PyObject update = stack[sp - 1];
                        PyDict dict = (PyDict) stack[sp - 1 - arg];
                        if (op == Op.DICT_UPDATE) {
                            OpHelpers.dictUpdate(vm, dict, update);
                        } else {
                            OpHelpers.dictMerge(vm, dict, update, stack[sp - 3 - arg]);
                        }
                        stack[--sp] = null;
                        heap.decref(update);
                        break;
                    }
                    case Op.LIST_TO_TUPLE: {
                        PyList list = (PyList) stack[sp - 1];
                        PyObject[] items = new PyObject[list.size];
                        for (int i = 0; i < items.length; i++) items[i] = heap.newRef(list.items[i]);
                        stack[sp - 1] = PyTuple.steal(heap, items);
                        heap.decref(list);
                        break;
                    }
                    case Op.BUILD_STRING: {
                        PyObject r = OpHelpers.buildString(vm, stack, sp - arg, arg);
                        sp -= arg;
                        for (int i = 0; i < arg; i++) {
                            PyObject item = stack[sp + i];
                            stack[sp + i] = null;
                            heap.decref(item);
                        }
                        stack[sp++] = r;
                        break;
                    }
                    case Op.FORMAT_VALUE: {
                        boolean hasSpec = (arg & 4) != 0;
                        PyObject spec = hasSpec ? stack[sp - 1] : null;
                        PyObject value = stack[sp - (hasSpec ? 2 : 1)];
                        PyObject r = OpHelpers.formatValue(vm, value, arg & 3, spec);
                        if (hasSpec) {
                            stack[--sp] = null;
                            heap.decref(spec);
                        }
                        stack[sp - 1] = r;
                        heap.decref(value);
                        break;
                    }
                    case Op.UNPACK_SEQUENCE: {
                        PyObject seq = stack[sp - 1];
                        PyObject[] items = OpHelpers.unpack(vm, seq, arg, -1);
                        if (items == null) {
                            f.sp = sp;
                            f.ip = ip;
                            f.pendingPop = 1;
                            ts.instructions += n;
                            OpHelpers.unpackLater(vm, seq, arg, -1);
                            return null;
                        }
                        sp--;
                        for (int i = items.length - 1; i >= 0; i--) stack[sp++] = items[i];
                        heap.decref(seq);
                        break;
                    }
                    case Op.UNPACK_EX: {
                        PyObject seq = stack[sp - 1];
                        PyObject[] items = OpHelpers.unpack(vm, seq, arg & 0xFF, arg >>> 8);
                        if (items == null) {
                            f.sp = sp;
                            f.ip = ip;
                            f.pendingPop = 1;
                            ts.instructions += n;
                            OpHelpers.unpackLater(vm, seq, arg & 0xFF, arg >>> 8);
                            return null;
                        }
                        sp--;
                        for (int i = items.length - 1; i >= 0; i--) stack[sp++] = items[i];
                        heap.decref(seq);
                        break;
                    }
                    case Op.JUMP_FORWARD:
                        ip = arg;
                        break;
                    case Op.JUMP_BACKWARD:
                        ip = arg;
                        break;
                    case Op.POP_JUMP_IF_FALSE:
                    case Op.POP_JUMP_IF_TRUE: {
                        PyObject v = stack[sp - 1];
                        boolean t = v == PyBool.TRUE || (v != PyBool.FALSE && Truth.isTrue(vm, v));
                        stack[--sp] = null;
                        heap.decref(v);
                        if (t == (op == Op.POP_JUMP_IF_TRUE)) ip = arg;
                        break;
                    }
                    case Op.POP_JUMP_IF_NONE:
                    case Op.POP_JUMP_IF_NOT_NONE: {
                        PyObject v = stack[--sp];
                        stack[sp] = null;
                        boolean none = v == PyNone.NONE;
                        heap.decref(v);
                        if (none == (op == Op.POP_JUMP_IF_NONE)) ip = arg;
                        break;
                    }
                    case Op.JUMP_IF_FALSE_OR_POP:
                    case Op.JUMP_IF_TRUE_OR_POP: {
                        PyObject v = stack[sp - 1];
                        boolean t = Truth.isTrue(vm, v);
                        if (t == (op == Op.JUMP_IF_TRUE_OR_POP)) {
                            ip = arg;
                        } else {
                            stack[--sp] = null;
                            heap.decref(v);
                        }
                        break;
                    }
                    case Op.GET_ITER: {
                        PyObject iterable = stack[sp - 1];
                        PyObject it = Iteration.getIter(vm, iterable);
                        stack[sp - 1] = it;
                        heap.decref(iterable);
                        break;
                    }
                    case Op.FOR_ITER: {
                        PyObject it = stack[sp - 1];
                        if (it instanceof RangeIterator r) {
                            if (r.hasNext()) {
                                stack[sp++] = PyInt.of(r.nextLong());
                            } else {
                                stack[--sp] = null;
                                heap.decref(it);
                                ip = arg;
                            }
                            break;
                        }
                        PyObject item = Iteration.next(vm, it);
                        if (item == null) {
                            stack[--sp] = null;
                            heap.decref(it);
                            ip = arg;
                        } else if (item == Vm.PENDING) {
                            f.sp = sp;
                            f.ip = ip;
                            ts.instructions += n;
                            return null;
                        } else {
                            stack[sp++] = item;
                        }
                        break;
                    }
                    case Op.RESUME:
                        break;
                    case Op.MAKE_FUNCTION: {
                        PyCode fcode = (PyCode) stack[--sp];
                        stack[sp] = null;
                        PyTuple closure = null;
                        PyDict kwdefaults = null;
                        PyTuple defaults = null;
                        if ((arg & 8) != 0) {
                            closure = (PyTuple) stack[--sp];
                            stack[sp] = null;
                        }
                        if ((arg & 4) != 0) {
                            heap.decref(stack[--sp]);
                            stack[sp] = null;
                        }
                        if ((arg & 2) != 0) {
                            kwdefaults = (PyDict) stack[--sp];
                            stack[sp] = null;
                        }
                        if ((arg & 1) != 0) {
                            defaults = (PyTuple) stack[--sp];
                            stack[sp] = null;
                        }
                        PyFunction fn = new PyFunction(heap, fcode, f.globals, defaults, kwdefaults, closure);
                        heap.decref(fcode);
                        stack[sp++] = fn;
                        break;
                    }
                    case Op.KW_NAMES:
                        f.kwnames = co.kwnames[arg];
                        break;
                    case Op.CALL: {
                        String[] kw = f.kwnames;
                        int total = arg;
                        int base = sp - arg;
                        PyObject callable = stack[sp - arg - 2];
                        if (callable != null) {
                            total++;
                            base--;
                        } else {
                            callable = stack[sp - arg - 1];
                            if (callable instanceof PyMethod m) {
                                PyObject func = heap.newRef(m.func);
                                PyObject self = heap.newRef(m.self);
                                stack[sp - arg - 2] = func;
                                stack[sp - arg - 1] = self;
                                heap.decref(m);
                                callable = func;
                                total++;
                                base--;
                            }
                        }
                        if (callable instanceof PyFunction fn) {
                            f.kwnames = null;
                            int newSp = sp - arg - 2;
                            PyFrame callee;
                            try {
                                // The frame steals the arguments and the function from the stack.
                                callee = Calls.newFrame(vm, fn, stack, base, total, kw, true);
                            } catch (PyRaise e) {
                                // Arguments and function were consumed (released with the frame).
                                for (int i = newSp; i < sp; i++) stack[i] = null;
                                sp = newSp;
                                throw e;
                            }
                            for (int i = newSp; i < sp; i++) stack[i] = null;
                            sp = newSp;
                            if (fn.code.isGenerator()) {
                                stack[sp++] = new PyGenerator(heap, callee, fn);
                                break;
                            }
                            f.sp = sp;
                            f.ip = ip;
                            vm.pushFrame(callee, Frame.RET_PUSH);
                            f = callee;
                            if (n >= budget || ts.attention) {
                                ts.instructions += n;
                                return null;
                            }
                            continue frames;
                        }
                        PyObject[] args = new PyObject[total];
                        System.arraycopy(stack, base, args, 0, total);
                        vm.callReturnMode = Frame.RET_PUSH;
                        f.sp = sp;
                        PyObject r = Calls.call(vm, callable, args, kw);
                        f.kwnames = null;
                        if (r == Vm.PENDING) {
                            f.pendingPop = arg + 2;
                            f.checkAfterCall = true;
                            f.ip = ip;
                            ts.instructions += n;
                            return null;
                        }
                        f.pendingPop = arg + 2;
                        f.sp = sp;
                        interp.popPending(f);
                        sp = f.sp;
                        stack[sp++] = r;
                        break;
                    }
                    case Op.CALL_FUNCTION_EX: {
                        f.sp = sp;
                        f.ip = ip;
                        PyObject r = OpHelpers.callFunctionEx(vm, f, (arg & 1) != 0);
                        if (r == Vm.PENDING) {
                            f.checkAfterCall = true;
                            ts.instructions += n;
                            return null;
                        }
                        sp = f.sp;
                        stack[sp++] = r;
                        break;
                    }
                    case Op.RETURN_VALUE: {
                        PyObject v = stack[--sp];
                        stack[sp] = null;
                        f.sp = sp;
                        f.ip = ip;
                        boolean toCaller = f.returnMode == Frame.RET_PUSH && f.generator == null;
                        vm.returnFrom(ts, f, v);
                        if (toCaller && ts.top instanceof PyFrame caller && n < budget && !ts.attention) {
                            f = caller;
                            continue frames;
                        }
                        ts.instructions += n;
                        return null;
                    }
                    case Op.YIELD_VALUE: {
                        PyObject v = stack[--sp];
                        stack[sp] = null;
                        f.sp = sp;
                        f.ip = ip;
                        ts.instructions += n;
                        f.generator.yielded(vm, ts, v);
                        return null;
                    }
                    case Op.LOAD_BUILD_CLASS: {
                        PyObject bc = f.builtins.getStr(Names.BUILD_CLASS);
                        if (bc == null) throw Errors.name("__build_class__ not found");
                        rc.incref(bc);
                        stack[sp++] = bc;
                        break;
                    }
                    case Op.RAISE_VARARGS: {
                        f.sp = sp;
                        f.ip = ip;
                        PyRaise e = OpHelpers.raise(vm, ts, f, arg);
                        sp = f.sp;
                        ts.instructions += n;
                        interp.raiseIn(ts, f, e, arg != 0);
                        return null;
                    }
                    case Op.RERAISE: {
                        PyObject v = stack[--sp];
                        stack[sp] = null;
                        // With arg 1 the saved lasti below restores CPython's f_lasti (line
                        // numbers); the handler search still starts at this RERAISE, as
                        // exception_unwind uses next_instr, not f_lasti.
                        f.sp = sp;
                        f.ip = ip;
                        ts.instructions += n;
                        interp.raiseIn(ts, f, new PyRaise((PyBaseException) v), false);
                        return null;
                    }
                    case Op.PUSH_EXC_INFO: {
                        PyObject v = stack[sp - 1];
                        ExcItem item = ts.excInfo;
                        PyObject prev = item.value;
                        if (prev == null) prev = heap.newRef(PyNone.NONE);
                        stack[sp - 1] = prev;
                        rc.incref(v);
                        stack[sp++] = v;
                        item.value = v;
                        break;
                    }
                    case Op.POP_EXCEPT: {
                        ExcItem item = ts.excInfo;
                        PyObject old = item.value;
                        PyObject v = stack[--sp];
                        stack[sp] = null;
                        item.value = v == PyNone.NONE ? null : v;
                        if (v == PyNone.NONE) heap.decref(v);
                        if (old != null) heap.decref(old);
                        break;
                    }
                    case Op.CHECK_EXC_MATCH: {
                        PyObject type = stack[sp - 1];
                        PyObject exc = stack[sp - 2];
                        boolean m = OpHelpers.exceptionMatches(exc, type);
                        stack[sp - 1] = m ? PyBool.TRUE : PyBool.FALSE;
                        rc.incref(stack[sp - 1]);
                        heap.decref(type);
                        break;
                    }
                    case Op.LOAD_ASSERTION_ERROR:
                        rc.incref(Types.ASSERTION_ERROR);
                        stack[sp++] = Types.ASSERTION_ERROR;
                        break;
                    case Op.BEFORE_WITH: {
                        f.sp = sp;
                        f.ip = ip;
                        PyObject r = With.beforeWith(vm, f);
                        if (r == Vm.PENDING) {
                            ts.instructions += n;
                            return null;
                        }
                        sp = f.sp;
                        stack[sp++] = r;
                        break;
                    }
                    case Op.WITH_EXCEPT_START: {
                        f.sp = sp;
                        f.ip = ip;
                        PyObject r = With.exceptStart(vm, f);
                        if (r == Vm.PENDING) {
                            ts.instructions += n;
                            return null;
                        }
                        stack[sp++] = r;
                        break;
                    }
                    case Op.IMPORT_NAME: {
                        PyObject fromlist = stack[sp - 1];
                        PyObject level = stack[sp - 2];
                        PyObject module = vm.modules.importModule(names[arg].value, co.lineOf(ip - 1));
                        stack[--sp] = null;
                        stack[sp - 1] = module;
                        heap.decref(fromlist);
                        heap.decref(level);
                        break;
                    }
                    case Op.IMPORT_FROM: {
                        PyObject from = stack[sp - 1];
                        PyObject v = OpHelpers.importFrom(vm, from, names[arg]);
                        stack[sp++] = v;
                        break;
                    }
                    case Op.SET_RESULT: {
                        PyObject v = stack[--sp];
                        stack[sp] = null;
                        PyObject old = ts.cellResult;
                        ts.cellResult = v;
                        heap.xdecref(old);
                        break;
                    }
                    default:
                        throw new IllegalStateException("opcode " + op + " not implemented");
                }
                if (n >= budget || ts.attention) {
                    f.sp = sp;
                    f.ip = ip;
                    if (ts.attention) {
                        StopReason r = attention(ts, f, op, ip <= at);
                        if (r != null || ts.top != f) {
                            ts.instructions += n;
                            return r;
                        }
                    }
                    if (n >= budget) {
                        ts.instructions += n;
                        return StopReason.BUDGET;
                    }
                }
            }
          }
        } catch (PyRaise e) {
            f.sp = sp;
            f.ip = ip;
            ts.instructions += n;
            if (f.memo != null) f.memo.release(heap);
            interp.raiseIn(ts, f, vm.newlyRaised(ts, e), true);
            return null;
        } catch (NeedCall nc) {
            f.sp = sp;
            f.ip = ip - 1;
            ts.instructions += n - 1;
            if (f.memo != null) f.memo.rewind();
            ts.attention = true;
            interp.pushInlineCall(ts, f, nc);
            return null;
        }
    }

    /** Work at an instruction boundary: the end of a replayed step, finalizers, stop requests. */
    private StopReason attention(ThreadState ts, PyFrame f, int op, boolean jumpedBack) {
        ts.attention = false;
        if (f.memo != null) f.memo.release(vm.heap);
        if (ts.blockedOn != null) {
            // The check of this instruction is made when the thread resumes (Interpreter.run).
            if (isEvalBreakerCheck(op, jumpedBack)) ts.checkDue = true;
            return StopReason.BLOCKED;
        }
        if (ts.yieldRequested) {
            ts.yieldRequested = false;
            if (isEvalBreakerCheck(op, jumpedBack)) ts.checkDue = true;
            return StopReason.YIELD;
        }
        if (vm.heap.gcRequested) {
            GarbageCollector.automatic(vm);
            if (ts.top != f) return null;
        }
        if (vm.heap.hasPendingFinalizers()) {
            Finalizers.schedule(vm, ts);
            if (ts.top != f) return null;
        }
        if (ts.requestStop) {
            ts.attention = true;
            if (isEvalBreakerCheck(op, jumpedBack)) return StopReason.CHECKPOINT;
        }
        return null;
    }

    /**
     * CPython 3.11's CHECK_EVAL_BREAKER sites (FACTS.md §2): RESUME, JUMP_BACKWARD, a
     * conditional jump taken backwards (3.11's POP_JUMP_BACKWARD_IF_*), and after a call that
     * went through C (CALL of a non-Python callable, CALL_FUNCTION_EX).
     */
    static boolean isEvalBreakerCheck(int op, boolean jumpedBack) {
        switch (op) {
            case Op.RESUME:
            case Op.JUMP_BACKWARD:
            case Op.CALL:
            case Op.CALL_FUNCTION_EX:
                return true;
            case Op.POP_JUMP_IF_FALSE:
            case Op.POP_JUMP_IF_TRUE:
            case Op.POP_JUMP_IF_NONE:
            case Op.POP_JUMP_IF_NOT_NONE:
                return jumpedBack;
            default:
                return false;
        }
    }

    static PyRaise unboundLocal(PyStr name) {
        return Errors.of(Types.UNBOUND_LOCAL_ERROR,
                "cannot access local variable '" + name.value + "' where it is not associated with a value");
    }

    static PyRaise unboundDeref(PyCode co, int i) {
        PyStr name = co.localsplusNames[co.nlocals + i];
        if (i < co.ncells) return unboundLocal(name);
        return Errors.name("cannot access free variable '" + name.value
                + "' where it is not associated with a value in enclosing scope");
    }
}
