package gilsim.sim;

import gilsim.sim.settings.Settings;
import gilsim.vm.PyObject;
import java.util.ArrayList;

/**
 * {@code %refcount biased}: PEP 703's biased reference counting (Choi, Shull, Torrellas, PACT 2018),
 * with the paths of Objects/object.c and Include/refcount.h as FACTS.md §5 gives them.
 *
 * <p>Notes about the model. Each object has an owner ({@code ob_tid}), a local count the owner
 * updates with plain instructions ({@code ob_ref_local}) and a shared count other threads update
 * atomically ({@code ob_ref_shared}, with the state bits DEFAULT, QUEUED, MERGED). The count a
 * program sees is local + shared.
 * <ul>
 * <li>Owner incref/decref: plain update of the local count ({@code biased_local}, ≈ 1.5 ns).</li>
 * <li>Non-owner incref: atomic add on the shared count ({@code biased_shared}; contended when
 *     another core wrote the line last).</li>
 * <li>Non-owner decref: if the shared count is 0 in the DEFAULT state, it does not subtract; it
 *     marks the object QUEUED and queues it to the owner ({@code _Py_brc_queue_object}), which
 *     merges it at its next eval-breaker check — local + shared − 1 into a MERGED shared count — and
 *     frees it if that is 0. If the owner has exited, the decrementing thread merges at once.
 *     Otherwise it subtracts, and the shared count may go negative.</li>
 * <li>The owner's local count reaching 0 ({@code _Py_MergeZeroLocalRefcount}): with a shared count of
 *     0 the owner frees the object; otherwise the object becomes unowned and MERGED, and from then on
 *     every thread decrements the shared count atomically; whoever brings it to 0 frees.</li>
 * </ul>
 * The owner is the allocating thread: every object the run creates carries its creator's
 * {@link Newborn} mark, so a list the main thread builds and stores without counting it
 * ({@code shared = []}) is the main thread's, and the workers that load it take the shared path.
 * Objects that existed before the run belong to the main thread, which created them in earlier
 * cells (the machine marks them when the run starts).
 */
final class BiasedCounts extends FixedCostCounts {
    BiasedCounts(Settings settings, Costs costs, Crashes crashes) {
        super(settings, costs, crashes, RefcountOp.BIASED_LOCAL);
    }

    @Override
    long stored(ObjState st) {
        return st.local + st.shared;
    }

    @Override
    boolean sharedOp(PyObject o, ObjState st, SimThread t, int delta) {
        st.trueCount += delta;
        if (st.owner == t) {
            t.counted(RefcountOp.BIASED_LOCAL);
            AtomicCounts.lineAccess(st, t, costs.biasedLocal, costs);
            st.local += delta;
            sync(o, st);
            if (delta < 0 && st.local == 0) return mergeZeroLocal(o, st);
            return false;
        }
        t.counted(RefcountOp.BIASED_SHARED);
        AtomicCounts.lineAccess(st, t, costs.biasedShared, costs);
        if (delta > 0) {
            st.shared++;
            sync(o, st);
            return false;
        }
        if (st.state == ObjState.MERGED) {
            st.shared--;
            sync(o, st);
            return st.shared == 0;
        }
        if (st.shared == 0 && st.state == ObjState.DEFAULT) {
            // "we don't subtract one from the reference count because the queue holds a reference"
            st.state = ObjState.QUEUED;
            t.queuedDecrefs++;
            if (st.owner == null || st.owner.finished()) return explicitMerge(o, st);
            st.owner.mergeQueue.add(o);
            return false;
        }
        st.shared--; // may go negative ("This might be negative!")
        sync(o, st);
        return false;
    }

    /** _Py_MergeZeroLocalRefcount: the owner's local count reached 0. */
    private boolean mergeZeroLocal(PyObject o, ObjState st) {
        if (st.shared == 0 && st.state == ObjState.DEFAULT) return true;
        st.owner = null;
        st.state = ObjState.MERGED;
        return st.shared == 0;
    }

    /** _Py_ExplicitMergeRefcount(op, -1): local + shared - 1 becomes a merged shared count. */
    private boolean explicitMerge(PyObject o, ObjState st) {
        st.shared = st.local + st.shared - 1;
        st.local = 0;
        st.owner = null;
        st.state = ObjState.MERGED;
        sync(o, st);
        return st.shared == 0;
    }

    /**
     * The owner's eval-breaker check (_Py_brc_merge_refcounts): merge each queued object and free
     * those whose merged count is 0, through the heap's dealloc.
     */
    void mergeQueued(SimThread owner) {
        if (owner.mergeQueue.isEmpty()) return;
        ArrayList<PyObject> queue = new ArrayList<>(owner.mergeQueue);
        owner.mergeQueue.clear();
        SimThread saved = current;
        current = owner;
        try {
            for (PyObject o : queue) {
                if (o.freed || !(o.machineState instanceof ObjState st) || st.run != run) continue;
                if (!explicitMerge(o, st)) continue;
                crashes.freed(o, st, owner);
                forcedFree = o;
                owner.interp.vm.heap.decref(o);
            }
        } finally {
            current = saved;
        }
    }

    private static void sync(PyObject o, ObjState st) {
        o.refcnt = st.local + st.shared;
    }
}
