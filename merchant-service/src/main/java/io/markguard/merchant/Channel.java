package io.markguard.merchant;

/** How complaint-service decided the takedown. */
public enum Channel {
    FAST_TRACK,
    STANDARD
}
