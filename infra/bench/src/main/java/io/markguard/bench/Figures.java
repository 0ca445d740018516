package io.markguard.bench;

/** Small number helpers shared by the results file and BENCHMARKS.md. */
public final class Figures {

    private Figures() {
    }

    /** Rounds to the given decimals; NaN and infinities become null, so the JSON holds no invalid numbers. */
    public static Double round(double value, int decimals) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return null;
        }
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
