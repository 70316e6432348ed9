package gilsim.sim;

import gilsim.sim.settings.Settings;

/** The refcount model a run uses ({@code %refcount}). */
final class RefcountModels {
    private RefcountModels() {}

    static MachineRefcounts create(Settings settings, Costs costs, Crashes crashes) {
        return switch (settings.refcount()) {
            case PLAIN -> new PlainCounts(settings, costs, crashes);
            case LOCKED -> new LockedCounts(settings, costs, crashes);
            case GLOBAL_LOCK -> new GlobalLockCounts(settings, costs, crashes);
            case ATOMIC -> new AtomicCounts(settings, costs, crashes);
            case BIASED -> new BiasedCounts(settings, costs, crashes);
        };
    }
}
