package io.markguard.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LatenciesTest {

    private static final long MS = 1_000_000L;

    @Test
    void percentilesFollowTheNearestRankMethod() {
        // 1..100 ms: the p-th percentile of a hundred values is the p-th smallest.
        Latencies l = new Latencies();
        for (int i = 100; i >= 1; i--) {
            l.ok(i * MS);
        }
        assertEquals(50.0, l.percentileMillis(50));
        assertEquals(95.0, l.percentileMillis(95));
        assertEquals(99.0, l.percentileMillis(99));
        assertEquals(100.0, l.percentileMillis(100));
        // Of five values, p99 is the largest and p50 the third.
        long[] five = { 40 * MS, 10 * MS, 30 * MS, 20 * MS, 900 * MS };
        assertEquals(900.0, Latencies.percentileMillis(five, 99));
        assertEquals(30.0, Latencies.percentileMillis(five, 50));
        assertEquals(10.0, Latencies.percentileMillis(five, 1));
    }

    @Test
    void aSummaryCountsFailuresByKindAndLeavesNoNumberWithoutSamples() {
        Latencies l = new Latencies();
        l.failed("503");
        l.failed("503");
        l.failed("0");
        Map<String, Object> summary = l.summary(10);
        assertEquals(0, summary.get("ok"));
        assertEquals(3, summary.get("failed"));
        assertEquals(Map.of("503", 2, "0", 1), summary.get("failures"));
        assertNull(summary.get("p99Ms"), "no samples, no p99");
        assertTrue(Double.isNaN(l.percentileMillis(50)));
    }

    @Test
    void theRateIsAnsweredRequestsPerSecond() {
        Latencies l = new Latencies();
        for (int i = 0; i < 250; i++) {
            l.ok(5 * MS);
        }
        l.failed("500");
        assertEquals(25.0, l.summary(10).get("perSecond"));
        assertThrows(IllegalArgumentException.class, () -> l.percentileMillis(0));
    }
}
