package gilsim.kernel.transport;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.zeromq.SocketType;
import org.zeromq.ZMQ;

/**
 * A minimal Jupyter client for tests, written against the protocol rather than against the
 * transport's own classes: it signs with javax.crypto directly, so a bug shared by both sides
 * cannot hide.
 */
final class TestClient implements AutoCloseable {
    static final byte[] DELIMITER = "<IDS|MSG>".getBytes(StandardCharsets.US_ASCII);

    private final ConnectionInfo info;
    private final ZMQ.Context context = ZMQ.context(1);
    private final List<ZMQ.Socket> sockets = new ArrayList<>();
    private final String session = UUID.randomUUID().toString();
    /** The kernel's Z85 public key when the client should speak CURVE, else null. */
    private final String serverPublicKey;

    TestClient(ConnectionInfo info, String serverPublicKey) {
        this.info = info;
        this.serverPublicKey = serverPublicKey;
    }

    TestClient(ConnectionInfo info) {
        this(info, info.curvePublicKey());
    }

    /** A connection file's fields with five currently free loopback ports. */
    static ConnectionInfo freshInfo(String key, String curvePublic, String curveSecret) throws IOException {
        int[] ports = new int[5];
        List<ServerSocket> held = new ArrayList<>();
        try {
            for (int i = 0; i < ports.length; i++) {
                ServerSocket socket = new ServerSocket(0);
                held.add(socket);
                ports[i] = socket.getLocalPort();
            }
        } finally {
            for (ServerSocket socket : held) socket.close();
        }
        return new ConnectionInfo("tcp", "127.0.0.1", ports[0], ports[1], ports[2], ports[3], ports[4],
                key, "hmac-sha256", curvePublic, curveSecret);
    }

    static ConnectionInfo freshInfo(String key) throws IOException {
        return freshInfo(key, null, null);
    }

    ZMQ.Socket connect(Channel channel) {
        return connect(channel, true);
    }

    /**
     * Connects a client socket. With {@code awaitHandshake}, returns only once the ZMTP (and CURVE)
     * handshake with the kernel has completed; see {@link #awaitHandshake} for why that matters.
     */
    ZMQ.Socket connect(Channel channel, boolean awaitHandshake) {
        SocketType type = switch (channel) {
            case SHELL, CONTROL, STDIN -> SocketType.DEALER;
            case IOPUB -> SocketType.SUB;
            case HEARTBEAT -> SocketType.REQ;
        };
        ZMQ.Socket socket = context.socket(type);
        socket.setLinger(0);
        if (type == SocketType.DEALER) socket.setIdentity(session.getBytes(StandardCharsets.UTF_8));
        if (serverPublicKey != null) {
            ZMQ.Curve.KeyPair mine = ZMQ.Curve.generateKeyPair();
            socket.setCurveServerKey(ZMQ.Curve.z85Decode(serverPublicKey));
            socket.setCurvePublicKey(ZMQ.Curve.z85Decode(mine.publicKey));
            socket.setCurveSecretKey(ZMQ.Curve.z85Decode(mine.secretKey));
        }
        if (type == SocketType.SUB) {
            socket.setRcvHWM(0);
            socket.subscribe(new byte[0]);
        }
        sockets.add(socket);
        if (!awaitHandshake) {
            socket.connect(info.endpoint(channel));
            return socket;
        }
        String monitorAddress = "inproc://handshake-" + UUID.randomUUID();
        socket.monitor(monitorAddress, ZMQ.EVENT_HANDSHAKE_PROTOCOL);
        ZMQ.Socket monitor = context.socket(SocketType.PAIR);
        try {
            monitor.connect(monitorAddress);
            socket.connect(info.endpoint(channel));
            awaitHandshake(monitor, info.endpoint(channel));
        } finally {
            socket.monitor(null, 0);
            monitor.close();
        }
        return socket;
    }

