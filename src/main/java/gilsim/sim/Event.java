package gilsim.sim;

/**
 * A timed event of one thread. A thread has at most one live event: scheduling a new one, or
 * cancelling, bumps the thread's token, and an event whose token is stale is skipped. Ties in time
 * are broken by creation order, so the run stays deterministic.
 */
final class Event {
    final long time;
    final long seq;
    final SimThread thread;
    final EventKind kind;
    final long token;

    Event(long time, long seq, SimThread thread, EventKind kind, long token) {
        this.time = time;
        this.seq = seq;
        this.thread = thread;
        this.kind = kind;
        this.token = token;
    }

    boolean live() {
        return thread.eventToken == token;
    }
}
