package io.markguard.portal.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The termination review pages' strings, in English; {@code messages/term_zh_CN.properties} has the Simplified Chinese. */
@MessageBundle(value = "term", locale = "en")
public interface TerminationMessages {

    @Message("Terminations to confirm")
    String queue_heading();

    @Message("A termination binds only once a second reviewer confirms it. Until then the merchant's listings are off sale and new ones are refused. The soonest deadline comes first; overdue ones stay at the top until decided.")
    String queue_intro();

    @Message("No termination waits for a reviewer.")
    String queue_none();

    @Message("Termination {id}")
    String review_heading(long id);

    @Message("Deadline")
    String col_deadline();

    @Message("Merchant")
    String col_merchant();

    @Message("Proposed")
    String col_proposed();

    @Message("Proposed by")
    String col_proposed_by();

    @Message("Listing of the takedown")
    String col_listing();

    @Message("Brand")
    String col_brand();

    @Message("Status")
    String col_status();

    @Message("overdue")
    String overdue();

    @Message("the penalty ladder")
    String by_ladder();

    @Message("a reviewer")
    String by_reviewer();

    @Message("Open")
    String open_review();

    @Message("Reason given")
    String reason_given();

    @Message("Policy clause")
    String clause();

    @Message("Facts")
    String facts();

    @Message("Decision")
    String decide_heading();

    @Message("{#when outcome}{#is 'CONFIRMED'}Confirm the termination{#is 'DECLINED'}Decline the termination{#else}{outcome}{/when}")
    String outcome_of(String outcome);

    @Message("{#when status}{#is 'PENDING'}Waiting for a second reviewer{#is 'CONFIRMED'}Confirmed{#is 'DECLINED'}Declined{#is 'WITHDRAWN'}Withdrawn (its takedown was reversed){#else}{status}{/when}")
    String status_of(String status);

    @Message("Reason for the decision")
    String reason();

    @Message("Record the decision")
    String decide_button();

    @Message("The decision is recorded.")
    String decided();

    @Message("Decided on {at}")
    String decided_at(String at);

    @Message("{#when code}{#is 'FORBIDDEN'}You proposed this termination: a second reviewer must decide it.{#is 'CONFLICT'}This termination was decided otherwise already. Nothing was changed.{#is 'INVALID'}Some fields are missing or invalid: {field}.{#else}The request could not be processed.{/when}")
    String refusal(String code, String field);
}
