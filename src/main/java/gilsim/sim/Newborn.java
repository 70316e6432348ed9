package gilsim.sim;

/**
 * The mark an object gets when a thread of the machine allocates it ({@link
 * gilsim.vm.PyObject#allocationTag}): "created by {@code thread} in this run, not counted yet". It is
 * not the thread's {@link ThreadTag}, so no model's fast path takes it: the first count of the object
 * goes through {@link MachineRefcounts#op}, which classifies it once (immortal and deferred kinds
 * still apply) with the allocating thread as its owner, PEP 703's {@code ob_tid}. When another
 * thread counts it first, it is shared at once, still owned by its creator. A mark of another run,
 * or one whose thread is gone (cleared at the end of the run), reads as "not seen yet".
 */
final class Newborn {
    SimThread thread;
    final Object run;

    Newborn(SimThread thread, Object run) {
        this.thread = thread;
        this.run = run;
    }
}
