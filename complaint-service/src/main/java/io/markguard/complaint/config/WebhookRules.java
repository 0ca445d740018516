package io.markguard.complaint.config;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;

@ConfigMapping(prefix = "markguard.webhooks")
public interface WebhookRules {

    /**
     * Whether a subscription may name a plain-HTTP address or one on this machine or a private network (loopback,
     * link-local, site-local, unique-local, carrier-grade NAT). Only for local runs and tests: in production a
     * webhook could otherwise reach the cluster's own services.
     */
    boolean localTargets();

    /** Failed attempts in a row, across the subscription's deliveries, after which it is paused and its owner told. */
    int pauseAfterFailures();

    /** Subscriptions a brand may have at once. */
    int maxPerBrand();

    /** How long one attempt may take, connecting and answering. */
    Duration timeout();

    /** How long the delivery log is kept. */
    Duration retention();

    /** Held deliveries of a resumed subscription queued per transaction. */
    int resumeBatch();
}
