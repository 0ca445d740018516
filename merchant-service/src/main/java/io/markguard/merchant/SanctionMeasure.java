package io.markguard.merchant;

/** What a sanction does, from the least to the most severe; the order is the escalation ladder. */
public enum SanctionMeasure {
    /** The listing named in the complaint was taken down. */
    LISTING_REMOVED,
    WARNING,
    /** New listings are held until a reviewer releases them. */
    RESTRICTED,
    SUSPENDED_7D,
    SUSPENDED_14D,
    TERMINATED;

    /** A step of the account ladder, as opposed to the removal of one listing. */
    public boolean onAccount() {
        return this != LISTING_REMOVED;
    }

    /** Whether the merchant may list at all while this is in force. */
    public boolean blocksListing() {
        return this == SUSPENDED_7D || this == SUSPENDED_14D || this == TERMINATED;
    }
}
