package io.markguard.merchant.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Where and how statements of reasons are submitted to the EU DSA Transparency Database. */
@ConfigMapping(prefix = "markguard.eu-tdb")
public interface TransparencyDatabaseConfig {

    /** The database's base URL (its API answers under {@code /api/v1}); without one nothing is sent. */
    Optional<String> url();

    /** The platform's API token, sent as {@code Authorization: Bearer}. */
    Optional<String> token();

    /** Off stops sending; statements are still queued, and go once it is on again. */
    @WithDefault("true")
    boolean enabled();

    /** Statements per {@code POST /api/v1/statements}, at most the database's 100. */
    int batchSize();

    /** How long a claimed batch is the claiming sender's; a sender that dies leaves a lease that runs out. */
    Duration lease();

    Duration firstRetryAfter();

    Duration maxRetryAfter();

    Duration connectTimeout();

    Duration requestTimeout();

    /** At most this many batches per run of the sender. */
    int batchesPerRun();

    default boolean sending() {
        return enabled() && url().filter(u -> !u.isBlank()).isPresent();
    }
}
