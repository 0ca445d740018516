package io.markguard.merchant.config;

import io.smallrye.config.ConfigMapping;

/** How account measures reach the listings, and how long a second reviewer has to decide a termination. */
@ConfigMapping(prefix = "markguard.account")
public interface AccountRules {

    /** Working days (Monday to Friday, UTC) a proposed termination waits for a second reviewer before it is overdue. */
    int terminationReviewWorkingDays();

    /** Listings moved on or off sale in one transaction of the sweep. */
    int sweepBatch();

    /** Batches one run of the sweep job takes on at most, over all merchants. */
    int sweepBatchesPerRun();
}
