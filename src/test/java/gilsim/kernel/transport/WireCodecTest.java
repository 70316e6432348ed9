package gilsim.kernel.transport;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WireCodecTest {
    private final WireCodec codec = new WireCodec(MessageSigner.create("hmac-sha256", "k"));

    private static JsonObject header(String type) {
        JsonObject header = new JsonObject();
        header.addProperty("msg_id", "id-1");
        header.addProperty("session", "s-1");
        header.addProperty("msg_type", type);
        return header;
    }

    @Test
    void encodedMessageDecodesBackWithIdentitiesAndBuffers() throws Exception {
        JsonObject content = new JsonObject();
        content.addProperty("code", "x = 1  # <é>");
        List<byte[]> identities = List.of(new byte[] {0, 1, 2}, "two".getBytes(StandardCharsets.UTF_8));
        List<byte[]> buffers = List.of(new byte[] {9, 9});

        List<byte[]> frames = codec.encode(identities, header("execute_request"), new JsonObject(),
                new JsonObject(), content, buffers);
        WireMessage message = codec.decode(frames);

        assertEquals(2, message.identities().size());
        assertArrayEquals(new byte[] {0, 1, 2}, message.identities().get(0));
        assertEquals("execute_request", message.msgType());
        assertEquals("id-1", message.msgId());
        assertEquals("s-1", message.session());
        assertEquals(content, message.content());
        assertEquals(1, message.buffers().size());
        assertArrayEquals(new byte[] {9, 9}, message.buffers().get(0));
    }

    @Test
    void tamperedContentIsRejectedAsBadSignatureBeforeAnyParsing() {
        List<byte[]> frames = new ArrayList<>(codec.encode(List.of(), header("x"), new JsonObject(),
                new JsonObject(), new JsonObject(), List.of()));
        frames.set(frames.size() - 1, "not even json".getBytes(StandardCharsets.UTF_8));

        RejectedMessageException error = assertThrows(RejectedMessageException.class, () -> codec.decode(frames));
        assertEquals(RejectedMessageException.Reason.BAD_SIGNATURE, error.reason());
    }

    @Test
    void headerWithoutMsgIdIsMalformed() {
        JsonObject header = header("x");
        header.remove("msg_id");
        List<byte[]> frames = codec.encode(List.of(), header, new JsonObject(), new JsonObject(), new JsonObject(), List.of());

        RejectedMessageException error = assertThrows(RejectedMessageException.class, () -> codec.decode(frames));
        assertEquals(RejectedMessageException.Reason.MALFORMED, error.reason());
    }

    @Test
    void sessionIsOptionalInAReceivedHeader() throws Exception {
        JsonObject header = header("x");
        header.remove("session");

        WireMessage message = codec.decode(codec.encode(List.of(), header, new JsonObject(), new JsonObject(),
                new JsonObject(), List.of()));

        assertEquals("", message.session());
    }
}
