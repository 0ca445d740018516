package io.markguard.complaint;

/** How grave an accepted infringement is; merchant-service's penalty policy gives the points of each. */
public enum Severity {
    LOW,
    MEDIUM,
    HIGH
}
