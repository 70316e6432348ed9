package gilsim.kernel.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.zeromq.ZMQ;

/**
 * The kernel against the client library Jupyter really uses (pyzmq on libzmq): signatures,
 * framing, heartbeat, IOPUB topics and CurveZMQ must all interoperate. Skipped, with a message,
 * when {@code GILSIM_PYTHON} (default python3) has no pyzmq.
 */
@Timeout(300)
class PyzmqInteropTest {
    private KernelTransport kernel;

    private static Boolean available;

    /** Per test, not @BeforeAll, so that each skipped test is counted as skipped in the report. */
    @BeforeEach
    void requirePyzmq() {
        if (available == null) {
            available = PyzmqClient.available();
            if (!available) {
                System.err.println("PyzmqInteropTest skipped: " + PyzmqClient.PYTHON
                        + " cannot import zmq with CURVE; set GILSIM_PYTHON=/tmp/venv/bin/python");
            }
        }
        Assumptions.assumeTrue(available, PyzmqClient.PYTHON + " has no pyzmq with CURVE (set GILSIM_PYTHON)");
    }

    @AfterEach
    void closeKernel() {
        if (kernel != null) kernel.close();
    }

    private ConnectionInfo start(boolean curve) throws Exception {
        ZMQ.Curve.KeyPair keys = curve ? ZMQ.Curve.generateKeyPair() : null;
        ConnectionInfo info = TestClient.freshInfo(UUID.randomUUID().toString(),
                curve ? keys.publicKey : null, curve ? keys.secretKey : null);
        kernel = new KernelTransport(info);
        kernel.bind();
        RequestHandler handler = (channel, request) -> {
            JsonObject busy = new JsonObject();
            busy.addProperty("execution_state", "busy");
            kernel.publish(request, "status", busy);
            JsonObject content = new JsonObject();
            content.addProperty("status", "ok");
            content.addProperty("protocol_version", "5.3"); // jupyter_client reads it from kernel_info_reply
            kernel.reply(channel, request, request.msgType().replace("_request", "_reply"), content);
        };
        kernel.serve(Channel.SHELL, handler);
        kernel.serve(Channel.CONTROL, handler);
        return info;
    }

    @ParameterizedTest(name = "curve={0}")
    @ValueSource(booleans = {false, true})
    void pyzmqClientTalksToTheKernelOnEveryChannel(boolean curve, @TempDir Path dir) throws Exception {
        PyzmqClient.Result result = PyzmqClient.run(start(curve), dir, "check");

        System.err.println("pyzmq client: " + result.output());
        assertEquals(0, result.exitCode(), result.output());
        assertTrue(result.output().startsWith("ok"), result.output());
    }

    @ParameterizedTest(name = "curve={0}")
    @ValueSource(booleans = {false, true})
    void everyFreshPyzmqConnectionIsAnsweredAtOnce(boolean curve, @TempDir Path dir) throws Exception {
        PyzmqClient.Result result = PyzmqClient.run(start(curve), dir, "fresh-connections", "100");

        assertEquals(0, result.exitCode(), result.output());
    }

    @ParameterizedTest(name = "curve={0}")
    @ValueSource(booleans = {false, true})
    void jupyterClientWaitsForReadyAndSeesTheHeartbeat(boolean curve, @TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(PyzmqClient.hasJupyterClient(), PyzmqClient.PYTHON + " has no jupyter_client");
        PyzmqClient.Result result = PyzmqClient.run(start(curve), dir, "jupyter-client");

        assertEquals(0, result.exitCode(), result.output());
        assertTrue(result.output().endsWith("ok jupyter_client wait_for_ready, kernel_info and heartbeat"),
                result.output());
    }
}
