package gilsim.kernel.magic;

import gilsim.sim.settings.Settings;

/** What one line magic does with its arguments. */
@FunctionalInterface
interface LineMagicHandler {
    MagicOutcome apply(Settings current, String args) throws MagicException;
}
