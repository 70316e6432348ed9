package gilsim.kernel.transport;

import com.google.gson.JsonObject;
import gilsim.kernel.Log;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.zeromq.SocketType;
import org.zeromq.ZMQ;
import org.zeromq.ZMQException;

/**
 * The kernel's side of the Jupyter wire: five sockets, signing, framing, and the loops that serve
 * them. It replaces basekernel's channels (see shared/BASEKERNEL.md) for three reasons:
 * <ul>
 * <li>Latency. Loops block in a receive and wake as soon as a request arrives; the receive
 *     timeout ({@link #CLOSE_CHECK_MS}) only bounds how long they take to notice close().
 * <li>Robustness. Nothing a client sends can end a loop: a message with a bad HMAC or broken
 *     frames is dropped and logged ({@link DropLog}), a handler's exception is logged, and the
 *     loop receives the next message.
 * <li>CurveZMQ. When the connection file has a keypair, every socket, heartbeat included, is a
 *     CURVE server with the kernel's secret key (DESIGN §7).
 * </ul>
 *
 * <p>Threads: SHELL and CONTROL each belong to their serve thread, so {@link #reply} and
 * {@link #drainPending} on them must run inside that channel's handler (checked). IOPUB and STDIN
 * may be used from any thread. The heartbeat runs on its own thread from {@link #bind} on.
 */
public final class KernelTransport implements AutoCloseable {
    /** Longest a blocked receive waits before it checks whether the transport was closed. */
    static final int CLOSE_CHECK_MS = 100;
    /** How long close() waits for the loops to end before it closes their sockets anyway. */
    static final long JOIN_MS = 1000;

    private final ConnectionInfo info;
    private final WireCodec codec;
    private final MessageHeaders headers;
    private final DropLog drops = new DropLog();
    /** Empty until bind(), then never changed: read without a lock by every publishing thread. */
    private volatile Map<Channel, ChannelSocket> sockets = Map.of();
    private final Map<Channel, Thread> loops = new ConcurrentHashMap<>();
    private final Object lifecycle = new Object();
    private ZMQ.Context context; // guarded by lifecycle
    private volatile boolean closed;

    public KernelTransport(ConnectionInfo info) {
        this.info = Objects.requireNonNull(info, "info");
        this.codec = new WireCodec(MessageSigner.create(info.signatureScheme(), info.key()));
        this.headers = new MessageHeaders(UUID.randomUUID().toString());
    }

    /** Creates and binds the five sockets and starts the heartbeat. Throws UncheckedIOException if a port is taken. */
    public void bind() {
        synchronized (lifecycle) {
            if (closed) throw new IllegalStateException("transport is closed");
            if (context != null) throw new IllegalStateException("transport is already bound");
            context = ZMQ.context(1);
            byte[] curveSecretKey = info.curveSecretKeyBytes();
            Map<Channel, ChannelSocket> bound = new EnumMap<>(Channel.class);
            try {
                for (Channel channel : Channel.values()) {
                    bound.put(channel, open(channel, curveSecretKey));
                }
            } catch (RuntimeException e) {
                bound.values().forEach(ChannelSocket::close);
                context.term();
                context = null;
                closed = true;
                throw e;
            }
            sockets = Collections.unmodifiableMap(bound);
            ChannelSocket heartbeat = bound.get(Channel.HEARTBEAT);
            startLoop(Channel.HEARTBEAT, () -> heartbeatLoop(heartbeat));
            Log.debug("transport bound: " + info);
        }
    }

    /** Starts the daemon thread that receives on SHELL or CONTROL and hands each valid request to the handler. */
    public void serve(Channel channel, RequestHandler handler) {
        if (channel != Channel.SHELL && channel != Channel.CONTROL) {
            throw new IllegalArgumentException("only SHELL and CONTROL are served, not " + channel);
        }
        Objects.requireNonNull(handler, "handler");
        synchronized (lifecycle) {
            if (closed) throw new IllegalStateException("transport is closed");
            ChannelSocket socket = boundSocket(channel);
            if (loops.containsKey(channel)) throw new IllegalStateException(channel + " is already served");
            startLoop(channel, () -> serveLoop(socket, handler));
        }
    }

    public void reply(Channel channel, WireMessage parent, String msgType, JsonObject content) {
        reply(channel, parent, msgType, content, new JsonObject());
    }

    /** Sends a reply to the client that sent {@code parent}, with parent's header as parent_header. */
    public void reply(Channel channel, WireMessage parent, String msgType, JsonObject content, JsonObject metadata) {
        Objects.requireNonNull(parent, "parent");
        ChannelSocket socket = routerSocket(channel);
        List<byte[]> frames = codec.encode(parent.identities(), headers.create(msgType), parent.header(),
                metadata, content, List.of());
        if (!socket.send(frames)) Log.debug("transport closed; " + msgType + " not sent");
    }

    public void publish(WireMessage parent, String msgType, JsonObject content) {
        publish(parent, msgType, content, new JsonObject());
    }

    /**
     * Broadcasts on IOPUB; safe from any thread, and messages published by one thread keep their
     * order. {@code parent} may be null (e.g. the first "starting" status), giving an empty parent_header.
     */
    public void publish(WireMessage parent, String msgType, JsonObject content, JsonObject metadata) {
        ChannelSocket socket = boundSocket(Channel.IOPUB);
        byte[] topic = ("kernel." + headers.session() + "." + msgType).getBytes(StandardCharsets.UTF_8);
        JsonObject parentHeader = parent == null ? new JsonObject() : parent.header();
        List<byte[]> frames = codec.encode(List.of(topic), headers.create(msgType), parentHeader,
                metadata, content, List.of());
        if (!socket.send(frames)) Log.debug("transport closed; " + msgType + " not published");
    }

