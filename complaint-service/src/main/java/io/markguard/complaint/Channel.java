package io.markguard.complaint;

/** How a complaint is decided: at once for a trusted brand, or by a reviewer before a deadline. */
public enum Channel {
    FAST_TRACK, STANDARD
}
