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

    /**
     * Messages sent side by side, each on a thread of its own; a slow receiver holds up one of them, never the
     * others' messages.
     */
    @WithDefault("16")
    int senders();

    /** How long delivered messages are kept before the purge removes them. */
    @WithDefault("P7D")
    Duration keepDeliveredFor();

    /** Rows the purge removes per transaction. */
    @WithDefault("1000")
    int purgeBatch();

    /** Failed attempts after which a message is a dead letter, kept for an operator to re-queue. */
    @WithDefault("25")
    int maxAttempts();
}
