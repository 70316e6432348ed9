package gilsim.kernel.transport;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a small pyzmq client (libzmq, the library jupyter_client uses) against a kernel, to check
 * interoperability where it matters: signing, framing and CurveZMQ. Python is GILSIM_PYTHON, or
 * {@code python3}; it needs pyzmq (e.g. GILSIM_PYTHON=/tmp/venv/bin/python).
 */
final class PyzmqClient {
    static final String PYTHON = System.getenv().getOrDefault("GILSIM_PYTHON", "python3");

    /** Exits 0 and prints "ok ..." when every check passed; prints the failed check otherwise. */
    private static final String SCRIPT = """
            import hashlib, hmac, json, statistics, sys, time, uuid
            import zmq

            cf = json.load(open(sys.argv[1]))
            mode = sys.argv[2]
            key = cf["key"].encode()
            curve = "curve_publickey" in cf

            def fail(message):
                print("FAILED: " + message, flush=True)
                sys.exit(1)

            def sign(parts):
                if not key:
                    return b""
                mac = hmac.new(key, digestmod=hashlib.sha256)
                for part in parts:
                    mac.update(part)
                return mac.hexdigest().encode()

            def endpoint(name):
                return "tcp://%s:%d" % (cf["ip"], cf[name + "_port"])

            def connect(ctx, kind, name, encrypted=curve):
                sock = ctx.socket(kind)
                sock.linger = 0
                if encrypted:
                    public, secret = zmq.curve_keypair()
                    sock.curve_publickey, sock.curve_secretkey = public, secret
                    sock.curve_serverkey = cf["curve_publickey"].encode()
                sock.connect(endpoint(name))
                return sock

            def request(sock, msg_type, content=None):
                header = {"msg_id": str(uuid.uuid4()), "session": "pyzmq-client", "username": "test",
                          "date": "2025-01-01T00:00:00.000000Z", "msg_type": msg_type, "version": "5.3"}
                parts = [json.dumps(p).encode() for p in (header, {}, {}, content or {})]
                sock.send_multipart([b"<IDS|MSG>", sign(parts)] + parts)
                return header

            def receive(sock, timeout_ms=5000):
                if not sock.poll(timeout_ms):
                    return None
                frames = sock.recv_multipart()
                d = frames.index(b"<IDS|MSG>")
                signature, parts = frames[d + 1], frames[d + 2:d + 6]
                if not hmac.compare_digest(signature, sign(parts)):
                    fail("reply signature does not verify")
                header, parent, metadata, content = (json.loads(p) for p in parts)
                return frames[:d], header, parent, content

            ctx = zmq.Context()
            if mode == "check":
                shell = connect(ctx, zmq.DEALER, "shell")
                sent = request(shell, "kernel_info_request")
                got = receive(shell)
                if got is None:
                    fail("no kernel_info_reply on shell")
                if got[1]["msg_type"] != "kernel_info_reply" or got[2] != sent:
                    fail("wrong reply on shell: %r / parent %r" % (got[1], got[2]))

                control = connect(ctx, zmq.DEALER, "control")
                sent = request(control, "interrupt_request")
                got = receive(control)
                if got is None or got[1]["msg_type"] != "interrupt_reply" or got[2] != sent:
                    fail("no interrupt_reply on control")

                hb = connect(ctx, zmq.REQ, "hb")
                hb.send(b"ping")
                if not hb.poll(5000) or hb.recv() != b"ping":
                    fail("heartbeat did not echo")

                iopub = connect(ctx, zmq.SUB, "iopub")
                iopub.setsockopt(zmq.SUBSCRIBE, b"")
                deadline = time.time() + 5
                status = None
                while status is None and time.time() < deadline:
                    request(shell, "kernel_info_request")
                    receive(shell)
                    status = receive(iopub, 100)
                if status is None:
                    fail("nothing received on iopub")
                if not status[0][0].decode().startswith("kernel.") or status[1]["msg_type"] != "status":
                    fail("unexpected iopub message %r %r" % (status[0], status[1]))

                if curve:
                    plain = connect(ctx, zmq.DEALER, "shell", encrypted=False)
                    request(plain, "kernel_info_request")
                    if plain.poll(500):
                        fail("a client without CURVE got an answer from a CURVE kernel")

                latencies = []
                for i in range(300):
                    start = time.perf_counter()
                    request(shell, "kernel_info_request")
                    if receive(shell) is None:
                        fail("round trip %d got no reply" % i)
                    latencies.append((time.perf_counter() - start) * 1000)
                latencies = latencies[50:]
                print("ok curve=%s round-trip median=%.3f ms p90=%.3f ms (pyzmq %s, libzmq %s)" % (
                    curve, statistics.median(latencies), statistics.quantiles(latencies, n=10)[-1],
                    zmq.__version__, zmq.zmq_version()), flush=True)
            elif mode == "fresh-connections":
                count = int(sys.argv[3])
                for i in range(count):
                    context = zmq.Context()
                    shell = connect(context, zmq.DEALER, "shell")
                    request(shell, "kernel_info_request")
                    if receive(shell, 3000) is None:
                        fail("fresh connection %d of %d got no reply" % (i, count))
                    shell.close()
                    context.term()
                print("ok %d fresh connections answered" % count, flush=True)
            elif mode == "jupyter-client":
                # The real client: jupyter_client 8.10 reuses the kernel's own keypair on its side of CURVE.
                from jupyter_client import BlockingKernelClient
                client = BlockingKernelClient(connection_file=sys.argv[1])
                client.load_connection_file()
                client.start_channels()
                client.wait_for_ready(timeout=30)
                msg_id = client.kernel_info()
                reply = client.get_shell_msg(timeout=5)
                if reply["parent_header"].get("msg_id") != msg_id:
                    fail("kernel_info_reply has the wrong parent")
                if not client.is_alive():
                    fail("heartbeat says the kernel is dead")
                client.stop_channels()
                print("ok jupyter_client wait_for_ready, kernel_info and heartbeat", flush=True)
            """;

