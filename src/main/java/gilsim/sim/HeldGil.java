package gilsim.sim;

/**
 * What the two real GILs ({@code %gil on} and {@code legacy}) share: a lock with a holder, the
 * last holder (a take by another thread is a switch), and the main thread holding it when a cell
 * starts.
 */
abstract class HeldGil implements GilModel {
    final Simulation sim;
    final Costs costs;
    boolean locked;
    SimThread holder;
    SimThread lastHolder;

    HeldGil(Simulation sim, Costs costs) {
        this.sim = sim;
        this.costs = costs;
    }

    @Override
    public boolean exists() { return true; }

    @Override
    public void startHolding(SimThread t, long now) {
        if (locked) {
            takeGil(t, now);
            return;
        }
        locked = true;
        holder = t;
        lastHolder = t;
        t.holdsGil = true;
        sim.mayRun(t, now);
    }
}
