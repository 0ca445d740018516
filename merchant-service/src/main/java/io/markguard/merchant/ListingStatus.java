package io.markguard.merchant;

/** Where a listing stands on the marketplace. */
public enum ListingStatus {
    ACTIVE,
    /** Imported while its merchant was restricted: not shown until a reviewer releases it. */
    HELD,
    REMOVED,
    RESTORED;

    public boolean visible() {
        return this == ACTIVE || this == RESTORED;
    }
}
