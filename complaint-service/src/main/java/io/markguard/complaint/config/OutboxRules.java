package io.markguard.complaint.config;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;

@ConfigMapping(prefix = "markguard.outbox")
public interface OutboxRules {

    int batchSize();

    /** Wait after the first failed delivery; doubled on each further failure. */
    Duration firstRetryAfter();

    Duration maxRetryAfter();

    /** How long a claimed message is left to the replica that claimed it before another may try. */
    Duration claimLease();
}
