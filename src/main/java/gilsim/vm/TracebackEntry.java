package gilsim.vm;

/** One frame of a formatted traceback: file name, line, function name, the source line (or null). */
public record TracebackEntry(String filename, int line, String function, String sourceLine) {}
