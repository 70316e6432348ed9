package gilsim.kernel.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zeromq.ZMQ;

class ConnectionInfoTest {
    /** As jupyter_client 8.10's write_connection_file writes it (kernel_name included). */
    static final String JUPYTER_FILE = """
            {
              "shell_port": 53794,
              "iopub_port": 53795,
              "stdin_port": 53796,
              "control_port": 53797,
              "hb_port": 53798,
              "ip": "127.0.0.1",
              "key": "a0436f6c-1916-498b-8eb9-e81ab9368e84",
              "transport": "tcp",
              "signature_scheme": "hmac-sha256",
              "kernel_name": "gilsim"%s
            }
            """;

    @TempDir Path dir;

    private Path write(String text) throws IOException {
        Path file = dir.resolve("kernel.json");
        Files.writeString(file, text);
        return file;
    }

    @Test
    void readsEveryFieldJupyterWrites() throws IOException {
        ConnectionInfo info = ConnectionInfo.read(write(JUPYTER_FILE.formatted("")));

        assertEquals("tcp", info.transport());
        assertEquals("127.0.0.1", info.ip());
        assertEquals(53794, info.shellPort());
        assertEquals(53795, info.iopubPort());
        assertEquals(53796, info.stdinPort());
        assertEquals(53797, info.controlPort());
        assertEquals(53798, info.hbPort());
        assertEquals("a0436f6c-1916-498b-8eb9-e81ab9368e84", info.key());
        assertEquals("hmac-sha256", info.signatureScheme());
        assertFalse(info.curveEnabled());
        assertNull(info.curveSecretKeyBytes());
        assertEquals("tcp://127.0.0.1:53797", info.endpoint(Channel.CONTROL));
    }

    @Test
    void readsTheCurveKeypairAndDecodesTheSecretKey() throws IOException {
        ZMQ.Curve.KeyPair keys = ZMQ.Curve.generateKeyPair();
        String curve = ",\n  \"curve_publickey\": \"" + keys.publicKey + "\",\n  \"curve_secretkey\": \""
                + keys.secretKey + "\"";

        ConnectionInfo info = ConnectionInfo.read(write(JUPYTER_FILE.formatted(curve)));

        assertTrue(info.curveEnabled());
        assertEquals(keys.publicKey, info.curvePublicKey());
        assertEquals(32, info.curveSecretKeyBytes().length);
        assertFalse(info.toString().contains(keys.secretKey), "toString must not leak the secret key");
        assertFalse(info.toString().contains(info.key()), "toString must not leak the signing key");
    }

    @Test
    void missingSignatureSchemeAndTransportDefaultToJupytersDefaults() throws IOException {
        String minimal = """
                {"shell_port": 1, "iopub_port": 2, "stdin_port": 3, "control_port": 4, "hb_port": 5,
                 "ip": "0.0.0.0", "key": ""}""";

        ConnectionInfo info = ConnectionInfo.read(write(minimal));

        assertEquals("tcp", info.transport());
        assertEquals("hmac-sha256", info.signatureScheme());
        assertEquals("", info.key());
    }

    @Test
    void badFilesFailWithAMessageThatSaysWhatIsWrong() throws IOException {
        assertMessage("not valid", "{\"shell_port\": ");
        assertMessage("not a JSON object", "[1, 2]");
        assertMessage("missing \"hb_port\"", JUPYTER_FILE.formatted("").replace("\"hb_port\": 53798,", ""));
        assertMessage("\"shell_port\" must be a number", JUPYTER_FILE.formatted("").replace("53794", "\"x\""));
        assertMessage("must be a port", JUPYTER_FILE.formatted("").replace("53794", "70000"));
        assertMessage("missing \"key\"",
                JUPYTER_FILE.formatted("").replace("\"key\": \"a0436f6c-1916-498b-8eb9-e81ab9368e84\",", ""));
        assertMessage("transport \"ipc\" is not supported", JUPYTER_FILE.formatted("").replace("\"tcp\"", "\"ipc\""));
        assertMessage("must be given together",
                JUPYTER_FILE.formatted(",\"curve_publickey\": \"" + ZMQ.Curve.generateKeyPair().publicKey + "\""));
        assertMessage("curve_secretkey must be 40 Z85 characters", JUPYTER_FILE.formatted(
                ",\"curve_publickey\": \"" + ZMQ.Curve.generateKeyPair().publicKey + "\", \"curve_secretkey\": \"short\""));
        IOException missing = assertThrows(IOException.class, () -> ConnectionInfo.read(dir.resolve("absent.json")));
        assertTrue(missing.getMessage().contains("absent.json"), missing.getMessage());
    }

    private void assertMessage(String expected, String fileText) throws IOException {
        Path file = write(fileText);
        IOException error = assertThrows(IOException.class, () -> ConnectionInfo.read(file));
        assertTrue(error.getMessage().contains(expected) && error.getMessage().contains(file.toString()),
                "message \"" + error.getMessage() + "\" should contain \"" + expected + "\"");
    }
}
