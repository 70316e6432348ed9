package gilsim.vm;

import java.util.ArrayList;
import java.util.List;

/**
 * The cyclic collector, after Modules/gcmodule.c (3.11): three generations, new containers in
 * generation 0. A collection of generation g merges the younger ones into it, and, for every
 * container there, starts from its reference count and subtracts the references that come from
 * other containers of the same collection: what is left above zero is referenced from outside
 * (names, stacks, older objects) and is reachable, with everything it reaches. The rest is cyclic
 * garbage: its finalizers run ({@code __del__}, PEP 442, as frames), then each object drops its
 * references (tp_clear) and the counts fall to zero. Survivors move one generation up.
 *
 * <p>Collections start as in CPython: when GC allocations minus frees pass 700, at the next
 * instruction boundary (CPython collects inside the allocation itself), the oldest generation
 * whose count passed its threshold (700, 10, 10) is collected, generation 2 only when the
 * objects promoted since the last full collection are a quarter of the old ones. gc.collect()
 * collects generation 2 (everything) and returns the number of unreachable objects, as CPython
 * does (an instance's attribute dict, inline in CPython 3.11, is not counted as an object).
 */
final class GarbageCollector {
    private GarbageCollector() {}

    /** gc.collect(generation): an int, or PENDING while finalizers run as frames. */
    static PyObject collect(Vm vm, int generation) {
        if (vm.heap.collecting) return PyInt.of(0);
        return collectGeneration(vm, generation, vm.callReturnMode);
    }

    /** gc_collect_generations, at an instruction boundary after generation 0 passed its threshold. */
    static void automatic(Vm vm) {
        Heap h = vm.heap;
        h.gcRequested = false;
        if (h.collecting || !h.gcEnabled) return;
        for (int i = 2; i >= 0; i--) {
            if (h.genCount[i] > h.threshold[i]) {
                if (i == 2 && h.longLivedPending < h.longLivedTotal / 4) continue;
                PyObject r = collectGeneration(vm, i, Frame.RET_DISCARD);
                if (r != Vm.PENDING) vm.heap.decref(r);
                return;
            }
        }
    }

    private static PyObject collectGeneration(Vm vm, int g, int mode) {
        Heap h = vm.heap;
        h.collecting = true;
        for (int i = 0; i < g; i++) splice(h, i, g);
        List<PyContainer> members = new ArrayList<>();
        for (PyContainer o = h.generations[g].gcNext; o != h.generations[g]; o = o.gcNext) {
            if (!o.freed) members.add(o);
        }
        List<PyContainer> garbage = unreachable(members, g);
        // Survivors move up a generation (the garbage goes with them until it is freed).
        if (g < 2) splice(h, g, g + 1);
        if (g + 1 <= 2) h.genCount[g + 1]++;
        for (int i = 0; i <= g; i++) h.genCount[i] = 0;
        if (g == 2) {
            h.longLivedPending = 0;
            h.longLivedTotal = members.size() - garbage.size();
        } else if (g == 1) {
            h.longLivedPending += members.size() - garbage.size();
        }
        ArrayList<PyInstance> finalize = new ArrayList<>();
        for (PyContainer o : garbage) {
            if (o instanceof PyInstance inst && inst.needsFinalizer()) finalize.add(inst);
        }
        if (finalize.isEmpty()) {
            int n = clear(vm, garbage);
            h.collecting = false;
            return PyInt.of(n);
        }
        return vm.pushNative(new Finalize(vm, finalize, garbage, g), mode);
    }

    /** Move generation `from`'s objects to the end of generation `to` (gc_list_merge). */
    private static void splice(Heap h, int from, int to) {
        PyContainer src = h.generations[from];
        if (src.gcNext == src) return;
        for (PyContainer o = src.gcNext; o != src; o = o.gcNext) o.gen = (byte) to;
        PyContainer dst = h.generations[to];
        PyContainer first = src.gcNext;
        PyContainer last = src.gcPrev;
        PyContainer tail = dst.gcPrev;
        tail.gcNext = first;
        first.gcPrev = tail;
        last.gcNext = dst;
        dst.gcPrev = last;
        src.gcNext = src;
        src.gcPrev = src;
    }

