package io.markguard.decisionlog;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of decision the log records, by the name a leaf's {@code kind} carries. */
public enum DecisionKind {
    /** A verification case decided: a right (and so its brand) verified, rejected or sent back for evidence. */
    VERIFICATION_OUTCOME("verification-outcome"),
    /** A notice's item accepted: the listing infringes. */
    ITEM_ACCEPTED("item-accepted"),
    /** A notice's item rejected. */
    ITEM_REJECTED("item-rejected"),
    /** A listing taken down (or held) on an accepted item. */
    TAKEDOWN_APPLIED("takedown-applied"),
    /** A sanction imposed on a merchant, with its statement of reasons. */
    SANCTION_TAKEN("sanction-taken"),
    /** A sanction lifted or reversed. */
    SANCTION_REVERSED("sanction-reversed"),
    /** An appeal decided. */
    APPEAL_DECIDED("appeal-decided"),
    /** A notice or item retracted by the brand. */
    RETRACTION("retraction"),
    /** A misuse measure against a notifier (warning, suspension of the fast track or of notices). */
    MISUSE_MEASURE("misuse-measure"),
    /** A statement of reasons submitted to the EU DSA Transparency Database. */
    EU_SUBMISSION("eu-submission");

    private final String wireName;

    DecisionKind(String wireName) {
        this.wireName = wireName;
    }

    /** The name a leaf's {@code kind} carries. */
    public String wireName() {
        return wireName;
    }

    public static Optional<DecisionKind> fromWireName(String name) {
        return Arrays.stream(values()).filter(k -> k.wireName.equals(name)).findFirst();
    }
}
