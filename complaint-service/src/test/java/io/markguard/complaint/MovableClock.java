package io.markguard.complaint;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * The service's clock in tests: the system's, shifted by an offset a test sets and puts back to zero. A test that
 * moves time starts in the past and moves forward, so nothing kept until a later instant outlives the test.
 */
@Singleton
public class MovableClock extends Clock {

    private volatile Duration offset = Duration.ZERO;

    /** From now on the service reads the system's time shifted by this much. */
    public void shift(Duration by) {
        offset = by;
    }

    @Override
    public Instant instant() {
        // Microseconds, as PostgreSQL keeps them (the production clock does the same).
        return Instant.now().plus(offset).truncatedTo(ChronoUnit.MICROS);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("The service's clock is UTC.");
    }
}
