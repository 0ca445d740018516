package io.markguard.complaint.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How the standard queue's reviewers work an item. */
@ConfigMapping(prefix = "markguard.review")
public interface ReviewRules {

    /** How long a reviewer's claim on an item holds; after it another reviewer may claim the item. */
    Duration claimExpiresAfter();

    /** A pending item whose deadline passes within this is reminded to the reviewers, once. */
    @WithDefault("PT6H")
    Duration remindBefore();

    /** Items reminded per transaction of the reminder run. */
    @WithDefault("200")
    int remindBatch();
}
