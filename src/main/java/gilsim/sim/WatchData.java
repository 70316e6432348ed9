package gilsim.sim;

import java.util.List;

/**
 * A watched object's count history in a run result.
 *
 * @param name        the watched name
 * @param object      the object it was bound to, described
 * @param startStored stored count when the watch began
 * @param startTrue   true count then
 * @param endStored   stored count at the end (or when freed)
 * @param endTrue     true count at the end
 * @param ops         counted increments and decrements
 * @param lostUpdates updates of its count that were lost
 * @param freedAtNs   when it was freed, or -1
 * @param bucketNs    width of the points' buckets
 * @param points      one per non-empty bucket, in time order
 */
public record WatchData(String name, String object, long startStored, long startTrue, long endStored, long endTrue,
                        long ops, long lostUpdates, long freedAtNs, long bucketNs, List<Point> points) {

    /** The counts at the end of a bucket, the stored count's range in it, and its lost updates. */
    public record Point(long timeNs, long stored, long trueCount, long minStored, long maxStored, int lostUpdates) {}
}
