package gilsim.kernel.transport;

import java.util.ArrayList;
import java.util.List;
import org.zeromq.ZMQ;

/**
 * One bound jeromq socket behind a lock, closed at most once and never touched after that.
 *
 * <p>jeromq sockets are not thread-safe. Each socket has one thread that normally uses it (a
 * serve loop, the heartbeat loop, or whichever thread publishes), but {@link KernelTransport#close}
 * runs on yet another thread, and IOPUB is shared by every publisher. The lock serialises them and
 * gives the memory barrier ZeroMQ asks for when a socket changes threads. A blocked receive holds
 * the lock for at most the socket's receive timeout, which bounds how long close() can wait.
 */
final class ChannelSocket {
    private final Channel channel;
    private final ZMQ.Socket socket;
    private boolean closed; // guarded by this

    ChannelSocket(Channel channel, ZMQ.Socket socket) {
        this.channel = channel;
        this.socket = socket;
    }

    Channel channel() {
        return channel;
    }

    /**
     * All frames of the next message, or null when none came within the receive timeout (flags 0),
     * none is waiting ({@link ZMQ#DONTWAIT}), or the socket is closed. ZeroMQ delivers a multipart
     * message atomically, so once its first frame is here the others are too.
     */
    synchronized List<byte[]> receive(int flags) {
        if (closed) return null;
        byte[] first = socket.recv(flags);
        if (first == null) return null;
        List<byte[]> frames = new ArrayList<>(8);
        frames.add(first);
        while (socket.hasReceiveMore()) {
            frames.add(socket.recv(0));
        }
        return frames;
    }

    /** Sends one multipart message; false when the socket is already closed. */
    synchronized boolean send(List<byte[]> frames) {
        if (closed) return false;
        int last = frames.size() - 1;
        for (int i = 0; i < last; i++) {
            socket.sendMore(frames.get(i));
        }
        socket.send(frames.get(last), 0);
        return true;
    }

    /** Heartbeat: waits up to the receive timeout for a ping and sends its frames straight back. */
    synchronized void echoOnce() {
        List<byte[]> ping = receive(0);
        if (ping != null) send(ping);
    }

    synchronized void close() {
        if (closed) return;
        closed = true;
        socket.close();
    }
}
