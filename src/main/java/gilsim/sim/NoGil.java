package gilsim.sim;

/**
 * {@code %gil off}: free-threading (PEP 703).
 *
 * <p>Notes about the model. There is no lock to take: a thread that wants to run only needs a
 * core, and threads run truly in parallel, as in a free-threaded build (3.13t/3.14t with
 * PYTHON_GIL=0). There are no drop requests, no switches and no hand-offs; what parallel threads
 * cost each other is the refcount model's business (contended cache lines, lost updates).
 */
final class NoGil implements GilModel {
    private final Simulation sim;
    private long intervalPs;

    NoGil(Simulation sim, long intervalPs) {
        this.sim = sim;
        this.intervalPs = intervalPs;
    }

    @Override
    public boolean exists() { return false; }

    @Override
    public void takeGil(SimThread t, long now) {
        sim.mayRun(t, now);
    }

    @Override
    public void dropGil(SimThread t, long now) {}

    @Override
    public void atCheckpoint(SimThread t) {
        sim.refreshStopFlag(t);
    }

    @Override
    public void onEvent(SimThread t, EventKind kind, long now) {
        throw new IllegalStateException("no GIL, yet a GIL event " + kind + " for " + t);
    }

    @Override
    public boolean dropRequested(SimThread t) { return false; }

    @Override
    public long switchIntervalPs() { return intervalPs; }

    @Override
    public void setSwitchIntervalPs(long ps) { intervalPs = ps; }
}
