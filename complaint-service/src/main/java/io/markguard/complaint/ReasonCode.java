package io.markguard.complaint;

/** Why a reviewer accepted or rejected an item; each code belongs to one outcome. */
public enum ReasonCode {
    COUNTERFEIT_CONFIRMED(true),
    TRADEMARK_MISUSE_CONFIRMED(true),
    RIGHT_INFRINGED(true),
    INSUFFICIENT_EVIDENCE(false),
    RIGHT_NOT_INFRINGED(false),
    LISTING_NOT_AS_DESCRIBED(false),
    AUTHORISED_RESELLER(false),
    /** DSA Art. 23: counts toward the brand's misuse record. */
    MANIFESTLY_UNFOUNDED(false);

    private final boolean accepts;

    ReasonCode(boolean accepts) {
        this.accepts = accepts;
    }

    public boolean accepts() {
        return accepts;
    }
}
