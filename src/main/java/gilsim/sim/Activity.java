package gilsim.sim;

/**
 * What a simulated thread is doing, for its timeline and its time accounts (DESIGN.md §6: running
 * with the GIL, waiting for it, blocked, running without a GIL, and descheduled by the OS).
 */
public enum Activity {
    /** Created, not yet runnable. */
    NOT_STARTED("not started", '.'),
    /** Executing bytecode on a core while holding its interpreter's GIL. */
    RUNNING_GIL("running with GIL", 'G'),
    /** Executing bytecode on a core with no GIL to hold ({@code %gil off}). */
    RUNNING("running without GIL", 'R'),
    /** Runnable, but every core is busy: waiting in the OS run queue. */
    DESCHEDULED("descheduled", 'D'),
    /** In take_gil (or waiting for a forced switch to complete), off the CPU. */
    WAITING_GIL("waiting for GIL", 'W'),
    /** In time.sleep or simulated I/O, the GIL released. */
    BLOCKED_IO("blocked on I/O", 'I'),
    /** Waiting for a threading.Lock, a join, or a started thread, the GIL released. */
    BLOCKED_LOCK("blocked on lock", 'L'),
    /** Its code has ended. */
    FINISHED("finished", ' ');

    private final String label;
    private final char code;

    Activity(String label, char code) {
        this.label = label;
        this.code = code;
    }

    /** The words a report shows. */
    public String label() { return label; }

    /** One character per state, for compact text timelines. */
    public char code() { return code; }

    /** Whether the thread is executing on a core. */
    public boolean onCpu() { return this == RUNNING_GIL || this == RUNNING; }
}
