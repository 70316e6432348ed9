package gilsim.kernel.transport;

import com.google.gson.JsonObject;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.zeromq.SocketType;
import org.zeromq.ZMQ;

/**
 * Round trip of a trivial request through the transport, beside a bare jeromq ROUTER that echoes
 * frames without signing or parsing, measured with the same client on the same machine. The
 * baseline in the same run makes the figure comparable on these shared, noisy machines; a
 * sleep-poll coming back would show as tens of milliseconds. A benchmark, not a test: it prints.
 * Run: see README.md, "Benchmarks".
 */
public final class TransportLatencyBench {
    static final int WARM_UP = 300;
    static final int MEASURED = 500;

    public static void main(String[] args) throws Exception {
        // Baseline first, so that the JIT has warmed the shared client code before the transport is measured.
        ConnectionInfo bare = TestClient.freshInfo(UUID.randomUUID().toString());
        try (ZMQ.Context context = ZMQ.context(1); TestClient client = new TestClient(bare)) {
            ZMQ.Socket router = context.socket(SocketType.ROUTER);
            router.setLinger(0);
            router.bind(bare.endpoint(Channel.SHELL));
            Thread echo = new Thread(() -> {
                try {
                    while (!Thread.currentThread().isInterrupted()) {
                        List<byte[]> frames = TestClient.receive(router, 100);
                        if (frames != null) TestClient.sendFrames(router, frames);
                    }
                } catch (RuntimeException closed) {
                    // context terminated
                }
            });
            echo.start();
            ZMQ.Socket shell = client.connect(Channel.SHELL);
            report("bare jeromq ROUTER echo (baseline)", shell, socket -> {
                client.send(socket, "kernel_info_request", new JsonObject());
                client.receiveVerified(socket, 5000); // the echoed request: same client work as above
            });
            echo.interrupt();
            echo.join(1000);
            router.close();
        }

        ConnectionInfo info = TestClient.freshInfo(UUID.randomUUID().toString());
        try (KernelTransport kernel = new KernelTransport(info); TestClient client = new TestClient(info)) {
            kernel.bind();
            kernel.serve(Channel.SHELL, (channel, request) ->
                    kernel.reply(channel, request, "kernel_info_reply", new JsonObject()));
            ZMQ.Socket shell = client.connect(Channel.SHELL);
            report("transport (signed, parsed, dispatched, replied)", shell, socket -> {
                client.send(socket, "kernel_info_request", new JsonObject());
                client.receiveVerified(socket, 5000);
            });
        }
    }

    private static double report(String what, ZMQ.Socket socket, Consumer<ZMQ.Socket> roundTrip) {
        for (int i = 0; i < WARM_UP; i++) roundTrip.accept(socket);
        double[] ms = new double[MEASURED];
        for (int i = 0; i < MEASURED; i++) {
            long start = System.nanoTime();
            roundTrip.accept(socket);
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        double median = ms[MEASURED / 2];
        System.err.printf("round trip, %s: median %.3f ms, p90 %.3f ms, p99 %.3f ms, min %.3f ms%n",
                what, median, ms[MEASURED * 9 / 10], ms[MEASURED * 99 / 100], ms[0]);
        return median;
    }
}
