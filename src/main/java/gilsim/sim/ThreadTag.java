package gilsim.sim;

/**
 * The mark a refcount model leaves in {@link gilsim.vm.PyObject#machineState} of an object that
 * only one thread has counted so far in this run: that thread's tag. While an object carries the
 * tag of the thread touching it, nothing can race on its count, and the model takes its fast path
 * (one compare). A tag of another run is stale and reads as "not seen yet".
 */
final class ThreadTag {
    SimThread thread;
    final Object run;

    ThreadTag(SimThread thread, Object run) {
        this.thread = thread;
        this.run = run;
    }
}