    /**
     * Works around a bug of jeromq 0.6.0 as a <em>connecting</em> client (the kernel only binds, so
     * it is not affected; pyzmq clients never stall). When a non-blocking connect completes,
     * {@code TcpConnecter.connectEvent} cancels the channel's selection key and the new
     * {@code StreamEngine} registers the same channel again; {@code Poller.run} walks its handles
     * in HashSet order and, about one time in 25, finds the still-cancelled key and never registers
     * the engine, so the handshake stalls until some other registration happens on that I/O thread.
     * A throwaway connection on the same context is such a registration.
     */
    private void awaitHandshake(ZMQ.Socket monitor, String endpoint) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline) {
            monitor.setReceiveTimeOut(250);
            ZMQ.Event event = ZMQ.Event.recv(monitor);
            if (event != null && event.getEvent() == ZMQ.EVENT_HANDSHAKE_PROTOCOL) return;
            ZMQ.Socket nudge = context.socket(SocketType.DEALER);
            nudge.setLinger(0);
            nudge.connect(endpoint);
            nudge.close();
        }
        throw new AssertionError("no handshake with " + endpoint + " within 10 s");
    }

    JsonObject header(String msgType) {
        JsonObject header = new JsonObject();
        header.addProperty("msg_id", UUID.randomUUID().toString());
        header.addProperty("session", session);
        header.addProperty("username", "test");
        header.addProperty("date", "2025-01-01T00:00:00.000000Z");
        header.addProperty("msg_type", msgType);
        header.addProperty("version", "5.3");
        return header;
    }

    /** Sends a request signed with {@code key}; returns its header. */
    JsonObject send(ZMQ.Socket socket, String msgType, JsonObject content, String key) {
        JsonObject header = header(msgType);
        sendFrames(socket, signedFrames(key, bytes(header), bytes(new JsonObject()), bytes(new JsonObject()),
                bytes(content)));
        return header;
    }

    JsonObject send(ZMQ.Socket socket, String msgType, JsonObject content) {
        return send(socket, msgType, content, info.key());
    }

    /** delimiter, signature, then the four given frames, signed with {@code key}. */
    static List<byte[]> signedFrames(String key, byte[] header, byte[] parent, byte[] metadata, byte[] content) {
        List<byte[]> frames = new ArrayList<>();
        frames.add(DELIMITER);
        frames.add(hmac(key, header, parent, metadata, content));
        frames.add(header);
        frames.add(parent);
        frames.add(metadata);
        frames.add(content);
        return frames;
    }

    /**
     * Sends a multipart message; false if the socket could not take it within its send timeout (a
     * DEALER with no completed handshake, e.g. refused by CURVE, blocks on send otherwise).
     */
    static boolean sendFrames(ZMQ.Socket socket, List<byte[]> frames) {
        for (int i = 0; i < frames.size() - 1; i++) {
            if (!socket.sendMore(frames.get(i))) return false;
        }
        return socket.send(frames.get(frames.size() - 1), 0);
    }

    /** The next message's frames, or null if none arrives within the timeout. */
    static List<byte[]> receive(ZMQ.Socket socket, int timeoutMs) {
        socket.setReceiveTimeOut(timeoutMs);
        byte[] first = socket.recv(0);
        if (first == null) return null;
        List<byte[]> frames = new ArrayList<>();
        frames.add(first);
        while (socket.hasReceiveMore()) frames.add(socket.recv(0));
        return frames;
    }

    /** A received message whose signature was checked: the JSON parts after the delimiter. */
    record Received(List<byte[]> prefix, JsonObject header, JsonObject parentHeader, JsonObject metadata,
            JsonObject content) {
        String msgType() { return header.get("msg_type").getAsString(); }
    }

    /** Receives one message, asserts that it arrived in time and that its signature verifies with the key. */
    Received receiveVerified(ZMQ.Socket socket, int timeoutMs) {
        List<byte[]> frames = receive(socket, timeoutMs);
        assertNotNull(frames, "no message within " + timeoutMs + " ms");
        return verify(frames);
    }

    Received verify(List<byte[]> frames) {
        int d = 0;
        while (d < frames.size() && !java.util.Arrays.equals(frames.get(d), DELIMITER)) d++;
        assertTrue(d < frames.size(), "reply has no delimiter");
        assertTrue(frames.size() >= d + 6, "reply has too few frames");
        byte[] expected = hmac(info.key(), frames.get(d + 2), frames.get(d + 3), frames.get(d + 4), frames.get(d + 5));
        assertArrayEquals(expected, frames.get(d + 1), "signature of the reply does not verify with the key");
        return new Received(frames.subList(0, d), json(frames.get(d + 2)), json(frames.get(d + 3)),
                json(frames.get(d + 4)), json(frames.get(d + 5)));
    }

    static byte[] hmac(String key, byte[]... parts) {
        if (key.isEmpty()) return new byte[0];
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            for (byte[] part : parts) mac.update(part);
            return HexFormat.of().formatHex(mac.doFinal()).getBytes(StandardCharsets.US_ASCII);
        } catch (GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    static byte[] bytes(JsonObject json) {
        return json.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static JsonObject json(byte[] frame) {
        return JsonParser.parseString(new String(frame, StandardCharsets.UTF_8)).getAsJsonObject();
    }

    static JsonObject content(String name, Number value) {
        JsonObject content = new JsonObject();
        content.addProperty(name, value);
        return content;
    }

    static void assertSameHeader(JsonObject expected, JsonObject actual) {
        assertEquals(expected, actual, "parent_header must be the request's header");
    }

    @Override
    public void close() {
        sockets.forEach(ZMQ.Socket::close);
        context.term();
    }
}
