package io.markguard.platform.outbox;

import java.time.Duration;

/** The wait after the n-th failed attempt: the first wait doubled each time, never above the ceiling. */
public record Backoff(Duration first, Duration ceiling) {

    public Duration after(int failedAttempts) {
        if (failedAttempts < 1) {
            return Duration.ZERO;
        }
        // Past 2^20 the ceiling has long been reached; the shift stays far from overflowing.
        Duration wait = first.multipliedBy(1L << Math.min(failedAttempts - 1, 20));
        return wait.compareTo(ceiling) > 0 ? ceiling : wait;
    }
}
