package gilsim.vm;

import java.util.ArrayList;

/** Ready-made consumers: collect into a list, extend a list. */
final class Consumers {
    private Consumers() {}

    /** Collects items into an ArrayList of owned references, then lets a subclass build the result. */
    abstract static class Collect extends Consumer {
        final ArrayList<PyObject> items = new ArrayList<>();

        Collect(String name, PyObject iterator) {
            super(name, iterator);
        }

        @Override
        protected boolean accept(Vm vm, PyObject item) {
            items.add(vm.heap.newRef(item));
            if ((items.size() & 0xFFFF) == 0) vm.limits.checkCollectionSize(items.size(), "list");
            return true;
        }

        /** Hand the collected references over (the consumer no longer owns them). */
        PyObject[] takeItems() {
            PyObject[] a = items.toArray(new PyObject[0]);
            items.clear();
            return a;
        }

        @Override
        protected void release(Heap heap) {
            for (PyObject o : items) heap.decref(o);
            items.clear();
            super.release(heap);
        }
    }

    /** list(iterable) for any iterable: a new list. */
    static PyObject toList(Vm vm, PyObject iterable) {
        if (Iteration.isSyncIterable(iterable)) {
            PyObject[] items = Iteration.toArraySync(vm, iterable);
            return new PyList(items, items.length);
        }
        return Consumer.start(vm, it -> new Collect("list", it) {
            @Override
            protected PyObject finish(Vm vm) {
                PyObject[] a = takeItems();
                return new PyList(a, a.length);
            }
        }, iterable);
    }

    /** tuple(iterable) for any iterable. */
    static PyObject toTuple(Vm vm, PyObject iterable) {
        if (iterable instanceof PyTuple) return vm.heap.newRef(iterable);
        if (Iteration.isSyncIterable(iterable)) return PyTuple.steal(vm.heap, Iteration.toArraySync(vm, iterable));
        return Consumer.start(vm, it -> new Collect("tuple", it) {
            @Override
            protected PyObject finish(Vm vm) {
                return PyTuple.steal(vm.heap, takeItems());
            }
        }, iterable);
    }

    /** {@code item in iterable} by iteration (_PySequence_IterSearch); the frame pushes the bool. */
    static PyObject contains(Vm vm, PyObject iterable, PyObject item, boolean invert) {
        vm.callReturnMode = Frame.RET_PUSH;
        vm.heap.incref(item);
        return Consumer.start(vm, it -> new Consumer("contains", it) {
            boolean found;

            @Override
            protected boolean accept(Vm vm, PyObject x) {
                found = Compare.richCompareBool(vm, x, item, gilsim.lang.bytecode.Comparison.EQ);
                return !found;
            }

            @Override
            protected PyObject finish(Vm vm) {
                return PyBool.of(found ^ invert);
            }

            @Override
            protected void release(Heap heap) {
                heap.decref(item);
                super.release(heap);
            }
        }, iterable);
    }

    /** list.extend(iterable) / LIST_EXTEND with a generator: the result is None. */
    static PyObject extendList(Vm vm, PyList list, PyObject iterable, int mode) {
        return extendList(vm, list, iterable, mode, false);
    }

    /** With {@code returnList}, the result is the list itself (list += iterable). */
    static PyObject extendList(Vm vm, PyList list, PyObject iterable, int mode, boolean returnList) {
        PyObject it = Iteration.getIter(vm, iterable);
        vm.heap.incref(list);
        return vm.pushNative(new Consumer("list.extend", it) {
            @Override
            protected boolean accept(Vm vm, PyObject item) {
                list.append(vm, item);
                return true;
            }

            @Override
            protected PyObject finish(Vm vm) {
                return vm.heap.newRef(returnList ? list : PyNone.NONE);
            }

            @Override
            protected void release(Heap heap) {
                heap.decref(list);
                super.release(heap);
            }
        }, mode);
    }
}
