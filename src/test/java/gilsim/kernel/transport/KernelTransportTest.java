package gilsim.kernel.transport;

import static gilsim.kernel.transport.TestClient.bytes;
import static gilsim.kernel.transport.TestClient.content;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.zeromq.ZMQ;

@Timeout(30)
class KernelTransportTest {
    static final int WAIT_MS = 5000;

    private final String key = UUID.randomUUID().toString();
    private final BlockingQueue<WireMessage> handled = new LinkedBlockingQueue<>();
    private ConnectionInfo info;
    private KernelTransport kernel;
    private TestClient client;

    @BeforeEach
    void bindKernel() throws Exception {
        info = TestClient.freshInfo(key);
        kernel = new KernelTransport(info);
        kernel.bind();
        client = new TestClient(info);
    }

    @AfterEach
    void closeAll() {
        client.close();
        kernel.close();
    }

    /** Records every request and answers "x_request" with "x_reply" echoing its content; "boom" throws. */
    private void echo(Channel channel, WireMessage request) {
        handled.add(request);
        if (request.msgType().equals("boom")) throw new IllegalStateException("handler bug");
        if (request.msgType().equals("boom_error")) throw new StackOverflowError("deep handler bug");
        JsonObject content = new JsonObject();
        content.add("echo", request.content());
        content.addProperty("channel", channel.name());
        kernel.reply(channel, request, request.msgType().replace("_request", "_reply"), content);
    }

