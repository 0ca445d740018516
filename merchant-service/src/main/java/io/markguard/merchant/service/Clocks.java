package io.markguard.merchant.service;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;

/** The one source of "now": expiry, windows and deadlines read it, so tests can move time instead of waiting. */
@Dependent
public class Clocks {

    @Produces
    @Singleton
    @DefaultBean
    Clock clock() {
        // Microseconds, as PostgreSQL keeps them: an instant reads back exactly as it was answered.
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }
}
