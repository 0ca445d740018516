package io.markguard.merchant.service;

import io.markguard.merchant.AccountHold;
import io.markguard.merchant.Merchant;
import io.markguard.merchant.SanctionMeasure;
import io.markguard.merchant.TerminationReview;
import java.time.Instant;
import java.util.Optional;

/**
 * A merchant's standing at one instant: the step of the ladder in force, the points that count, and
 * whether it may list. {@code listingBlockedUntil} is empty both when listing is allowed and when the
 * block has no end (termination). The sanctions and violations themselves are paged lists of their own;
 * the standing only counts them. {@code offSale} is what the account measures do to the listings on sale, and
 * {@code pendingTermination} the termination waiting for a second reviewer, if any.
 */
public record Standing(Merchant merchant, Instant asOf, String policyVersion, Optional<SanctionMeasure> step,
        int activePoints, boolean mayList, boolean newListingsHeld, Optional<Instant> listingBlockedUntil,
        Optional<SanctionMeasure> nextStep, Optional<Integer> nextStepAt, long sanctionsInForce,
        long activeViolations, AccountHold offSale, Optional<TerminationReview> pendingTermination) {
}
