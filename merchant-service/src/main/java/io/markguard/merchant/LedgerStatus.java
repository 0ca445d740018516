package io.markguard.merchant;

/** The life of a violation or a sanction in the penalty ledger. */
public enum LedgerStatus {
    ACTIVE,
    /** Lapsed on schedule. */
    EXPIRED,
    /** Taken back: the brand retracted its complaint or an appeal was upheld. */
    REVERSED
}