    @Test
    void signedRequestIsDispatchedAndTheSignedReplyCarriesItsHeaderAsParent() {
        kernel.serve(Channel.SHELL, this::echo);
        ZMQ.Socket shell = client.connect(Channel.SHELL);
        JsonObject request = client.send(shell, "kernel_info_request", content("n", 7));

        TestClient.Received reply = client.receiveVerified(shell, WAIT_MS);

        assertEquals("kernel_info_reply", reply.msgType());
        TestClient.assertSameHeader(request, reply.parentHeader());
        assertEquals(7, reply.content().getAsJsonObject("echo").get("n").getAsInt());
        assertEquals("SHELL", reply.content().get("channel").getAsString());
        assertEquals(new JsonObject(), reply.metadata());
        assertEquals(0, reply.prefix().size(), "a DEALER sees no identities: the ROUTER routed by them");
        JsonObject header = reply.header();
        assertEquals(kernel.sessionId(), header.get("session").getAsString());
        assertEquals("kernel", header.get("username").getAsString());
        assertEquals("5.3", header.get("version").getAsString());
        assertTrue(header.get("date").getAsString().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}Z"),
                header.get("date").getAsString());
        UUID.fromString(header.get("msg_id").getAsString());
        WireMessage received = handled.poll();
        assertEquals(request, received.header());
        assertEquals(request.get("session").getAsString(), received.session());
        assertEquals(1, received.identities().size(), "the ROUTER prefixes the client's identity");
    }

    @Test
    void controlChannelIsServedOnItsOwnThread() {
        kernel.serve(Channel.CONTROL, this::echo);
        ZMQ.Socket control = client.connect(Channel.CONTROL);
        JsonObject request = client.send(control, "interrupt_request", new JsonObject());

        TestClient.Received reply = client.receiveVerified(control, WAIT_MS);

        assertEquals("interrupt_reply", reply.msgType());
        assertEquals("CONTROL", reply.content().get("channel").getAsString());
        TestClient.assertSameHeader(request, reply.parentHeader());
    }

    @Test
    void requestSignedWithAWrongKeyIsDroppedAndTheNextGoodRequestIsAnswered() {
        kernel.serve(Channel.SHELL, this::echo);
        ZMQ.Socket shell = client.connect(Channel.SHELL);
        client.send(shell, "execute_request", content("forged", 1), "not-the-key");
        client.send(shell, "execute_request", content("forged", 2), ""); // unsigned
        JsonObject good = client.send(shell, "execute_request", content("good", 1));

        TestClient.Received reply = client.receiveVerified(shell, WAIT_MS);

        // Requests on one socket are handled in order, so the forged ones were seen and dropped first.
        TestClient.assertSameHeader(good, reply.parentHeader());
        assertEquals(1, handled.size(), "only the good request reaches the handler");
        assertEquals(2, kernel.droppedCount());
        assertNull(TestClient.receive(shell, 200), "forged requests are never answered");
    }

    @Test
    void malformedMessagesAreDroppedAndTheLoopKeepsServing() {
        kernel.serve(Channel.SHELL, this::echo);
        ZMQ.Socket shell = client.connect(Channel.SHELL);
        JsonObject header = client.header("execute_request");
        byte[] empty = bytes(new JsonObject());
        List<List<byte[]>> broken = new ArrayList<>();
        broken.add(List.of(bytes("no delimiter"), bytes(header), empty, empty, empty));
        broken.add(List.of(TestClient.DELIMITER, TestClient.hmac(key, bytes(header), empty, empty)));
        broken.add(TestClient.signedFrames(key, bytes("{\"msg_type\": "), empty, empty, empty));
        broken.add(TestClient.signedFrames(key, bytes(header), empty, empty, bytes("[1, 2, 3]")));
        broken.add(TestClient.signedFrames(key, bytes(header), empty, empty, bytes("\"just a string\"")));
        broken.add(TestClient.signedFrames(key, bytes(header), empty, empty, bytes("{} trailing")));
        broken.add(TestClient.signedFrames(key, bytes(header), empty, empty, bytes("{'single': 'quotes'}")));
        broken.add(TestClient.signedFrames(key, new byte[] {(byte) 0xff, 0x00}, empty, empty, empty));
        JsonObject noType = header.deepCopy();
        noType.remove("msg_type");
        broken.add(TestClient.signedFrames(key, bytes(noType), empty, empty, empty));
        JsonObject numericId = header.deepCopy();
        numericId.addProperty("msg_id", 42);
        broken.add(TestClient.signedFrames(key, bytes(numericId), empty, empty, empty));
        broken.add(TestClient.signedFrames(key, bytes(header), bytes("null"), empty, empty));
        for (List<byte[]> frames : broken) TestClient.sendFrames(shell, frames);
        JsonObject good = client.send(shell, "execute_request", content("good", 1));

        TestClient.Received reply = client.receiveVerified(shell, WAIT_MS);

        TestClient.assertSameHeader(good, reply.parentHeader());
        assertEquals(broken.size(), kernel.droppedCount());
        assertEquals(1, handled.size());
    }

    @Test
    void handlerThatThrowsDoesNotStopTheLoop() {
        kernel.serve(Channel.SHELL, this::echo);
        ZMQ.Socket shell = client.connect(Channel.SHELL);
        client.send(shell, "boom", new JsonObject());
        client.send(shell, "boom_error", new JsonObject());
        JsonObject good = client.send(shell, "is_complete_request", new JsonObject());

        TestClient.Received reply = client.receiveVerified(shell, WAIT_MS);

        TestClient.assertSameHeader(good, reply.parentHeader());
        assertEquals(3, handled.size());
    }

    @Test
    void drainPendingReturnsQueuedValidMessagesInArrivalOrder() throws Exception {
        CountDownLatch queued = new CountDownLatch(1);
        CompletableFuture<List<WireMessage>> drained = new CompletableFuture<>();
        kernel.serve(Channel.SHELL, (channel, request) -> {
            if (!request.msgType().equals("first")) return;
            queued.await();
            // Delivery to the kernel's socket is asynchronous: collect until all three have arrived.
            List<WireMessage> all = new ArrayList<>();
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(WAIT_MS);
            while (all.size() < 3 && System.nanoTime() < deadline) {
                all.addAll(kernel.drainPending(channel));
                Thread.onSpinWait();
            }
            drained.complete(all);
        });
        ZMQ.Socket shell = client.connect(Channel.SHELL);
        client.send(shell, "first", new JsonObject());
        List<String> sent = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            sent.add(client.send(shell, "execute_request", content("i", i)).get("msg_id").getAsString());
            if (i == 1) client.send(shell, "execute_request", content("forged", i), "wrong key");
        }
        queued.countDown();

        List<WireMessage> pending = drained.get(WAIT_MS * 2L, TimeUnit.MILLISECONDS);

        assertEquals(sent, pending.stream().map(WireMessage::msgId).toList());
        assertEquals(1, kernel.droppedCount());
    }

    @Test
    void drainPendingOutsideTheServeThreadFailsLoudly() {
        kernel.serve(Channel.SHELL, this::echo);
        assertThrows(IllegalStateException.class, () -> kernel.drainPending(Channel.SHELL));
        assertThrows(IllegalStateException.class, () -> kernel.drainPending(Channel.CONTROL));
        assertThrows(IllegalArgumentException.class, () -> kernel.drainPending(Channel.IOPUB));
        assertEquals(List.of(), kernel.drainPending(Channel.STDIN));
    }

    @Test
    void heartbeatEchoesEveryPing() {
        ZMQ.Socket heartbeat = client.connect(Channel.HEARTBEAT);
        for (int i = 0; i < 3; i++) {
            byte[] ping = ("ping " + i).getBytes(StandardCharsets.UTF_8);
            heartbeat.send(ping, 0);
            List<byte[]> pong = TestClient.receive(heartbeat, WAIT_MS);
            assertEquals(1, pong.size());
            assertArrayEquals(ping, pong.get(0));
        }
    }

    @Test
    void stdinRequestGoesToTheClientOfTheParentRequest() throws Exception {
        CompletableFuture<WireMessage> inputReply = new CompletableFuture<>();
        kernel.serve(Channel.SHELL, (channel, request) -> {
            kernel.reply(Channel.STDIN, request, "input_request", content("password", 0));
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(WAIT_MS);
            while (!inputReply.isDone() && System.nanoTime() < deadline) {
                kernel.drainPending(Channel.STDIN).forEach(inputReply::complete);
                Thread.onSpinWait();
            }
        });
        ZMQ.Socket stdin = client.connect(Channel.STDIN);
        ZMQ.Socket shell = client.connect(Channel.SHELL);
        JsonObject execute = client.send(shell, "execute_request", new JsonObject());

        TestClient.Received request = client.receiveVerified(stdin, WAIT_MS);
        assertEquals("input_request", request.msgType());
        TestClient.assertSameHeader(execute, request.parentHeader());
        JsonObject answer = client.send(stdin, "input_reply", new JsonObject());

        assertEquals(answer, inputReply.get(WAIT_MS, TimeUnit.MILLISECONDS).header());
    }

    @Test
    void publishFromTwoThreadsAtOnceDeliversEveryMessageIntactAndInOrderPerThread() throws Exception {
        ZMQ.Socket iopub = client.connect(Channel.IOPUB);
        awaitSubscription(iopub);
        int perThread = 300;
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> publishers = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
            int thread = t;
            publishers.add(new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    return;
                }
                for (int i = 0; i < perThread; i++) {
                    JsonObject content = content("seq", i);
                    content.addProperty("thread", thread);
                    content.addProperty("text", "x".repeat(i));
                    kernel.publish(null, "stream", content);
                }
            }));
        }
        publishers.forEach(Thread::start);
        start.countDown();

        int[] next = new int[2];
        for (int n = 0; n < 2 * perThread; n++) {
            TestClient.Received message = client.receiveVerified(iopub, WAIT_MS);
            assertEquals("stream", message.msgType());
            assertEquals("kernel." + kernel.sessionId() + ".stream",
                    new String(message.prefix().get(0), StandardCharsets.UTF_8));
            assertEquals(new JsonObject(), message.parentHeader());
            int thread = message.content().get("thread").getAsInt();
            int seq = message.content().get("seq").getAsInt();
            assertEquals(next[thread]++, seq, "messages of one thread arrive in the order published");
            assertEquals("x".repeat(seq), message.content().get("text").getAsString());
        }
        for (Thread publisher : publishers) publisher.join(WAIT_MS);
        assertEquals(perThread, next[0]);
        assertEquals(perThread, next[1]);
    }

    @Test
    void publishKeepsNullsAndLinksToItsParent() throws Exception {
        CompletableFuture<Void> published = new CompletableFuture<>();
        kernel.serve(Channel.SHELL, (channel, request) -> {
            JsonObject content = new JsonObject();
            content.add("execution_count", com.google.gson.JsonNull.INSTANCE);
            content.add("data", new JsonArray());
            content.addProperty("html", "<b>&</b>");
            kernel.publish(request, "execute_result", content, content("meta", 1));
            published.complete(null);
        });
        ZMQ.Socket iopub = client.connect(Channel.IOPUB);
        awaitSubscription(iopub);
        ZMQ.Socket shell = client.connect(Channel.SHELL);
        JsonObject request = client.send(shell, "execute_request", new JsonObject());

        TestClient.Received result = client.receiveVerified(iopub, WAIT_MS);

        assertEquals("execute_result", result.msgType());
        TestClient.assertSameHeader(request, result.parentHeader());
        assertTrue(result.content().has("execution_count"), "null fields must be sent, not dropped");
        assertTrue(result.content().get("execution_count").isJsonNull());
        assertEquals("<b>&</b>", result.content().get("html").getAsString());
        assertEquals(1, result.metadata().get("meta").getAsInt());
    }

    @Test
    void replyFromAnotherThreadThanTheServeThreadFailsLoudly() throws Exception {
        CompletableFuture<WireMessage> request = new CompletableFuture<>();
        kernel.serve(Channel.SHELL, (channel, message) -> request.complete(message));
        ZMQ.Socket shell = client.connect(Channel.SHELL);
        client.send(shell, "execute_request", new JsonObject());
        WireMessage received = request.get(WAIT_MS, TimeUnit.MILLISECONDS);

        assertThrows(IllegalStateException.class,
                () -> kernel.reply(Channel.SHELL, received, "execute_reply", new JsonObject()));
        assertThrows(IllegalArgumentException.class,
                () -> kernel.reply(Channel.IOPUB, received, "execute_reply", new JsonObject()));
    }

    @Test
    void closeFreesThePortsSoANewKernelBindsThemAtOnceAndOldClientsReconnect() {
        kernel.serve(Channel.SHELL, this::echo);
        ZMQ.Socket shell = client.connect(Channel.SHELL);
        ZMQ.Socket heartbeat = client.connect(Channel.HEARTBEAT);
        client.send(shell, "kernel_info_request", new JsonObject());
        client.receiveVerified(shell, WAIT_MS);
        heartbeat.send("ping");
        TestClient.receive(heartbeat, WAIT_MS);

        long started = System.nanoTime();
        kernel.close();
        kernel.close(); // idempotent
        long closeMs = (System.nanoTime() - started) / 1_000_000;
        kernel = new KernelTransport(info);
        kernel.bind();
        kernel.serve(Channel.SHELL, this::echo);

        assertTrue(closeMs < 1000, "close took " + closeMs + " ms");
        JsonObject again = client.send(shell, "kernel_info_request", new JsonObject());
        TestClient.Received reply = client.receiveVerified(shell, WAIT_MS);
        TestClient.assertSameHeader(again, reply.parentHeader());
        assertEquals(kernel.sessionId(), reply.header().get("session").getAsString(), "answered by the new kernel");
    }

    @Test
    void closeFromInsideAHandlerEndsTheTransport() throws Exception {
        CountDownLatch closed = new CountDownLatch(1);
        kernel.serve(Channel.CONTROL, (channel, request) -> {
            kernel.reply(channel, request, "shutdown_reply", new JsonObject());
            kernel.close();
            closed.countDown();
        });
        ZMQ.Socket control = client.connect(Channel.CONTROL);
        client.send(control, "shutdown_request", new JsonObject());

        assertEquals("shutdown_reply", client.receiveVerified(control, WAIT_MS).msgType());
        assertTrue(closed.await(WAIT_MS, TimeUnit.MILLISECONDS));
        KernelTransport next = new KernelTransport(info);
        next.bind();
        next.close();
    }

    @Test
    void bindingATakenPortFailsWithAClearMessage() {
        KernelTransport second = new KernelTransport(info);
        var error = assertThrows(java.io.UncheckedIOException.class, second::bind);
        assertTrue(error.getMessage().contains("shell") && error.getMessage().contains(String.valueOf(info.shellPort())),
                error.getMessage());
        second.close();
    }

    @Test
    void emptyKeyMeansUnsignedMessagesBothWays() throws Exception {
        ConnectionInfo unsigned = TestClient.freshInfo("");
        try (KernelTransport open = new KernelTransport(unsigned); TestClient plain = new TestClient(unsigned)) {
            open.bind();
            open.serve(Channel.SHELL, (channel, request) ->
                    open.reply(channel, request, "kernel_info_reply", new JsonObject()));
            ZMQ.Socket shell = plain.connect(Channel.SHELL);
            plain.send(shell, "kernel_info_request", new JsonObject(), "");

            List<byte[]> frames = TestClient.receive(shell, WAIT_MS);
            assertEquals(0, frames.get(1).length, "signature frame is empty when unsigned");
            assertEquals("kernel_info_reply", plain.verify(frames).msgType());
        }
    }

    /** PUB drops what it sends before a subscription arrives; publish probes until one gets through. */
    private void awaitSubscription(ZMQ.Socket iopub) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(WAIT_MS);
        while (System.nanoTime() < deadline) {
            kernel.publish(null, "probe", new JsonObject());
            List<byte[]> frames = TestClient.receive(iopub, 20);
            if (frames != null) {
                while (TestClient.receive(iopub, 20) != null) { } // drop the other probes
                return;
            }
        }
        throw new AssertionError("IOPUB subscription never became live");
    }
}
