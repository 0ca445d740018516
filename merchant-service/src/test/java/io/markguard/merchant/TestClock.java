package io.markguard.merchant;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** The application's clock in tests: it stands still until a test moves it, so expiry is tested without waiting. */
@Singleton
public class TestClock extends Clock {

    private final AtomicReference<Instant> now = new AtomicReference<>(realNow());

    public void advance(Duration duration) {
        now.updateAndGet(current -> current.plus(duration));
    }

    public void reset() {
        now.set(realNow());
    }

    /** Whole milliseconds, as the database keeps them and JSON shows them. */
    private static Instant realNow() {
        return Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now.get(), zone);
    }

    @Override
    public Instant instant() {
        return now.get();
    }
}