    private PyzmqClient() {}

    /** Whether {@link #PYTHON} can import zmq with CURVE support. */
    static boolean available() {
        return probe("import zmq, sys; sys.exit(0 if zmq.has('curve') else 1)");
    }

    /** Whether {@link #PYTHON} also has jupyter_client, for the jupyter-client mode. */
    static boolean hasJupyterClient() {
        return probe("import jupyter_client");
    }

    private static boolean probe(String code) {
        try {
            Process probe = new ProcessBuilder(PYTHON, "-c", code)
                    .redirectErrorStream(true).start();
            probe.getInputStream().readAllBytes();
            return probe.waitFor(30, TimeUnit.SECONDS) && probe.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    record Result(int exitCode, String output) {}

    /** Writes the connection file the way jupyter_client does and runs the script on it. */
    static Result run(ConnectionInfo info, Path dir, String... args) throws Exception {
        JsonObject file = new JsonObject();
        file.addProperty("transport", info.transport());
        file.addProperty("ip", info.ip());
        file.addProperty("shell_port", info.shellPort());
        file.addProperty("iopub_port", info.iopubPort());
        file.addProperty("stdin_port", info.stdinPort());
        file.addProperty("control_port", info.controlPort());
        file.addProperty("hb_port", info.hbPort());
        file.addProperty("key", info.key());
        file.addProperty("signature_scheme", info.signatureScheme());
        if (info.curveEnabled()) {
            file.addProperty("curve_publickey", info.curvePublicKey());
            file.addProperty("curve_secretkey", info.curveSecretKey());
        }
        Path connectionFile = dir.resolve("kernel.json");
        Files.writeString(connectionFile, file.toString());
        Path script = dir.resolve("client.py");
        Files.writeString(script, SCRIPT);
        List<String> command = new java.util.ArrayList<>(List.of(PYTHON, script.toString(), connectionFile.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return new Result(-1, "timed out after 120 s: " + new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        }
        return new Result(process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim());
    }
}
