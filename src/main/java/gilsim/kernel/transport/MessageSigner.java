package gilsim.kernel.transport;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs and verifies messages as Jupyter does: the signature frame is the lower-case hex HMAC of
 * the header, parent_header, metadata and content frames, in that order, exactly as on the wire.
 * An empty key turns signing off (the signature frame is empty and is not checked), as in
 * jupyter_client's {@code Session} with {@code key=b""}.
 */
final class MessageSigner {
    private static final Map<String, String> ALGORITHMS = Map.of(
            "hmac-sha256", "HmacSHA256",
            "hmac-sha512", "HmacSHA512",
            "hmac-sha384", "HmacSHA384",
            "hmac-sha224", "HmacSHA224",
            "hmac-sha1", "HmacSHA1",
            "hmac-md5", "HmacMD5");
    private static final byte[] NO_SIGNATURE = new byte[0];

    /** A Mac is not thread-safe; shell, control and every publishing thread get their own. */
    private final ThreadLocal<Mac> macs;

    private MessageSigner(ThreadLocal<Mac> macs) {
        this.macs = macs;
    }

    static MessageSigner create(String scheme, String key) {
        if (key.isEmpty()) return new MessageSigner(null);
        String algorithm = ALGORITHMS.get(scheme.toLowerCase(Locale.ROOT));
        if (algorithm == null) {
            throw new IllegalArgumentException("unsupported signature_scheme \"" + scheme + "\"; supported: "
                    + String.join(", ", ALGORITHMS.keySet()));
        }
        SecretKeySpec secret = new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), algorithm);
        newMac(secret); // fail now, not on the first message, if the JVM lacks the algorithm
        return new MessageSigner(ThreadLocal.withInitial(() -> newMac(secret)));
    }

    boolean signs() {
        return macs != null;
    }

    /** The signature frame for these four JSON frames: lower-case hex ASCII, or empty when unsigned. */
    byte[] sign(byte[] header, byte[] parentHeader, byte[] metadata, byte[] content) {
        if (macs == null) return NO_SIGNATURE;
        Mac mac = macs.get();
        mac.update(header);
        mac.update(parentHeader);
        mac.update(metadata);
        mac.update(content);
        return HexFormat.of().formatHex(mac.doFinal()).getBytes(StandardCharsets.US_ASCII);
    }

    /** Constant-time check of a received signature frame; always true when signing is off. */
    boolean verify(byte[] signature, byte[] header, byte[] parentHeader, byte[] metadata, byte[] content) {
        if (macs == null) return true;
        return MessageDigest.isEqual(sign(header, parentHeader, metadata, content), signature);
    }

    private static Mac newMac(SecretKeySpec secret) {
        try {
            Mac mac = Mac.getInstance(secret.getAlgorithm());
            mac.init(secret);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot create " + secret.getAlgorithm() + ": " + e, e);
        }
    }
}
