package gilsim.sim;

/**
 * The history of one watched object's count ({@code %watch NAME}): stored and true count over
 * simulated time, with lost updates and frees marked. Bounded like {@link Timeline}: a fixed number
 * of buckets whose width doubles as the run grows; each bucket keeps the last stored and true
 * counts in it, the stored count's range, and how many updates were lost.
 */
public final class WatchSeries {
    public static final int BUCKETS = 256;

    final String name;
    final String object;
    private long widthPs = Timeline.FIRST_WIDTH_PS;
    private final long[] lastStored = new long[BUCKETS];
    private final long[] lastTrue = new long[BUCKETS];
    private final long[] minStored = new long[BUCKETS];
    private final long[] maxStored = new long[BUCKETS];
    private final int[] lost = new int[BUCKETS];
    private final int[] samples = new int[BUCKETS];
    private long freedAtPs = -1;
    /** When the watch began: 0, or the moment a name bound during the run was bound (ps). */
    private final long startPs;
    private long initialStored;
    private long initialTrue;
    private long lostTotal;
    private long ops;

    WatchSeries(String name, String object, long startPs, long stored, long trueCount) {
        this.name = name;
        this.object = object;
        this.startPs = startPs;
        this.initialStored = stored;
        this.initialTrue = trueCount;
    }

    void record(long atPs, long stored, long trueCount, boolean lostUpdate, boolean freed) {
        fit(atPs + 1);
        int b = (int) (atPs / widthPs);
        if (samples[b] == 0) {
            minStored[b] = stored;
            maxStored[b] = stored;
        } else {
            minStored[b] = Math.min(minStored[b], stored);
            maxStored[b] = Math.max(maxStored[b], stored);
        }
        samples[b]++;
        lastStored[b] = stored;
        lastTrue[b] = trueCount;
        ops++;
        if (lostUpdate) {
            lost[b]++;
            lostTotal++;
        }
        if (freed && freedAtPs < 0) freedAtPs = atPs;
    }

    private void fit(long t) {
        while (t > widthPs * BUCKETS) {
            for (int b = 0; b < BUCKETS / 2; b++) {
                int x = 2 * b;
                int y = 2 * b + 1;
                int n = samples[x] + samples[y];
                long last = samples[y] > 0 ? lastStored[y] : lastStored[x];
                long lastT = samples[y] > 0 ? lastTrue[y] : lastTrue[x];
                long min = samples[x] == 0 ? minStored[y] : samples[y] == 0 ? minStored[x] : Math.min(minStored[x], minStored[y]);
                long max = samples[x] == 0 ? maxStored[y] : samples[y] == 0 ? maxStored[x] : Math.max(maxStored[x], maxStored[y]);
                lastStored[b] = last;
                lastTrue[b] = lastT;
                minStored[b] = min;
                maxStored[b] = max;
                lost[b] = lost[x] + lost[y];
                samples[b] = n;
            }
            for (int b = BUCKETS / 2; b < BUCKETS; b++) {
                samples[b] = 0;
                lost[b] = 0;
            }
            widthPs *= 2;
        }
    }

    /** An immutable copy for the run result. */
    WatchData snapshot(long endStored, long endTrue) {
        java.util.List<WatchData.Point> points = new java.util.ArrayList<>();
        for (int b = 0; b < BUCKETS; b++) {
            if (samples[b] == 0) continue;
            points.add(new WatchData.Point(Costs.ns((b + 1) * widthPs), lastStored[b], lastTrue[b], minStored[b],
                    maxStored[b], lost[b]));
        }
        return new WatchData(name, object, initialStored, initialTrue, endStored, endTrue, ops, lostTotal,
                freedAtPs < 0 ? -1 : Costs.ns(freedAtPs), Costs.ns(widthPs), points, Costs.ns(startPs));
    }
}
