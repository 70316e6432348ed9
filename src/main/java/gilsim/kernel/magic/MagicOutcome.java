package gilsim.kernel.magic;

import gilsim.sim.settings.Settings;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;

import java.util.List;

/**
 * What applying a magic did.
 *
 * @param settings     the session's settings from now on (the same instance when unchanged)
 * @param outputs      what to display, in order (empty for a silent success)
 * @param resetSession true for {@code %reset}: the kernel must also drop the namespace and heap
 */
public record MagicOutcome(Settings settings, List<DisplayData> outputs, boolean resetSession) {

    public MagicOutcome {
        outputs = List.copyOf(outputs);
    }

    static MagicOutcome silent(Settings settings) {
        return new MagicOutcome(settings, List.of(), false);
    }

    static MagicOutcome showing(Settings settings, DisplayData... outputs) {
        return new MagicOutcome(settings, List.of(outputs), false);
    }
}
