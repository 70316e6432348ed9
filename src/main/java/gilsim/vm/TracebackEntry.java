package gilsim.vm;

import gilsim.lang.bytecode.Position;

/**
 * One frame of a formatted traceback: file name, line, function name, the source line without
 * its line end (or null), whether a line end followed it in the source (linecache keeps it, and
 * Lib/traceback.py measures with it), and the position of the instruction (co_positions).
 */
public record TracebackEntry(String filename, int line, String function, String sourceLine,
        boolean sourceLineEnded, Position position) {}
