package io.markguard.merchant;

/** Where a listing stands on the marketplace. */
public enum ListingStatus {
    ACTIVE,
    /**
     * Imported while its merchant was restricted (a reviewer releases it) or its trader identity incomplete (released
     * when it is complete): not shown meanwhile.
     */
    HELD,
    REMOVED,
    RESTORED,
    /** Taken off sale with its merchant's account (suspended, termination pending, terminated); not removed. */
    SUSPENDED;

    public boolean visible() {
        return this == ACTIVE || this == RESTORED;
    }
}
