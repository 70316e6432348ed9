package gilsim.sim;

import gilsim.sim.settings.Settings;
import gilsim.vm.PyObject;

/**
 * The refcount models whose private path (an object only the running thread counts) is one update
 * of a fixed kind at a fixed cost: plain, atomic, biased (the owner's local count) and per-object
 * locked. Each model gives its kind; what differs between them is the shared path.
 *
 * <p>The private path is written out in {@link #incref} and {@link #decrefToZero} rather than
 * called through {@link #privateIncref}, so that the hot path is the VM's one virtual call with
 * nothing polymorphic inside it when several models have run in one JVM: the kind and its cost
 * are final fields read once per operation, and the counter is a slot of the thread's array.
 */
abstract class FixedCostCounts extends MachineRefcounts {
    /** The private path's kind, as an index into {@link SimThread#refcountOps}. */
    private final int privateKind;
    /** The private path's cost, read once. */
    private final long privateCost;

    FixedCostCounts(Settings settings, Costs costs, Crashes crashes, RefcountOp privatePath) {
        super(settings, costs, crashes);
        privateKind = privatePath.ordinal();
        privateCost = privatePath.uncontendedPs(costs);
    }

    @Override
    public final void incref(PyObject o) {
        SimThread t = current;
        if (t != null && o.machineState == t.tag) {
            o.refcnt++;
            t.refcountOps[privateKind]++;
            t.clock += privateCost;
            return;
        }
        op(o, t, 1);
    }

    @Override
    public final boolean decrefToZero(PyObject o) {
        SimThread t = current;
        if (t != null && o.machineState == t.tag) {
            t.refcountOps[privateKind]++;
            t.clock += privateCost;
            if (!decrement(o)) return false;
            o.machineState = FREED;
            return true;
        }
        return op(o, t, -1);
    }

    @Override
    final void privateIncref(PyObject o, SimThread t) {
        o.refcnt++;
        t.refcountOps[privateKind]++;
        t.clock += privateCost;
    }

    @Override
    final boolean privateDecref(PyObject o, SimThread t) {
        t.refcountOps[privateKind]++;
        t.clock += privateCost;
        return decrement(o);
    }
}
