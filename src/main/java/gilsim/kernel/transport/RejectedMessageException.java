package gilsim.kernel.transport;

/** A received message that must not be dispatched: its signature is wrong or its frames are malformed. */
final class RejectedMessageException extends Exception {
    enum Reason { BAD_SIGNATURE, MALFORMED }

    private final Reason reason;

    RejectedMessageException(Reason reason, String message) {
        super(message, null, false, false); // no stack trace: these are expected, and can be many
        this.reason = reason;
    }

    Reason reason() { return reason; }
}
