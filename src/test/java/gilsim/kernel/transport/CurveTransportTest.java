package gilsim.kernel.transport;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.zeromq.ZMQ;

/** Every socket is a CURVE server when the connection file carries a keypair (DESIGN §7). */
@Timeout(60)
class CurveTransportTest {
    static final int WAIT_MS = 5000;

    private final AtomicInteger handled = new AtomicInteger();
    private ConnectionInfo info;
    private KernelTransport kernel;
    private TestClient client;

    @BeforeEach
    void bindEncryptedKernel() throws Exception {
        ZMQ.Curve.KeyPair keys = ZMQ.Curve.generateKeyPair();
        info = TestClient.freshInfo(UUID.randomUUID().toString(), keys.publicKey, keys.secretKey);
        kernel = new KernelTransport(info);
        kernel.bind();
        RequestHandler handler = (channel, request) -> {
            handled.incrementAndGet();
            kernel.reply(channel, request, request.msgType().replace("_request", "_reply"), new JsonObject());
            JsonObject status = new JsonObject();
            status.addProperty("execution_state", "idle");
            kernel.publish(request, "status", status);
        };
        kernel.serve(Channel.SHELL, handler);
        kernel.serve(Channel.CONTROL, handler);
    }

    @AfterEach
    void closeAll() {
        if (client != null) client.close();
        kernel.close();
    }

    @Test
    void jeromqClientWithTheKernelsPublicKeyTalksOnEveryChannel() {
        client = new TestClient(info);
        ZMQ.Socket shell = client.connect(Channel.SHELL);
        ZMQ.Socket control = client.connect(Channel.CONTROL);
        ZMQ.Socket heartbeat = client.connect(Channel.HEARTBEAT);
        ZMQ.Socket iopub = client.connect(Channel.IOPUB);

        JsonObject request = client.send(shell, "kernel_info_request", new JsonObject());
        TestClient.Received reply = client.receiveVerified(shell, WAIT_MS);
        assertEquals("kernel_info_reply", reply.msgType());
        TestClient.assertSameHeader(request, reply.parentHeader());

        client.send(control, "interrupt_request", new JsonObject());
        assertEquals("interrupt_reply", client.receiveVerified(control, WAIT_MS).msgType());

        heartbeat.send("ping");
        assertArrayEquals("ping".getBytes(), TestClient.receive(heartbeat, WAIT_MS).get(0));

        // The handshake is done, but the subscription may still be on its way: ask until a status arrives.
        TestClient.Received status = null;
        for (int attempt = 0; attempt < 50 && status == null; attempt++) {
            client.send(shell, "kernel_info_request", new JsonObject());
            client.receiveVerified(shell, WAIT_MS);
            List<byte[]> frames = TestClient.receive(iopub, 100);
            if (frames != null) status = client.verify(frames);
        }
        assertTrue(status != null, "no status on iopub");
        assertEquals("status", status.msgType());
    }

    @Test
    void clientWithoutCurveIsNeverAnswered() {
        client = new TestClient(info, null);
        ZMQ.Socket shell = client.connect(Channel.SHELL, false);
        ZMQ.Socket heartbeat = client.connect(Channel.HEARTBEAT, false);
        // The handshake never completes, so a send may find no peer: it must not block the test.
        shell.setSendTimeOut(500);
        heartbeat.setSendTimeOut(500);
        client.send(shell, "kernel_info_request", new JsonObject());
        heartbeat.send("ping");

        assertNull(TestClient.receive(shell, 500));
        assertNull(TestClient.receive(heartbeat, 100));
        assertEquals(0, handled.get());
    }

    @Test
    void clientThatTrustsAnotherServerKeyIsNeverAnswered() {
        client = new TestClient(info, ZMQ.Curve.generateKeyPair().publicKey);
        ZMQ.Socket shell = client.connect(Channel.SHELL, false);
        client.send(shell, "kernel_info_request", new JsonObject());

        assertNull(TestClient.receive(shell, 500));
        assertEquals(0, handled.get());
    }
}
