package io.markguard.complaint.config;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;

/** Fast-track entry and exit (ARCHITECTURE.md, "Fast track, standard queue and review"): shown to brands as it is configured. */
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

    /** Share of fast-track items sampled into the review queue as a spot check, 0 to 1. */
    double spotCheckShare();
}
