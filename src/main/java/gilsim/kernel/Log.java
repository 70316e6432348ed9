package gilsim.kernel;

import java.io.PrintStream;
import java.time.LocalTime;
import java.util.Locale;

/**
 * The kernel's log: one line per event on stderr, quiet by default.
 * Jupyter shows a kernel's stderr in its own terminal, so only warnings and errors are
 * printed unless GILSIM_LOG=debug (or info) asks for more.
 */
public final class Log {
    public enum Level { DEBUG, INFO, WARN, ERROR, OFF }

    private static volatile Level threshold = parse(System.getenv("GILSIM_LOG"));
    private static final PrintStream OUT = System.err;

    private Log() {}

    static Level parse(String value) {
        if (value == null || value.isBlank()) return Level.WARN;
        try {
            return Level.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return Level.WARN;
        }
    }

    public static void setThreshold(Level level) { threshold = level; }

    public static boolean enabled(Level level) { return level.compareTo(threshold) >= 0 && level != Level.OFF; }

    public static void debug(String message) { write(Level.DEBUG, message, null); }
    public static void info(String message) { write(Level.INFO, message, null); }
    public static void warn(String message) { write(Level.WARN, message, null); }
    public static void error(String message, Throwable cause) { write(Level.ERROR, message, cause); }

    private static void write(Level level, String message, Throwable cause) {
        if (!enabled(level)) return;
        synchronized (OUT) {
            OUT.println("[gilsim " + LocalTime.now().withNano(0) + " " + level + "] " + message);
            if (cause != null && enabled(Level.DEBUG)) cause.printStackTrace(OUT);
            else if (cause != null) OUT.println("    caused by " + cause);
        }
    }
}
