package gilsim.kernel.transport;

import com.google.gson.JsonObject;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/** Headers of the messages this kernel sends: one session id for the kernel's whole life. */
final class MessageHeaders {
    static final String PROTOCOL_VERSION = "5.3";
    static final String USERNAME = "kernel";
    /** ISO 8601 in UTC with microseconds, like the dates jupyter_client writes. */
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private final String session;

    MessageHeaders(String session) {
        this.session = session;
    }

    String session() {
        return session;
    }

    JsonObject create(String msgType) {
        JsonObject header = new JsonObject();
        header.addProperty("msg_id", UUID.randomUUID().toString());
        header.addProperty("session", session);
        header.addProperty("username", USERNAME);
        header.addProperty("date", DATE.format(Instant.now()));
        header.addProperty("msg_type", msgType);
        header.addProperty("version", PROTOCOL_VERSION);
        return header;
    }
}
