package io.markguard.platform.figures;

import java.util.Map;
import java.util.OptionalDouble;
import java.util.SortedMap;

/**
 * Durations counted in fixed buckets whose bounds grow by {@link #RATIO}: bucket 0 holds durations under a second,
 * bucket {@code b >= 1} those from {@code RATIO^(b-1)} to under {@code RATIO^b} seconds. Counts of the same bucket
 * add up across days, so a percentile over any period is read from the summed counts. A percentile is interpolated
 * between ranks as {@code percentile_cont} does, each rank standing at its bucket's geometric middle, so it lies
 * within {@link #PRECISION} of the exact one. Migrations that fill buckets in SQL use the same formula:
 * {@code CASE WHEN s < 1 THEN 0 ELSE 1 + floor(ln(s) / ln(1.05)) END}.
 */
public final class DurationHistogram {

    public static final double RATIO = 1.05;

    /** What a reader is told about a percentile read from the buckets. */
    public static final String PRECISION = "within 2.5 % of the exact value (half a second for times under a"
            + " second)";

    private static final double LOG_RATIO = Math.log(RATIO);

    private DurationHistogram() {
    }

    public static int bucket(double seconds) {
        return seconds < 1 ? 0 : 1 + (int) Math.floor(Math.log(seconds) / LOG_RATIO);
    }

    /** The value a duration in the bucket is taken to have: off by at most {@code sqrt(RATIO) - 1} of it. */
    public static double middle(int bucket) {
        return bucket == 0 ? 0.5 : Math.pow(RATIO, bucket - 0.5);
    }

    /**
     * The {@code p}-th percentile (0 to 1) in seconds of the durations counted, by bucket; empty when none are.
     * Buckets with no (or a negative, never expected) count are skipped.
     */
    public static OptionalDouble percentile(SortedMap<Integer, Long> counts, double p) {
        long total = 0;
        for (long n : counts.values()) {
            total += Math.max(0, n);
        }
        if (total == 0) {
            return OptionalDouble.empty();
        }
        double position = p * (total - 1);
        long lower = (long) Math.floor(position);
        double fraction = position - lower;
        double low = atRank(counts, lower);
        double high = fraction == 0 ? low : atRank(counts, lower + 1);
        return OptionalDouble.of(low + fraction * (high - low));
    }

    /** The middle of the bucket that holds the duration of this rank (0 is the shortest). */
    private static double atRank(SortedMap<Integer, Long> counts, long rank) {
        long seen = 0;
        int last = 0;
        for (Map.Entry<Integer, Long> e : counts.entrySet()) {
            long n = Math.max(0, e.getValue());
            if (n == 0) {
                continue;
            }
            last = e.getKey();
            seen += n;
            if (rank < seen) {
                return middle(last);
            }
        }
        return middle(last);
    }
}
