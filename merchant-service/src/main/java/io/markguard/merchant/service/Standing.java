package io.markguard.merchant.service;

import io.markguard.merchant.Merchant;
import io.markguard.merchant.Sanction;
import io.markguard.merchant.SanctionMeasure;
import io.markguard.merchant.Violation;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A merchant's standing at one instant: the step of the ladder in force, the points that count, and
 * whether it may list. {@code listingBlockedUntil} is empty both when listing is allowed and when the
 * block has no end (termination).
 */
public record Standing(Merchant merchant, Instant asOf, String policyVersion, Optional<SanctionMeasure> step,
        int activePoints, boolean mayList, boolean newListingsHeld, Optional<Instant> listingBlockedUntil,
        Optional<SanctionMeasure> nextStep, Optional<Integer> nextStepAt, List<Sanction> inForce,
        List<Violation> activeViolations) {
}
