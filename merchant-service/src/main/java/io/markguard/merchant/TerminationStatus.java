package io.markguard.merchant;

/** Where a proposed termination stands. */
public enum TerminationStatus {
    /** Waiting for a second reviewer. */
    PENDING,
    /** A second reviewer confirmed it: the TERMINATED sanction was issued. */
    CONFIRMED,
    /** A second reviewer declined it. */
    DECLINED,
    /** The takedown it rests on was reversed before a reviewer decided. */
    WITHDRAWN
}
