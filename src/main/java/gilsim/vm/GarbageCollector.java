package gilsim.vm;

import java.util.ArrayList;
import java.util.IdentityHashMap;

/**
 * gc.collect(): the idea of Modules/gcmodule.c — for every tracked container, start from its
 * reference count and subtract the references that come from other tracked containers; what is
 * left above zero is referenced from outside (names, stacks, static objects) and is reachable,
 * with everything it reaches. The rest is cyclic garbage: its finalizers run ({@code __del__},
 * PEP 442), then each object drops its references (tp_clear) and the counts fall to zero.
 * Returns the number of unreachable objects, as CPython does (an instance's attribute dict
 * that CPython 3.11 keeps inline is not counted as an object of its own).
 */
final class GarbageCollector {
    private GarbageCollector() {}

    static PyObject collect(Vm vm) {
        ArrayList<PyObject> garbage = findUnreachable(vm.heap);
        if (garbage.isEmpty()) return PyInt.of(0);
        int mode = vm.callReturnMode;
        ArrayList<PyInstance> finalize = new ArrayList<>();
        for (PyObject o : garbage) {
            if (o instanceof PyInstance inst && inst.needsFinalizer()) finalize.add(inst);
        }
        if (finalize.isEmpty()) return PyInt.of(clear(vm, garbage));
        return vm.pushNative(new Finalize(vm, finalize), mode);
    }

    /** The tracked containers that nothing outside the set refers to. */
    static ArrayList<PyObject> findUnreachable(Heap heap) {
        ArrayList<PyContainer> all = new ArrayList<>();
        for (PyContainer o = heap.gcHead.gcNext; o != heap.gcHead; o = o.gcNext) {
            if (!o.freed && o.refcnt < Types.STATIC_REFCNT / 2) all.add(o);
        }
        IdentityHashMap<PyObject, Boolean> tracked = new IdentityHashMap<>();
        for (PyContainer o : all) {
            o.gcRefs = o.refcnt;
            tracked.put(o, Boolean.TRUE);
        }
        for (PyContainer o : all) {
            o.traverse(r -> {
                if (tracked.containsKey(r)) ((PyContainer) r).gcRefs--;
            });
        }
        IdentityHashMap<PyObject, Boolean> reachable = new IdentityHashMap<>();
        ArrayList<PyObject> work = new ArrayList<>();
        for (PyContainer o : all) {
            if (o.gcRefs > 0) {
                reachable.put(o, Boolean.TRUE);
                work.add(o);
            }
        }
        while (!work.isEmpty()) {
            PyObject o = work.remove(work.size() - 1);
            o.traverse(r -> {
                if (tracked.containsKey(r) && !reachable.containsKey(r)) {
                    reachable.put(r, Boolean.TRUE);
                    work.add(r);
                }
            });
        }
        ArrayList<PyObject> garbage = new ArrayList<>();
        for (PyContainer o : all) if (!reachable.containsKey(o)) garbage.add(o);
        return garbage;
    }

    /** delete_garbage: each object drops its references while held alive; returns the count. */
    static int clear(Vm vm, ArrayList<PyObject> garbage) {
        Heap heap = vm.heap;
        int count = 0;
        for (PyObject o : garbage) {
            if (!(o instanceof PyDict d && d.inlineValues)) count++;
        }
        for (PyObject o : garbage) heap.incref(o);
        for (PyObject o : garbage) {
            if (!o.freed) o.clearReferences(heap);
        }
        for (PyObject o : garbage) heap.decref(o);
        return count;
    }

    /** Runs the __del__ of unreachable instances first, then collects again (they may have resurrected objects). */
    private static final class Finalize extends NativeFrame {
        private final ArrayList<PyInstance> pending;
        private int next;

        Finalize(Vm vm, ArrayList<PyInstance> pending) {
            super("gc.collect");
            this.pending = pending;
            for (PyInstance i : pending) vm.heap.incref(i);
        }

        @Override
        protected PyObject step(Vm vm, PyObject input) {
            while (next < pending.size()) {
                PyInstance obj = pending.get(next++);
                obj.finalized = true;
                PyObject r = vm.requestCall(obj.type().lookup(Names.DEL), new PyObject[] {obj}, null);
                if (r == Vm.PENDING) return r;
                vm.heap.decref(r);
            }
            for (PyInstance i : pending) vm.heap.decref(i);
            pending.clear();
            return PyInt.of(clear(vm, findUnreachable(vm.heap)));
        }

        @Override
        protected PyObject stepException(Vm vm, PyRaise error) {
            vm.heap.incref(error.exception);
            Finalizers.reportIgnored(vm, this, error);
            return step(vm, null);
        }

        @Override
        protected void release(Heap heap) {
            for (PyInstance i : pending) heap.decref(i);
            pending.clear();
        }
    }
}
