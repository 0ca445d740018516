package io.markguard.merchant;

/** What a merchant's account measures do to its listings on sale. */
public enum AccountHold {
    /** Nothing: the listings are on sale. */
    ON_SALE,
    /** A suspension in force: every listing off sale until it ends. */
    ACCOUNT_SUSPENDED,
    /** The ladder or a reviewer proposed a termination, not yet decided by a second reviewer: off sale meanwhile. */
    TERMINATION_PENDING,
    /** A confirmed termination: off sale for good, unless it is reversed. */
    ACCOUNT_TERMINATED;

    public boolean offSale() {
        return this != ON_SALE;
    }
}
