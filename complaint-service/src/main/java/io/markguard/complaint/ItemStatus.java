package io.markguard.complaint;

import java.util.Set;

/** Where one listing of a complaint stands. */
public enum ItemStatus {
    /** In the standard queue, waiting for a reviewer. */
    PENDING,
    /** Taken down: by the fast track or by a reviewer. */
    ACCEPTED,
    REJECTED,
    /** Already removed, or already live in another complaint of the same brand: not filed twice. */
    DUPLICATE,
    /** Taken back by the brand. */
    RETRACTED,
    /** The merchant's appeal was upheld. */
    REVERSED_ON_APPEAL;

    /** Items that count as decided for the trust score. */
    public static final Set<ItemStatus> DECIDED = Set.of(ACCEPTED, REJECTED, RETRACTED, REVERSED_ON_APPEAL);
}
