package io.markguard.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The latencies of one kind of request, recorded from many threads, summarised by nearest-rank percentiles. */
public final class Latencies {

    private final List<Long> okNanos = new ArrayList<>();
    private int failures;
    private final Map<String, Integer> failureKinds = new LinkedHashMap<>();

    public synchronized void ok(long nanos) {
        okNanos.add(nanos);
    }

    /** A request that did not do what it should; {@code kind} says how (an HTTP status, "timeout"...). */
    public synchronized void failed(String kind) {
        failures++;
        failureKinds.merge(kind, 1, Integer::sum);
    }

    public synchronized int okCount() {
        return okNanos.size();
    }

    public synchronized int failures() {
        return failures;
    }

    public synchronized Map<String, Integer> failureKinds() {
        return new LinkedHashMap<>(failureKinds);
    }

    /** The p-th percentile (0 < p ≤ 100) in milliseconds by the nearest-rank method, or NaN without samples. */
    public synchronized double percentileMillis(double p) {
        return percentileMillis(okNanos.stream().mapToLong(Long::longValue).toArray(), p);
    }

    public static double percentileMillis(long[] nanos, double p) {
        if (nanos.length == 0) {
            return Double.NaN;
        }
        if (p <= 0 || p > 100) {
            throw new IllegalArgumentException("percentile must be in (0, 100]: " + p);
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(rank, 1) - 1] / 1_000_000.0;
    }

    /** Count, rate over the given seconds, p50/p95/p99/max and the failures, as the results file holds them. */
    public synchronized Map<String, Object> summary(double seconds) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("ok", okNanos.size());
        out.put("failed", failures);
        if (!failureKinds.isEmpty()) {
            out.put("failures", new LinkedHashMap<>(failureKinds));
        }
        out.put("seconds", Figures.round(seconds, 1));
        out.put("perSecond", Figures.round(seconds > 0 ? okNanos.size() / seconds : 0, 1));
        out.put("p50Ms", Figures.round(percentileMillis(50), 1));
        out.put("p95Ms", Figures.round(percentileMillis(95), 1));
        out.put("p99Ms", Figures.round(percentileMillis(99), 1));
        out.put("maxMs", Figures.round(percentileMillis(100), 1));
        return out;
    }
}
