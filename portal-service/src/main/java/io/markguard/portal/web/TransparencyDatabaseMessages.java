package io.markguard.portal.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The operators' page of submissions to the EU Transparency Database, in English; {@code messages/tdb_zh_CN.properties}
 * has the Simplified Chinese. The database's own errors are shown as it wrote them.
 */
@MessageBundle(value = "tdb", locale = "en")
public interface TransparencyDatabaseMessages {

    @Message("EU Transparency Database")
    String heading();

    @Message("Every statement of reasons for a restriction is submitted once to the European Commission's DSA Transparency Database (Art. 24(5)). A warning restricts nothing and is not submitted. The database keeps a statement as it was submitted: a decision reversed later is marked here.")
    String intro();

    @Message("Submissions to the EU database")
    String home_link();

    @Message("{#if sending}Sending is on.{#else}Sending is off: statements wait in the queue until it is turned on.{/if}")
    String sending(boolean sending);

    @Message("All ({total})")
    String all(long total);

    @Message("{#when state}{#is 'QUEUED'}Queued{#is 'RETRYING'}Waiting to be retried{#is 'SUBMITTED'}Submitted{#is 'REFUSED'}Refused by the database{#is 'WITHDRAWN'}Withdrawn (reversed before submission){#else}{state}{/when}")
    String state_of(String state);

    @Message("Statements of reasons, the latest first")
    String list_heading();

    @Message("No statement in this state.")
    String none();

    @Message("Statement (puid)")
    String col_puid();

    @Message("Sanction")
    String col_sanction();

    @Message("State")
    String col_state();

    @Message("Attempts")
    String col_attempts();

    @Message("In the database")
    String col_database();

    @Message("Submitted on {at}")
    String submitted_at(String at);

    @Message("Next attempt on {at}")
    String next_attempt_at(String at);

    @Message("Reversed on {at}, after its submission")
    String reversed_at(String at);

    @Message("The database's errors")
    String errors();

    @Message("Last failure")
    String last_failure();

    @Message("Queue again")
    String requeue_button();

    @Message("The statement is queued again; it is built anew when it is sent.")
    String requeued();

    @Message("{#when code}{#is 'CONFLICT'}Statement {puid} is no longer refused (it was queued again or submitted meanwhile). Nothing was changed.{#else}The request could not be processed. Nothing was changed.{/when}")
    String refusal(String code, String puid);
}
