package gilsim.sim;

import java.util.List;

/**
 * A watched object's count history in a run result.
 *
 * @param name        the watched name
 * @param object      the object it was bound to, described
 * @param startStored stored count when the watch began ({@code startNs})
 * @param startTrue   true count then
 * @param endStored   stored count at the end (or when freed)
 * @param endTrue     true count at the end
 * @param ops         counted increments and decrements
 * @param lostUpdates updates of its count that were lost
 * @param freedAtNs   when it was freed, or -1
 * @param bucketNs    width of the points' buckets
 * @param points      one per non-empty bucket, in time order
 * @param startNs     when the watch began: 0 for a name bound when the run started; for a name bound
 *                    (or rebound) later in the run, the simulated time of that binding — the series
 *                    and its start counts begin there, so a chart draws it from there, not from 0
 */
public record WatchData(String name, String object, long startStored, long startTrue, long endStored, long endTrue,
                        long ops, long lostUpdates, long freedAtNs, long bucketNs, List<Point> points, long startNs) {

    /** A series watched from the start of the run ({@code startNs} 0). */
    public WatchData(String name, String object, long startStored, long startTrue, long endStored, long endTrue,
                     long ops, long lostUpdates, long freedAtNs, long bucketNs, List<Point> points) {
        this(name, object, startStored, startTrue, endStored, endTrue, ops, lostUpdates, freedAtNs, bucketNs, points, 0);
    }

    /** The counts at the end of a bucket, the stored count's range in it, and its lost updates. */
    public record Point(long timeNs, long stored, long trueCount, long minStored, long maxStored, int lostUpdates) {}
}
