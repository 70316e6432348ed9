package gilsim.sim;

import java.util.ArrayList;
import java.util.List;

/**
 * The thread timelines of a run result: per thread and per time bucket, the nanoseconds spent in
 * each {@link Activity} (indexed by ordinal), and the GIL hand-offs to the thread.
 *
 * @param bucketNs width of a bucket
 * @param endNs    the run's end (the last bucket may be partly after it)
 * @param threads  one row per thread, in creation order
 */
public record TimelineData(long bucketNs, long endNs, List<ThreadRow> threads) {

    /** @param ns [bucket][activity ordinal]; @param handoffs GIL hand-offs to this thread per bucket */
    public record ThreadRow(String name, long[][] ns, int[] handoffs) {
        /** The activity that filled most of bucket {@code b} (NOT_STARTED when empty). */
        public Activity dominant(int b) {
            long best = 0;
            Activity a = Activity.NOT_STARTED;
            for (Activity x : Activity.values()) {
                long v = ns[b][x.ordinal()];
                if (v > best) {
                    best = v;
                    a = x;
                }
            }
            return a;
        }

        /** Consecutive buckets with the same dominant activity, as [startNs, endNs) segments. */
        public List<Segment> segments(long bucketNs) {
            List<Segment> list = new ArrayList<>();
            int b = 0;
            while (b < ns.length) {
                Activity a = dominant(b);
                int e = b + 1;
                while (e < ns.length && dominant(e) == a) e++;
                if (a != Activity.NOT_STARTED) list.add(new Segment(b * bucketNs, e * bucketNs, a));
                b = e;
            }
            return list;
        }
    }

    public record Segment(long startNs, long endNs, Activity activity) {}
}
