package gilsim.sim;

/**
 * What the kernel hears while the machine runs a cell: output in simulated-time order, progress
 * after fixed amounts of simulated work (so that a notebook executes to the same bytes every time),
 * and a cancel flag polled between steps (Kernel > Interrupt). Also call
 * {@link gilsim.vm.Session#requestInterrupt()}: a long built-in call polls that one.
 */
public interface MachineListener {
    /** Printed text: {@code stream} is "stdout" or "stderr". */
    void output(String stream, String text);

    /** Called each time another {@link #progressEvery()} simulated instructions have run. */
    default void progress(long instructions, long simulatedNs) {}

    default long progressEvery() { return 20_000_000L; }

    /** Polled between steps; true stops the run with KeyboardInterrupt. */
    default boolean cancelled() { return false; }

    /** A listener that drops everything. */
    MachineListener SILENT = (stream, text) -> {};
}
