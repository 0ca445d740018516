package io.markguard.merchant;

/** Where a statement of reasons stands in its submission to the EU Transparency Database. */
public enum SubmissionState {
    /** Waiting for its first send. */
    QUEUED,
    /** Waiting for its next attempt after a failure that was not about the statement itself. */
    RETRYING,
    /** In the database: sent and taken, or found there by its puid. */
    SUBMITTED,
    /** Refused by the database's validation, with its errors; an operator may queue it again. */
    REFUSED,
    /** Its sanction was reversed before it was submitted: never sent as a decision in force. */
    WITHDRAWN;

    /** States whose rows the sender still has to send. */
    public boolean waiting() {
        return this == QUEUED || this == RETRYING;
    }
}
