package gilsim.kernel.transport;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.zeromq.ZMQ;

/**
 * The connection file Jupyter writes for a kernel: where to bind, the signing key, and the
 * CurveZMQ keypair (Z85 {@code curve_publickey} / {@code curve_secretkey}) when the operator
 * enabled transport encryption (jupyter_client 8.10, {@code KernelManager.transport_encryption}).
 */
public record ConnectionInfo(String transport, String ip, int shellPort, int iopubPort, int stdinPort,
        int controlPort, int hbPort, String key, String signatureScheme,
        String curvePublicKey, String curveSecretKey) {

    static final String DEFAULT_SIGNATURE_SCHEME = "hmac-sha256";

    public ConnectionInfo {
        if ((curvePublicKey == null) != (curveSecretKey == null)) {
            throw new IllegalArgumentException("curve_publickey and curve_secretkey must be given together");
        }
    }

    public static ConnectionInfo read(Path connectionFile) throws IOException {
        String text;
        try {
            text = Files.readString(connectionFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IOException("cannot read connection file " + connectionFile + ": " + e, e);
        }
        try {
            return parse(text);
        } catch (JsonParseException e) {
            throw new IOException("connection file " + connectionFile + " is not valid JSON: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new IOException("bad connection file " + connectionFile + ": " + e.getMessage(), e);
        }
    }

    /** Parses the JSON of a connection file; IllegalArgumentException says what is wrong. */
    static ConnectionInfo parse(String json) {
        JsonElement root = JsonParser.parseString(json);
        if (!root.isJsonObject()) throw new IllegalArgumentException("not a JSON object");
        JsonObject file = root.getAsJsonObject();
        String transport = optionalString(file, "transport", "tcp");
        if (!transport.equals("tcp")) {
            // jeromq emulates ipc over loopback tcp, so it could not meet a libzmq client's ipc socket.
            throw new IllegalArgumentException("transport \"" + transport + "\" is not supported, only \"tcp\"");
        }
        String publicKey = optionalString(file, "curve_publickey", null);
        String secretKey = optionalString(file, "curve_secretkey", null);
        if ((publicKey == null) != (secretKey == null)) {
            throw new IllegalArgumentException("curve_publickey and curve_secretkey must be given together");
        }
        if (publicKey != null) {
            checkZ85Key("curve_publickey", publicKey);
            checkZ85Key("curve_secretkey", secretKey);
        }
        return new ConnectionInfo(transport, requiredString(file, "ip"),
                port(file, "shell_port"), port(file, "iopub_port"), port(file, "stdin_port"),
                port(file, "control_port"), port(file, "hb_port"),
                requiredString(file, "key"),
                optionalString(file, "signature_scheme", DEFAULT_SIGNATURE_SCHEME),
                publicKey, secretKey);
    }

    public boolean curveEnabled() {
        return curvePublicKey != null && curveSecretKey != null;
    }

    /** The endpoint a socket of this kernel binds to, e.g. {@code tcp://127.0.0.1:5555}. */
    String endpoint(Channel channel) {
        return transport + "://" + ip + ":" + port(channel);
    }

    int port(Channel channel) {
        return switch (channel) {
            case SHELL -> shellPort;
            case CONTROL -> controlPort;
            case STDIN -> stdinPort;
            case IOPUB -> iopubPort;
            case HEARTBEAT -> hbPort;
        };
    }

    /** The 32-byte CURVE secret key, or null when encryption is off. */
    byte[] curveSecretKeyBytes() {
        return curveSecretKey == null ? null : ZMQ.Curve.z85Decode(curveSecretKey);
    }

    /** Keeps the signing key and the CURVE secret out of logs and exception messages. */
    @Override
    public String toString() {
        return "ConnectionInfo[" + transport + "://" + ip + " shell=" + shellPort + " iopub=" + iopubPort
                + " stdin=" + stdinPort + " control=" + controlPort + " hb=" + hbPort
                + " signature=" + signatureScheme + (key.isEmpty() ? " (unsigned)" : "")
                + " curve=" + (curveEnabled() ? curvePublicKey : "off") + "]";
    }

    private static void checkZ85Key(String name, String value) {
        if (value.length() != ZMQ.Curve.KEY_SIZE_Z85) {
            throw new IllegalArgumentException(name + " must be " + ZMQ.Curve.KEY_SIZE_Z85
                    + " Z85 characters, got " + value.length());
        }
        byte[] decoded;
        try {
            decoded = ZMQ.Curve.z85Decode(value);
        } catch (RuntimeException e) {
            decoded = null;
        }
        if (decoded == null || decoded.length != ZMQ.Curve.KEY_SIZE) {
            throw new IllegalArgumentException(name + " is not a valid Z85 key");
        }
    }

    private static String requiredString(JsonObject file, String name) {
        JsonElement value = file.get(name);
        if (value == null || value.isJsonNull()) throw new IllegalArgumentException("missing \"" + name + "\"");
        if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString()) {
            throw new IllegalArgumentException("\"" + name + "\" must be a string");
        }
        return value.getAsString();
    }

    private static String optionalString(JsonObject file, String name, String fallback) {
        JsonElement value = file.get(name);
        return value == null || value.isJsonNull() ? fallback : requiredString(file, name);
    }

    private static int port(JsonObject file, String name) {
        JsonElement value = file.get(name);
        if (value == null || value.isJsonNull()) throw new IllegalArgumentException("missing \"" + name + "\"");
        if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isNumber()) {
            throw new IllegalArgumentException("\"" + name + "\" must be a number");
        }
        double number = value.getAsDouble();
        if (number != Math.rint(number) || number < 1 || number > 65535) {
            throw new IllegalArgumentException("\"" + name + "\" must be a port 1-65535, got " + value);
        }
        return (int) number;
    }
}
