package gilsim.sim;

import gilsim.vm.OutputSink;
import java.nio.charset.StandardCharsets;
import java.util.PriorityQueue;

/**
 * Output of the run's threads, delivered in simulated-time order: each write is stamped with its
 * thread's clock and held until no thread can write anything earlier (every running thread and every
 * pending event is past it). Counts bytes against the output limit ({@code %limit output}).
 */
final class OutputBuffer implements OutputSink {
    private record Entry(long time, long seq, String stream, String text) {}

    private final PriorityQueue<Entry> pending = new PriorityQueue<>((a, b) ->
            a.time != b.time ? Long.compare(a.time, b.time) : Long.compare(a.seq, b.seq));
    private final MachineListener listener;
    private final long limitBytes;
    private final java.util.function.LongSupplier clock;
    private long seq;
    private long bytes;
    boolean overLimit;

    OutputBuffer(MachineListener listener, long limitBytes, java.util.function.LongSupplier clock) {
        this.listener = listener;
        this.limitBytes = limitBytes;
        this.clock = clock;
    }

    @Override
    public void stdout(String text) {
        add("stdout", text);
    }

    @Override
    public void stderr(String text) {
        add("stderr", text);
    }

    /** Text written by the machine itself (threading's excepthook for %threads N) at a given time. */
    void add(String stream, String text, long at) {
        if (overLimit || text.isEmpty()) return;
        bytes += text.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > limitBytes) {
            overLimit = true;
            return;
        }
        pending.add(new Entry(at, seq++, stream, text));
    }

    private void add(String stream, String text) {
        add(stream, text, clock.getAsLong());
    }

    /** Deliver everything stamped at or before {@code ps}. */
    void flushUpTo(long ps) {
        while (!pending.isEmpty() && pending.peek().time <= ps) {
            Entry e = pending.poll();
            listener.output(e.stream, e.text);
        }
    }

    void flushAll() {
        flushUpTo(Long.MAX_VALUE);
    }
}
