package gilsim.sim;

/**
 * Thrown from inside a refcount operation to stop the run at a use-after-free or a double free.
 * It unwinds through the VM, whose state after it is not used again: the run ends, and the session
 * is put back as it was before the cell.
 */
final class SimulatedCrash extends RuntimeException {
    final Crash crash;

    SimulatedCrash(Crash crash) {
        super(crash.message(), null, false, false);
        this.crash = crash;
    }
}
