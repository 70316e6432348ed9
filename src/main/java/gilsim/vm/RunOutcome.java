package gilsim.vm;

import java.util.List;

/**
 * What running a cell produced: its status, the repr of its final expression (for
 * execute_result; null when there is none), and the error as a Python traceback in cell
 * line numbers.
 */
public record RunOutcome(Status status, String resultRepr, PythonError error, long instructions) {
    public enum Status {
        /** The code ran to its end. */
        OK,
        /** An exception ended it (the traceback is in error). */
        ERROR,
        /** It was interrupted (KeyboardInterrupt, in error). */
        INTERRUPTED,
        /** A limit stopped it (the message is in error). */
        LIMIT
    }

    /**
     * An uncaught Python exception: name, message, frames (outermost first), the full text as
     * python3 prints it when it ends a program (the interpreter's printer) and as
     * traceback.print_exception prints it (which the %%python driver uses; see TracebackStyle).
     */
    public record PythonError(String ename, String evalue, List<TracebackEntry> frames, String text,
            String tracebackModuleText) {
        /** An error that both printers print alike (no frames, or made by hand). */
        public PythonError(String ename, String evalue, List<TracebackEntry> frames, String text) {
            this(ename, evalue, frames, text, text);
        }
    }

    public boolean ok() { return status == Status.OK; }
}
