package gilsim.kernel.magic;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The arguments of {@code %%python [timeout=SECONDS]}: the body also runs in real python3, to
 * compare its output with the simulation's.
 *
 * @param timeoutSeconds real seconds after which the python3 process is stopped; null when not
 *                       given: then the session's {@code %limit seconds} applies, as to any cell
 */
public record PythonCellSpec(Double timeoutSeconds) {
    public static final double MAX_TIMEOUT_SECONDS = 300;
    private static final double MIN_TIMEOUT_SECONDS = 0.1;

    /** @throws MagicException for an argument other than timeout=SECONDS, or a timeout out of range */
    public static PythonCellSpec parse(String args) throws MagicException {
        Map<String, String> pairs = MagicArgs.keyValues("%%python", args);
        Double timeout = null;
        for (Map.Entry<String, String> pair : pairs.entrySet()) {
            if (!pair.getKey().equals("timeout")) {
                throw new MagicException("%%python: unknown argument '" + pair.getKey()
                        + "'; the only one is timeout=SECONDS.");
            }
            try {
                timeout = new BigDecimal(pair.getValue().replaceFirst("s$", "")).doubleValue();
            } catch (NumberFormatException e) {
                timeout = Double.NaN;
            }
            if (!(timeout >= MIN_TIMEOUT_SECONDS && timeout <= MAX_TIMEOUT_SECONDS)) {
                throw new MagicException("%%python: timeout must be a number of seconds from " + MIN_TIMEOUT_SECONDS
                        + " to " + (int) MAX_TIMEOUT_SECONDS + ", got '" + pair.getValue() + "'.");
            }
        }
        return new PythonCellSpec(timeout);
    }

    /** The timeout given, or {@code limitSeconds} (the session's %limit seconds) when none was. */
    public double timeoutOr(double limitSeconds) {
        return timeoutSeconds != null ? timeoutSeconds : limitSeconds;
    }
}
