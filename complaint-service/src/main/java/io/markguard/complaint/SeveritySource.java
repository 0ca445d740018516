package io.markguard.complaint;

/** Who set an accepted item's severity. */
public enum SeveritySource {
    /** The reviewer who accepted the item chose it. */
    REVIEWER,
    /** The reviewer left it to the penalty policy's default for the type and the reason code. */
    POLICY_DEFAULT,
    /** The fast track takes the type's default. */
    FAST_TRACK
}
