package gilsim.sim;

import gilsim.sim.settings.Settings;
import gilsim.vm.RunOutcome;
import java.util.List;

/**
 * What a run of the machine produced: its status, the cell's result and error as the kernel shows
 * them, and the report's data (DESIGN.md §6): figures per thread and in total, the crash, leaks,
 * and bounded traces (thread timelines, watched objects' counts).
 *
 * @param status      how the run ended
 * @param settings    the settings it ran with
 * @param resultRepr  repr of the cell's final expression (one thread only), or null
 * @param error       the Python error (traceback) of an ERROR, INTERRUPTED, LIMIT or DEADLOCK run, or null
 * @param total       the run's figures
 * @param threads     each thread's figures, in start order
 * @param crash       the simulated crash, or null
 * @param leaks       objects whose stored count is above the true one at the end
 * @param undercounts objects whose stored count is below the true one at the end (not yet freed)
 * @param timeline    each thread's activities over time
 * @param watches     the watched objects' count histories
 * @param notes       remarks the report shows (what the settings imply, what was simplified)
 */
public record RunResult(Status status, Settings settings, String resultRepr, RunOutcome.PythonError error,
                        Figures total, List<Figures> threads, Crash crash, List<Leak> leaks, List<Leak> undercounts,
                        TimelineData timeline, List<WatchData> watches, List<String> notes) {

    public enum Status {
        /** The code ran to its end in every thread. */
        OK,
        /** A cell thread ended with an exception (the traceback is in error). */
        ERROR,
        /** Kernel > Interrupt (KeyboardInterrupt). */
        INTERRUPTED,
        /** A limit (instructions, output, real time) stopped it. */
        LIMIT,
        /** Every thread waited (for a lock or a join) and none could run: real CPython would hang. */
        DEADLOCK,
        /** A use-after-free or double free stopped it; the session was left as before the cell. */
        CRASHED
    }

    public boolean ok() { return status == Status.OK; }

    /** Whether the kernel shows a report (DESIGN.md §6: more than one thread, or a watch). */
    public boolean wantsReport() {
        return threads.size() > 1 || !watches.isEmpty() || crash != null || !leaks.isEmpty();
    }
}
