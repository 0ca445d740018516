package io.markguard.merchant;

/** Why a violation weighs the severity it does. */
public enum SeveritySource {
    /** The reviewer who accepted the item chose it. */
    REVIEWER,
    /** The penalty policy's default for the infringement type, and for the reviewer's reason code where it gives one. */
    POLICY_DEFAULT,
    /** A fast-track takedown weighs its type's default. */
    FAST_TRACK
}
