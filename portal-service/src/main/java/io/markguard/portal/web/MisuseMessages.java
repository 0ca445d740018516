package io.markguard.portal.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import java.util.Map;

/** The misuse pages' strings (DSA Art. 23), in English; {@code messages/mm_zh_CN.properties} has the Simplified Chinese. */
@MessageBundle(value = "mm", locale = "en")
public interface MisuseMessages {

    @Message("History of misuse measures")
    String history_heading();

    @Message("Every warning, proposal, decision, end of a suspension and contest, latest first. Each shows the figures it was taken on.")
    String history_intro();

    @Message("No misuse measure has been taken for this brand.")
    String history_none();

    @Message("When")
    String col_when();

    @Message("Measure")
    String col_kind();

    @Message("Reason")
    String col_reason();

    @Message("Figures at the time")
    String col_figures();

    @Message("By")
    String col_by();

    @Message("Brand told")
    String col_told();

    @Message("Yes")
    String told_yes();

    @Message("No")
    String told_no();

    @Message("{#when kind}{#is 'WARNING'}Warning{#is 'SUSPENSION_PROPOSED'}Suspension proposed{#is 'SUSPENSION_CONFIRMED'}Suspension confirmed{#is 'SUSPENSION_DECLINED'}Suspension declined{#is 'SUSPENSION_LIFTED'}Suspension ended{#is 'CONTESTED'}Contested by the brand{#else}{kind}{/when}")
    String kind(String kind);

    @Message("{#when role}{#is 'SYSTEM'}the misuse rule{#is 'REVIEWER'}a reviewer{#is 'BRAND'}the brand{#else}{role}{/when}")
    String actor(String role);

    @Message("{#when code}"
            + "{#is 'UNFOUNDED_SHARE_OVER_BAR'}{p.get('unfounded')} of {p.get('decided')} decided items ({p.get('share')}) were manifestly unfounded in the last {p.get('windowDays')} days, at or over the bar of {p.get('bar')}. A warning: filing stays open."
            + "{#is 'UNFOUNDED_SHARE_OVER_BAR_AFTER_WARNING'}Still {p.get('share')} after the warning of {p.get('warnedAt')}: a suspension of {p.get('suspensionDays')} days is proposed. It takes effect only if a reviewer confirms it (decision by {p.get('reviewBy')})."
            + "{#is 'FREQUENT_UNFOUNDED_NOTICES_CONFIRMED'}A reviewer confirmed frequent manifestly unfounded notices: filing is suspended from {p.get('from')} until {p.get('until')}."
            + "{#is 'CONTEST_PERSUASIVE'}A reviewer declined the suspension: the brand's statement was persuasive."
            + "{#is 'UNFOUNDED_DECISIONS_IN_DOUBT'}A reviewer declined the suspension: the decisions counted as manifestly unfounded are in doubt."
            + "{#is 'NOT_FREQUENT_ENOUGH'}A reviewer declined the suspension: the unfounded notices are not frequent enough."
            + "{#is 'SUSPENSION_PERIOD_ENDED'}The suspension from {p.get('from')} until {p.get('until')} has ended; filing is open again."
            + "{#is 'BRAND_STATEMENT'}{p.get('by')} contested the measures with a statement."
            + "{#else}{code}{/when}")
    String reason(String code, Map<String, String> p);

    @Message("{unfounded} of {decided} ({share}) since {windowStart}; bar {bar}; policy {version}")
    String figures(long unfounded, long decided, String share, String windowStart, String bar, String version);

    @Message("Statement: {statement}")
    String statement(String statement);

    @Message("{#when state}{#is 'WARNED'}The brand has been warned; filing stays open.{#is 'PROPOSED'}A suspension of filing is proposed to a reviewer; filing stays open unless the reviewer confirms it.{#is 'SUSPENDED'}Filing is suspended by a reviewer's decision.{#else}No misuse measure is in force.{/when}")
    String state(String state);

    @Message("Contest a measure")
    String contest_link();

    @Message("Contest the misuse measures of {brand}")
    String contest_heading(String brand);

    @Message("Your statement is kept with the brand's history and placed before the reviewer who decides on a proposed suspension.")
    String contest_intro();

    @Message("The latest measure")
    String contest_latest();

    @Message("Your statement (10 to 5,000 characters)")
    String contest_statement();

    @Message("Send the statement")
    String contest_submit();

    @Message("This brand has no misuse measure to contest.")
    String contest_nothing();

    @Message("Your statement was recorded.")
    String contest_saved();

    @Message("The statement must be 10 to 5,000 characters. Nothing was sent.")
    String contest_invalid();

    @Message("Proposed suspensions of filing")
    String queue_heading();

    @Message("The misuse rule only proposes: a suspension takes effect when a reviewer confirms it. Soonest deadline first.")
    String queue_intro();

    @Message("No suspension is waiting for a decision.")
    String queue_none();

    @Message("Brand")
    String col_brand();

    @Message("Proposed")
    String col_proposed();

    @Message("Decide by")
    String col_deadline();

    @Message("Unfounded share")
    String col_share();

    @Message("Statements")
    String col_contests();

    @Message("Open")
    String open_review();

    @Message("past the deadline")
    String past_deadline();

    @Message("Proposed suspension of filing for {brand}")
    String review_heading(String brand);

    @Message("Proposed {proposed}; warned {warned}; decide by {deadline}. {unfounded} of {decided} reviewer-decided items ({share}) were manifestly unfounded since {windowStart}. The suspension would last {days} days.")
    String review_summary(String proposed, String warned, String deadline, long unfounded, long decided, String share,
            String windowStart, int days);

    @Message("{#when status}{#is 'OPEN'}Waiting for a decision{#is 'CONFIRMED'}Confirmed{#is 'DECLINED'}Declined{#else}{status}{/when}")
    String status(String status);

    @Message("The brand's latest statement ({at})")
    String review_contest(String at);

    @Message("The brand has not contested.")
    String review_no_contest();

    @Message("Decision")
    String decision_heading();

    @Message("Confirm the suspension")
    String decision_confirm();

    @Message("Decline the suspension")
    String decision_decline();

    @Message("Reason code")
    String decision_code();

    @Message("{#when code}{#is 'FREQUENT_UNFOUNDED_NOTICES_CONFIRMED'}Frequent manifestly unfounded notices confirmed{#is 'CONTEST_PERSUASIVE'}The brand's statement is persuasive{#is 'UNFOUNDED_DECISIONS_IN_DOUBT'}The unfounded decisions are in doubt{#is 'NOT_FREQUENT_ENOUGH'}Not frequent enough for a suspension{#else}{code}{/when}")
    String decision_code_name(String code);

    @Message("Your reason, shown to the brand")
    String decision_reason();

    @Message("Record the decision")
    String decision_submit();

    @Message("Decided by {by} at {at}:")
    String decided(String by, String at);

    @Message("Suspended from {from} until {until}.")
    String suspended(String from, String until);

    @Message("The decision was recorded and the brand told.")
    String decision_saved();

    @Message("This proposal is decided already. Nothing was changed.")
    String decision_conflict();

    @Message("The brand's history")
    String review_history();

    @Message("Filing for this brand is suspended by a reviewer's decision (DSA Art. 23). Nothing was filed. The trust page shows until when, and lets you contest.")
    String filing_suspended();

    @Message("Open the trust page")
    String trust_link();
}
