package gilsim.kernel.transport;

/**
 * Receives each valid request that arrives on a served channel, on that channel's own thread.
 * Whatever it throws is logged and the channel keeps serving.
 */
@FunctionalInterface
public interface RequestHandler {
    void handle(Channel channel, WireMessage request) throws Exception;
}
