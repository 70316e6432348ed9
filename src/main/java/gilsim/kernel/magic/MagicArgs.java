package gilsim.kernel.magic;

import gilsim.sim.settings.Durations;
import gilsim.sim.settings.GilMode;
import gilsim.sim.settings.Limits;
import gilsim.sim.settings.PythonPreset;
import gilsim.sim.settings.RefcountMode;
import gilsim.sim.settings.ReportLevel;
import gilsim.sim.settings.Settings;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Parsers of magic argument values, shared by the line magics and {@code %%compare}. Each error
 * names what is allowed; {@code where} says which magic or key is being read ("%threads",
 * "%%compare threads=").
 */
final class MagicArgs {
    /** CPython counts the switch interval in whole microseconds (ceval_gil.c); smaller means nothing. */
    static final long MIN_SWITCH_INTERVAL_NS = 1_000L;
    static final long MAX_SWITCH_INTERVAL_NS = 60_000_000_000L;

    private static final Pattern WHOLE = Pattern.compile("[0-9][0-9_]*");
    private static final List<String> ON_OFF = List.of("on", "off");

    private MagicArgs() {}

    static int threads(String where, String text, Limits limits) throws MagicException {
        return (int) whole(where, text, 1, limits.threads(),
                "N must be a whole number from 1 to " + limits.threads()
                        + " (the thread limit; %limit threads=N raises it)");
    }

    static int cores(String where, String text) throws MagicException {
        return (int) whole(where, text, 1, Settings.MAX_CORES,
                "M must be a whole number from 1 to " + Settings.MAX_CORES);
    }

    static long seed(String where, String text) throws MagicException {
        return whole(where, text, 0, Long.MAX_VALUE, "N must be a whole number from 0 to " + Long.MAX_VALUE);
    }

    static GilMode gil(String where, String text) throws MagicException {
        return choice(where, "mode", text, GilMode.fromLabel(text), GilMode.labels());
    }

    static RefcountMode refcount(String where, String text) throws MagicException {
        return choice(where, "mode", text, RefcountMode.fromLabel(text), RefcountMode.labels());
    }

    static PythonPreset python(String where, String text) throws MagicException {
        return choice(where, "version", text, PythonPreset.fromLabel(text), PythonPreset.labels());
    }

    static ReportLevel report(String where, String text) throws MagicException {
        return choice(where, "level", text, ReportLevel.fromLabel(text), ReportLevel.labels());
    }

    static boolean onOff(String where, String text) throws MagicException {
        String t = text.trim().toLowerCase(Locale.ROOT);
        Optional<Boolean> value = t.equals("on") ? Optional.of(true) : t.equals("off") ? Optional.of(false)
                : Optional.empty();
        return choice(where, "value", text, value, ON_OFF);
    }

    /**
     * A switch interval: seconds like {@code sys.setswitchinterval(0.005)}, or {@code 5ms},
     * {@code 500us}, {@code 1000ns}; from 1 µs to 60 s. Returns whole nanoseconds.
     */
    static long switchInterval(String where, String text) throws MagicException {
        String allowed = "Write seconds as sys.setswitchinterval takes them (0.005) or a number with a unit"
                + " (5ms, 500us, 1000ns), from 1 µs to 60 s.";
        BigDecimal ns;
        try {
            ns = Durations.parseNanos(text, Durations.Unit.SECONDS);
        } catch (IllegalArgumentException e) {
            throw new MagicException(where + ": '" + text.trim() + "' is not a duration. " + allowed);
        }
        BigDecimal rounded = ns.setScale(0, RoundingMode.HALF_UP);
        if (rounded.compareTo(BigDecimal.valueOf(MIN_SWITCH_INTERVAL_NS)) < 0
                || rounded.compareTo(BigDecimal.valueOf(MAX_SWITCH_INTERVAL_NS)) > 0) {
            throw new MagicException(where + ": " + text.trim() + " is out of range. " + allowed);
        }
        return rounded.longValueExact();
    }

    /**
     * {@code key=value} pairs in the order written. Spaces around {@code =} and {@code ,} are
     * allowed ({@code gil = on, off}).
     */
    static Map<String, String> keyValues(String where, String args) throws MagicException {
        String normal = args.trim().replaceAll("\\s*([=,])\\s*", "$1");
        Map<String, String> pairs = new LinkedHashMap<>();
        if (normal.isEmpty()) return pairs;
        for (String token : normal.split("\\s+")) {
            int eq = token.indexOf('=');
            if (eq <= 0 || eq == token.length() - 1) {
                throw new MagicException(where + ": expected key=value, got '" + token + "'");
            }
            String key = token.substring(0, eq).toLowerCase(Locale.ROOT);
            if (pairs.containsKey(key)) throw new MagicException(where + ": " + key + " is given twice");
            pairs.put(key, token.substring(eq + 1));
        }
        return pairs;
    }

    private static long whole(String where, String text, long min, long max, String rule) throws MagicException {
        String t = text.trim();
        if (WHOLE.matcher(t).matches()) {
            BigInteger value = new BigInteger(t.replace("_", ""));
            if (value.compareTo(BigInteger.valueOf(min)) >= 0 && value.compareTo(BigInteger.valueOf(max)) <= 0) {
                return value.longValueExact();
            }
        }
        throw new MagicException(where + ": " + rule + ", got '" + t + "'.");
    }

    private static <T> T choice(String where, String what, String text, Optional<T> value, List<String> allowed)
            throws MagicException {
        if (value.isPresent()) return value.get();
        throw new MagicException(where + ": unknown " + what + " '" + text.trim() + "'. Allowed values: "
                + String.join(", ", allowed) + "." + CloseMatches.suggestion(text.trim(), allowed, ""));
    }
}