    /**
     * Every valid message already waiting on SHELL, CONTROL or STDIN, in arrival order, without
     * blocking; invalid ones are dropped as in the serve loop. On SHELL and CONTROL only from
     * that channel's handler (e.g. to abort queued execute requests after an error).
     */
    public List<WireMessage> drainPending(Channel channel) {
        ChannelSocket socket = routerSocket(channel);
        List<WireMessage> pending = new ArrayList<>();
        List<byte[]> frames;
        while ((frames = socket.receive(ZMQ.DONTWAIT)) != null) {
            WireMessage message = decodeOrDrop(channel, frames);
            if (message != null) pending.add(message);
        }
        return pending;
    }

    public String sessionId() {
        return headers.session();
    }

    /** Number of received messages dropped for a bad signature or malformed frames. */
    long droppedCount() {
        return drops.count();
    }

    /**
     * Stops the loops, closes every socket with linger 0 and terminates the ZeroMQ context, so a
     * restarted kernel can bind the same ports at once. Idempotent; may be called from a handler
     * (after its reply is sent), in which case that loop ends when the handler returns.
     */
    @Override
    public void close() {
        synchronized (lifecycle) {
            if (closed && context == null) return;
            closed = true;
            long deadline = System.nanoTime() + JOIN_MS * 1_000_000;
            for (Thread loop : loops.values()) {
                if (loop == Thread.currentThread()) continue;
                joinUntil(loop, deadline);
            }
            // A loop still running now is inside a long handler; its socket refuses use once closed.
            sockets.values().forEach(ChannelSocket::close);
            if (context != null) {
                context.term();
                context = null;
            }
            Log.debug("transport closed");
        }
    }

    private ChannelSocket open(Channel channel, byte[] curveSecretKey) {
        ZMQ.Socket socket = context.socket(switch (channel) {
            case SHELL, CONTROL, STDIN -> SocketType.ROUTER;
            case IOPUB -> SocketType.PUB;
            case HEARTBEAT -> SocketType.REP;
        });
        String endpoint = info.endpoint(channel);
        try {
            socket.setLinger(0);
            socket.setReceiveTimeOut(CLOSE_CHECK_MS);
            if (socket.getSocketType() == SocketType.ROUTER) {
                // As ipykernel does: a client reconnecting with its old identity takes the route over
                // (ipython/ipykernel#270, zeromq/libzmq#2892).
                socket.setRouterHandover(true);
            }
            if (curveSecretKey != null) {
                socket.setCurveServer(true);
                socket.setCurveSecretKey(curveSecretKey);
            }
            if (!socket.bind(endpoint)) throw new ZMQException("bind returned false", 0);
        } catch (ZMQException e) {
            socket.close();
            BindException cause = new BindException("cannot bind the " + channel.label() + " socket to "
                    + endpoint + ": " + e.getMessage());
            cause.initCause(e);
            throw new UncheckedIOException(cause);
        }
        return new ChannelSocket(channel, socket);
    }

    private void startLoop(Channel channel, Runnable body) {
        Thread thread = new Thread(body, "gilsim-" + channel.label());
        thread.setDaemon(true);
        loops.put(channel, thread);
        thread.start();
    }

    private void heartbeatLoop(ChannelSocket socket) {
        while (!closed) {
            try {
                socket.echoOnce();
            } catch (RuntimeException e) {
                if (!closed) Log.error("heartbeat failed", e);
            }
        }
    }

    private void serveLoop(ChannelSocket socket, RequestHandler handler) {
        Channel channel = socket.channel();
        while (!closed) {
            List<byte[]> frames;
            try {
                frames = socket.receive(0);
            } catch (RuntimeException e) {
                if (!closed) Log.error("receive on " + channel.label() + " failed", e);
                continue;
            }
            if (frames == null) continue; // timed out: look at closed again
            WireMessage request = decodeOrDrop(channel, frames);
            if (request == null) continue;
            try {
                handler.handle(channel, request);
            } catch (Throwable t) {
                // Even an Error: a kernel whose shell loop died but whose heartbeat lives looks alive and never answers.
                Log.error(channel.label() + " handler failed on " + request.msgType(), t);
            }
        }
    }

    private WireMessage decodeOrDrop(Channel channel, List<byte[]> frames) {
        try {
            return codec.decode(frames);
        } catch (RejectedMessageException e) {
            drops.record(channel, e);
        } catch (RuntimeException e) {
            drops.record(channel, new RejectedMessageException(RejectedMessageException.Reason.MALFORMED, e.toString()));
        }
        return null;
    }

    /** SHELL and CONTROL from their own serve thread only; STDIN from anywhere. */
    private ChannelSocket routerSocket(Channel channel) {
        if (channel == Channel.STDIN) return boundSocket(channel);
        if (channel != Channel.SHELL && channel != Channel.CONTROL) {
            throw new IllegalArgumentException(channel + " has no requests to reply to; use publish for IOPUB");
        }
        Thread owner = loops.get(channel);
        if (owner != Thread.currentThread()) {
            throw new IllegalStateException("the " + channel.label() + " socket belongs to its serve thread: "
                    + "reply and drainPending must be called from the " + channel.label() + " handler, not from "
                    + Thread.currentThread().getName() + (owner == null ? " (" + channel + " is not served)" : ""));
        }
        return sockets.get(channel);
    }

    private ChannelSocket boundSocket(Channel channel) {
        ChannelSocket socket = sockets.get(channel);
        if (socket == null) throw new IllegalStateException("transport is not bound");
        return socket;
    }

    private static void joinUntil(Thread thread, long deadlineNanos) {
        long remainingMs = (deadlineNanos - System.nanoTime()) / 1_000_000;
        if (remainingMs <= 0) return;
        try {
            thread.join(remainingMs);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
