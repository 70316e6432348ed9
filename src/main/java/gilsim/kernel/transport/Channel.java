package gilsim.kernel.transport;

/** The five sockets of a Jupyter kernel (messaging protocol v5.3, "Introduction"). */
public enum Channel {
    /** ROUTER: requests from every client (execute, complete, kernel_info, ...). */
    SHELL,
    /** ROUTER: like shell, but never queued behind a running execute (interrupt, shutdown). */
    CONTROL,
    /** ROUTER: the kernel asks a client for input (input_request / input_reply). */
    STDIN,
    /** PUB: status, streams, display data, errors, broadcast to every client. */
    IOPUB,
    /** REP: clients send bytes and expect them echoed, to know the kernel process is alive. */
    HEARTBEAT;

    /** Lower-case name as used in thread names and log lines. */
    String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
