package io.markguard.platform.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How the outbox relay retries; each service may set its own values under {@code markguard.outbox}. */
@ConfigMapping(prefix = "markguard.outbox")
public interface OutboxRules {

    /** Messages claimed and sent per round. */
    @WithDefault("50")
    int batchSize();

    /** Wait after the first failed delivery; doubled on each further failure. */
    @WithDefault("PT2S")
    Duration firstRetryAfter();

    /** The backoff's ceiling. */
    @WithDefault("PT5M")
    Duration maxRetryAfter();

    /** How long a claimed message is left to the replica that claimed it before another may try. */
    @WithDefault("PT30S")
    Duration claimLease();

    /** Failed attempts after which a message is a dead letter, kept for an operator to re-queue. */
    @WithDefault("25")
    int maxAttempts();
}
