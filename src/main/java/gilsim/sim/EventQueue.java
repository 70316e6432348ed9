package gilsim.sim;

import java.util.PriorityQueue;

/** Timed events in simulated-time order (ties: first scheduled first). */
final class EventQueue {
    private final PriorityQueue<Event> queue = new PriorityQueue<>((a, b) ->
            a.time != b.time ? Long.compare(a.time, b.time) : Long.compare(a.seq, b.seq));
    private long seq;

    /** Schedules {@code kind} for the thread at {@code time}, replacing its pending event if any. */
    void schedule(SimThread t, long time, EventKind kind) {
        t.eventToken++;
        queue.add(new Event(time, seq++, t, kind, t.eventToken));
    }

    /** Forgets the thread's pending event. */
    void cancel(SimThread t) {
        t.eventToken++;
    }

    /** The earliest live event, or null. */
    Event peek() {
        Event e = queue.peek();
        while (e != null && !e.live()) {
            queue.poll();
            e = queue.peek();
        }
        return e;
    }

    Event poll() {
        Event e = peek();
        if (e != null) queue.poll();
        return e;
    }

    boolean isEmpty() {
        return peek() == null;
    }
}
