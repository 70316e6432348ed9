package gilsim.kernel.transport;

import gilsim.kernel.Log;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Records messages the transport refused to dispatch. The first few are logged one by one, then
 * only a running count at each power of ten, so a client that floods the kernel with forged or
 * broken messages cannot flood its log too.
 */
final class DropLog {
    static final int LOGGED_ONE_BY_ONE = 5;

    private final AtomicLong dropped = new AtomicLong();

    void record(Channel channel, RejectedMessageException rejection) {
        long count = dropped.incrementAndGet();
        String what = rejection.reason() == RejectedMessageException.Reason.BAD_SIGNATURE
                ? "message with a bad signature" : "malformed message";
        if (count <= LOGGED_ONE_BY_ONE) {
            Log.warn("dropped " + what + " on " + channel.label() + ": " + rejection.getMessage()
                    + (count == LOGGED_ONE_BY_ONE ? " (further drops are only counted)" : ""));
        } else if (isPowerOfTen(count)) {
            Log.warn(count + " messages dropped so far; latest: " + what + " on " + channel.label()
                    + ": " + rejection.getMessage());
        }
    }

    long count() {
        return dropped.get();
    }

    private static boolean isPowerOfTen(long n) {
        while (n >= 10 && n % 10 == 0) n /= 10;
        return n == 1;
    }
}
