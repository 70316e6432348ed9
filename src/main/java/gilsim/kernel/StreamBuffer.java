package gilsim.kernel;

import gilsim.vm.OutputSink;

/**
 * Collects what a cell prints and sends it as stream messages in chunks (a loop that prints
 * ten thousand lines should not send ten thousand messages), keeping the order of stdout and
 * stderr. Past {@code %limit output} bytes it stops sending and says so once.
 */
final class StreamBuffer implements OutputSink {
    private static final int CHUNK = 8 * 1024;
    private static final long FLUSH_NANOS = 50_000_000L;

    private final OutputChannel out;
    private final long limitBytes;
    private final StringBuilder pending = new StringBuilder();
    private String pendingName = "stdout";
    private long sent;
    private long lastFlush = System.nanoTime();
    private boolean truncated;

    StreamBuffer(OutputChannel out, long limitBytes) {
        this.out = out;
        this.limitBytes = limitBytes;
    }

    @Override public void stdout(String text) { write("stdout", text); }

    @Override public void stderr(String text) { write("stderr", text); }

    private void write(String name, String text) {
        if (truncated || text.isEmpty()) return;
        if (!name.equals(pendingName)) {
            flush();
            pendingName = name;
        }
        long room = limitBytes - sent - pending.length();
        if (text.length() > room) {
            pending.append(text, 0, (int) Math.max(0, room));
            flush();
            out.stream("stderr", "\n[gilsim: output stopped after " + limitBytes
                    + " characters (%limit output=N to change it); the cell went on running]\n");
            truncated = true;
            return;
        }
        pending.append(text);
        if (pending.length() >= CHUNK || System.nanoTime() - lastFlush > FLUSH_NANOS) flush();
    }

    void flush() {
        if (pending.length() > 0) {
            out.stream(pendingName, pending.toString());
            sent += pending.length();
            pending.setLength(0);
        }
        lastFlush = System.nanoTime();
    }
}
