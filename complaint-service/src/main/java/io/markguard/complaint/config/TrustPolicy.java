package io.markguard.complaint.config;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;
import java.util.Optional;

/** Fast-track entry and exit, overall and per infringement type (ARCHITECTURE.md, "Fast track, standard queue and review"): shown to brands as it is configured. */
@ConfigMapping(prefix = "markguard.trust")
public interface TrustPolicy {

    String version();

    /** The window the score is computed over, in whole UTC days: from the start of the day of now − window. */
    Duration window();

    /** Accepted ÷ decided items needed, 0 to 1. */
    double minAcceptedShare();

    /** Largest share of takedowns reversed on appeal or retracted, 0 to 1. */
    double maxReversedShare();

    /** Decided items needed before a score counts. */
    int minDecidedItems();

    /** How long a brand that left the bar stays off the fast track. */
    Duration lockout();

    /** Share of fast-track items drawn at random into the review queue as a spot check, 0 to 1. */
    double spotCheckShare();

    /**
     * A seed for the spot-check draw, for tests only: the draws then repeat. Unset (production), they come from a
     * {@link java.security.SecureRandom}.
     */
    Optional<Long> spotCheckSeed();
}