    /** Trial deletion over the members of generation g: those nothing outside refers to. */
    static List<PyContainer> unreachable(List<PyContainer> members, int g) {
        for (PyContainer o : members) o.gcRefs = o.refcnt;
        for (PyContainer o : members) {
            o.traverse(r -> {
                if (r instanceof PyContainer c && c.gcNext != null && c.gen == g && !c.freed) c.gcRefs--;
            });
        }
        ArrayList<PyContainer> work = new ArrayList<>();
        for (PyContainer o : members) {
            if (o.gcRefs > 0) {
                o.gcRefs = Long.MIN_VALUE; // reachable
                work.add(o);
            }
        }
        while (!work.isEmpty()) {
            PyContainer o = work.remove(work.size() - 1);
            o.traverse(r -> {
                if (r instanceof PyContainer c && c.gcNext != null && c.gen == g && c.gcRefs != Long.MIN_VALUE) {
                    c.gcRefs = Long.MIN_VALUE;
                    work.add(c);
                }
            });
        }
        ArrayList<PyContainer> garbage = new ArrayList<>();
        for (PyContainer o : members) if (o.gcRefs != Long.MIN_VALUE && o.refcnt < Types.STATIC_REFCNT / 2) garbage.add(o);
        return garbage;
    }

    /** delete_garbage: each object drops its references while held alive; returns the count. */
    static int clear(Vm vm, List<PyContainer> garbage) {
        Heap heap = vm.heap;
        int count = 0;
        for (PyContainer o : garbage) {
            if (!(o instanceof PyDict d && d.inlineValues)) count++;
        }
        for (PyContainer o : garbage) heap.incref(o);
        for (PyContainer o : garbage) {
            if (!o.freed) o.clearReferences(heap);
        }
        for (PyContainer o : garbage) heap.decref(o);
        return count;
    }

    /**
     * Runs the __del__ of unreachable instances first (finalize_garbage), then checks again which
     * of the garbage is still unreachable — a finalizer may have resurrected some of it
     * (handle_resurrected_objects) — and clears that.
     */
    private static final class Finalize extends NativeFrame {
        private final ArrayList<PyInstance> pending;
        private final List<PyContainer> garbage;
        private final int generation;
        private int next;

        Finalize(Vm vm, ArrayList<PyInstance> pending, List<PyContainer> garbage, int generation) {
            super("gc.collect");
            this.pending = pending;
            this.garbage = garbage;
            this.generation = generation;
            for (PyContainer o : garbage) vm.heap.incref(o);
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
            for (PyContainer o : garbage) vm.heap.decref(o);
            List<PyContainer> alive = new ArrayList<>();
            for (PyContainer o : garbage) if (!o.freed) alive.add(o);
            int target = alive.isEmpty() ? generation : alive.get(0).gen;
            List<PyContainer> still = unreachableWithin(alive);
            int n = clear(vm, still);
            vm.heap.collecting = false;
            return PyInt.of(n);
        }

        @Override
        protected PyObject stepException(Vm vm, PyRaise error) {
            vm.heap.incref(error.exception);
            Finalizers.reportIgnored(vm, this, error);
            return step(vm, null);
        }

        @Override
        protected void release(Heap heap) {
            if (next <= pending.size() && heap.collecting) {
                heap.collecting = false;
            }
        }
    }

    /** Trial deletion restricted to a set (the garbage after its finalizers ran). */
    static List<PyContainer> unreachableWithin(List<PyContainer> set) {
        java.util.IdentityHashMap<PyContainer, Boolean> in = new java.util.IdentityHashMap<>();
        for (PyContainer o : set) {
            in.put(o, Boolean.TRUE);
            o.gcRefs = o.refcnt;
        }
        for (PyContainer o : set) {
            o.traverse(r -> {
                if (r instanceof PyContainer c && in.containsKey(c)) c.gcRefs--;
            });
        }
        ArrayList<PyContainer> work = new ArrayList<>();
        for (PyContainer o : set) {
            if (o.gcRefs > 0) {
                o.gcRefs = Long.MIN_VALUE;
                work.add(o);
            }
        }
        while (!work.isEmpty()) {
            PyContainer o = work.remove(work.size() - 1);
            o.traverse(r -> {
                if (r instanceof PyContainer c && in.containsKey(c) && c.gcRefs != Long.MIN_VALUE) {
                    c.gcRefs = Long.MIN_VALUE;
                    work.add(c);
                }
            });
        }
        ArrayList<PyContainer> garbage = new ArrayList<>();
        for (PyContainer o : set) if (o.gcRefs != Long.MIN_VALUE) garbage.add(o);
        return garbage;
    }
}
