package io.markguard.platform.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class DurationHistogramTest {

    @Test
    void aDurationFallsInTheBucketWhoseBoundsHoldIt() {
        assertEquals(0, DurationHistogram.bucket(0));
        assertEquals(0, DurationHistogram.bucket(0.999));
        assertEquals(1, DurationHistogram.bucket(1));
        assertEquals(1, DurationHistogram.bucket(1.049));
        assertEquals(2, DurationHistogram.bucket(1.051));
        for (double s : new double[] { 3, 60, 3600, 86_400, 30 * 86_400.0 }) {
            int b = DurationHistogram.bucket(s);
            assertTrue(Math.pow(DurationHistogram.RATIO, b - 1) <= s && s < Math.pow(DurationHistogram.RATIO, b), "bucket of " + s);
        }
    }

    @Test
    void percentilesOfManyDurationsStayWithinTheStatedPrecisionOfTheExactOnes() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            int n = 1 + random.nextInt(400);
            double[] seconds = new double[n];
            SortedMap<Integer, Long> counts = new TreeMap<>();
            for (int i = 0; i < n; i++) {
                // From a second to a few days, spread over every order of magnitude.
                seconds[i] = Math.exp(random.nextDouble() * Math.log(400_000));
                counts.merge(DurationHistogram.bucket(seconds[i]), 1L, Long::sum);
            }
            Arrays.sort(seconds);
            for (double p : new double[] { 0, 0.5, 0.95, 1 }) {
                double exact = exact(seconds, p);
                double read = DurationHistogram.percentile(counts, p).orElseThrow();
                assertTrue(Math.abs(read - exact) <= 0.025 * exact, "p" + p + ": " + read + " against " + exact);
            }
        }
    }

    @Test
    void noDurationsGiveNoPercentile() {
        assertTrue(DurationHistogram.percentile(new TreeMap<>(), 0.5).isEmpty());
        assertTrue(DurationHistogram.percentile(new TreeMap<>(java.util.Map.of(40, 0L)), 0.5).isEmpty());
    }

    /** As PostgreSQL's percentile_cont. */
    private static double exact(double[] sorted, double p) {
        double position = p * (sorted.length - 1);
        int lower = (int) Math.floor(position);
        double fraction = position - lower;
        return fraction == 0 ? sorted[lower] : sorted[lower] + fraction * (sorted[lower + 1] - sorted[lower]);
    }
}
