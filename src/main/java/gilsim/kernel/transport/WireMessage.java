package gilsim.kernel.transport;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.List;

/**
 * One message as received: the routing identities that preceded the {@code <IDS|MSG>} delimiter,
 * the four JSON parts (already verified against the HMAC signature) and any binary buffers.
 * A reply goes back to {@link #identities()} with {@link #header()} as its parent header.
 */
public record WireMessage(List<byte[]> identities, JsonObject header, JsonObject parentHeader,
        JsonObject metadata, JsonObject content, List<byte[]> buffers) {

    public WireMessage {
        identities = List.copyOf(identities);
        buffers = List.copyOf(buffers);
    }

    public String msgType() { return headerString("msg_type"); }

    public String msgId() { return headerString("msg_id"); }

    /** The client's session id, or "" when the header has none. */
    public String session() { return headerString("session"); }

    private String headerString(String name) {
        JsonElement value = header.get(name);
        return value != null && value.isJsonPrimitive() ? value.getAsString() : "";
    }
}
