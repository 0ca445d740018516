package io.markguard.platform.time;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;

/**
 * The one source of "now" in every service: deadlines, expiry, windows and timestamps read the injected
 * {@link Clock}, so tests replace it (a {@code @Alternative} bean) and move time instead of waiting.
 */
@Dependent
public class Clocks {

    @Produces
    @Singleton
    @DefaultBean
    Clock clock() {
        // Microseconds, as PostgreSQL keeps them: an instant reads back exactly as it was written.
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }
}
