package gilsim.kernel.transport;

import static gilsim.kernel.transport.RejectedMessageException.Reason.BAD_SIGNATURE;
import static gilsim.kernel.transport.RejectedMessageException.Reason.MALFORMED;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Turns frames into {@link WireMessage}s and back, following the wire format of the Jupyter
 * messaging protocol:
 * <pre>
 *   identity... , "&lt;IDS|MSG&gt;", signature, header, parent_header, metadata, content, buffer...
 * </pre>
 * Decoding checks the signature over the raw frames before it parses any JSON, so an unsigned
 * message costs no parsing and a forged one never reaches the handler.
 */
final class WireCodec {
    static final byte[] DELIMITER = "<IDS|MSG>".getBytes(StandardCharsets.US_ASCII);
    /** signature, header, parent_header, metadata, content. */
    private static final int REQUIRED_FRAMES_AFTER_DELIMITER = 5;

    /** Nulls are kept: Jupyter fields such as {@code execution_count} may legitimately be null. */
    private static final Gson GSON = new GsonBuilder().serializeNulls().disableHtmlEscaping().create();

    private final MessageSigner signer;

    WireCodec(MessageSigner signer) {
        this.signer = signer;
    }

    WireMessage decode(List<byte[]> frames) throws RejectedMessageException {
        int delimiter = indexOfDelimiter(frames);
        if (delimiter < 0) throw malformed("no <IDS|MSG> delimiter among " + frames.size() + " frames");
        int first = delimiter + 1;
        if (frames.size() - first < REQUIRED_FRAMES_AFTER_DELIMITER) {
            throw malformed("only " + (frames.size() - first) + " frames after the delimiter, need "
                    + REQUIRED_FRAMES_AFTER_DELIMITER);
        }
        byte[] signature = frames.get(first);
        byte[] header = frames.get(first + 1);
        byte[] parentHeader = frames.get(first + 2);
        byte[] metadata = frames.get(first + 3);
        byte[] content = frames.get(first + 4);
        if (!signer.verify(signature, header, parentHeader, metadata, content)) {
            throw new RejectedMessageException(BAD_SIGNATURE, "HMAC signature does not match");
        }
        JsonObject headerJson = parseObject("header", header);
        requireString(headerJson, "msg_type", true);
        requireString(headerJson, "msg_id", true);
        requireString(headerJson, "session", false);
        return new WireMessage(frames.subList(0, delimiter), headerJson,
                parseObject("parent_header", parentHeader), parseObject("metadata", metadata),
                parseObject("content", content), frames.subList(first + 5, frames.size()));
    }

    /** The frames of one outgoing message, signed. */
    List<byte[]> encode(List<byte[]> identities, JsonObject header, JsonObject parentHeader,
            JsonObject metadata, JsonObject content, List<byte[]> buffers) {
        byte[] headerBytes = toBytes(header);
        byte[] parentBytes = toBytes(parentHeader);
        byte[] metadataBytes = toBytes(metadata);
        byte[] contentBytes = toBytes(content);
        List<byte[]> frames = new ArrayList<>(identities.size() + 6 + buffers.size());
        frames.addAll(identities);
        frames.add(DELIMITER);
        frames.add(signer.sign(headerBytes, parentBytes, metadataBytes, contentBytes));
        frames.add(headerBytes);
        frames.add(parentBytes);
        frames.add(metadataBytes);
        frames.add(contentBytes);
        frames.addAll(buffers);
        return frames;
    }

    static byte[] toBytes(JsonObject json) {
        return GSON.toJson(json).getBytes(StandardCharsets.UTF_8);
    }

    private static int indexOfDelimiter(List<byte[]> frames) {
        for (int i = 0; i < frames.size(); i++) {
            if (Arrays.equals(frames.get(i), DELIMITER)) return i;
        }
        return -1;
    }

    /** Strict RFC 8259 JSON, and nothing after the value: gson's default parser is lenient. */
    private static JsonObject parseObject(String part, byte[] frame) throws RejectedMessageException {
        JsonElement element;
        try (JsonReader reader = new JsonReader(new StringReader(new String(frame, StandardCharsets.UTF_8)))) {
            reader.setStrictness(Strictness.STRICT);
            element = JsonParser.parseReader(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT) throw malformed(part + " has data after its JSON value");
        } catch (IOException | RuntimeException e) {
            throw malformed(part + " is not valid JSON: " + e.getMessage());
        }
        if (!element.isJsonObject()) throw malformed(part + " is JSON but not an object");
        return element.getAsJsonObject();
    }

    private static void requireString(JsonObject header, String name, boolean required)
            throws RejectedMessageException {
        JsonElement value = header.get(name);
        if (value == null) {
            if (required) throw malformed("header has no " + name);
            return;
        }
        if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString()) {
            throw malformed("header " + name + " is not a string");
        }
    }

    private static RejectedMessageException malformed(String message) {
        return new RejectedMessageException(MALFORMED, message);
    }
}
