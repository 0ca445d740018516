package io.markguard.merchant.config;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;

@ConfigMapping(prefix = "markguard.outbox")
public interface OutboxRules {

    /** Messages claimed per run of the sender. */
    int batchSize();

    /** Wait after the first failed delivery; doubled on each further failure. */
    Duration firstRetryAfter();

    /** How long a claimed message is left to the replica that claimed it before another may try. */
    Duration claimLease();

    /** The longest wait between two attempts. */
    Duration maxRetryAfter();
}
