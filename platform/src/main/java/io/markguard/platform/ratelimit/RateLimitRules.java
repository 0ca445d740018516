package io.markguard.platform.ratelimit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * How many requests a caller may make, per class of request ({@link RateLimitClass}): each class is a token bucket
 * of {@code capacity} requests, refilled at {@code per-second}, e.g. {@code markguard.rate-limits.filing.capacity}
 * ({@code MARKGUARD_RATE_LIMITS_FILING_CAPACITY}). What is not set keeps the class's default.
 */
@ConfigMapping(prefix = "markguard.rate-limits")
public interface RateLimitRules {

    /** Off only where a measurement or a test must not be shaped by the limits. */
    @WithDefault("true")
    boolean enabled();

    Limit read();

    Limit write();

    Limit filing();

    @WithName("public")
    Limit anonymous();

    /** The endpoints counted as {@link RateLimitClass#FILING}, each as {@code METHOD /path}: {@code POST /api/complaints}. */
    Optional<List<String>> filingEndpoints();

    /** Callers never limited: the services' own clients, whose calls are the platform's work, not a user's. */
    @WithDefault("complaint-service,merchant-service,portal-service")
    List<String> exemptRoles();

    /** A bucket untouched this long (and at least as long as any class takes to refill) is full; its row goes. */
    @WithDefault("PT1H")
    Duration forgetIdleAfter();

    interface Limit {

        /** Requests a caller may make at once, after a quiet spell. */
        Optional<Integer> capacity();

        /** Requests a second the bucket refills by. */
        Optional<Double> perSecond();
    }

    default Limit of(RateLimitClass kind) {
        return switch (kind) {
            case READ -> read();
            case WRITE -> write();
            case FILING -> filing();
            case PUBLIC -> anonymous();
        };
    }
}
