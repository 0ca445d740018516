package io.markguard.portal.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The navigation, the dashboards and the operator's pages, in English; {@code messages/nav_zh_CN.properties} has the
 * Simplified Chinese.
 */
@MessageBundle(value = "nav", locale = "en")
public interface NavMessages {

    @Message("Main")
    String label();

    @Message("Menu")
    String menu();

    @Message("You are here")
    String breadcrumbs();

    @Message("""
            {#when role}{#is 'brand'}Brand{#is 'merchant'}Merchant{#is 'reviewer'}Review{#is 'admin'}Administration\
            {#else}{role}{/when}""")
    String section(String role);

    @Message("""
            {#when code}\
            {#is 'brands'}My brands\
            {#is 'complaints'}Complaints\
            {#is 'brand_appeals'}Appeals to answer\
            {#is 'trust'}Trust and fast track\
            {#is 'members'}Members\
            {#is 'clients'}API clients\
            {#is 'webhooks'}Webhooks\
            {#is 'standing'}My standing\
            {#is 'listing_complaints'}Complaints about my listings\
            {#is 'my_appeals'}My appeals\
            {#is 'listings'}My listings\
            {#is 'identity'}Trader identity\
            {#is 'queue_complaints'}Notices to review\
            {#is 'queue_verification'}Brand verification\
            {#is 'queue_appeals'}Appeals\
            {#is 'queue_misuse'}Misuse proposals\
            {#is 'queue_terminations'}Terminations\
            {#is 'organisations'}Organisations\
            {#is 'policy'}Policy in force\
            {#is 'health'}Service health\
            {#is 'eu_database'}EU submissions\
            {#else}{code}{/when}""")
    String link(String code);

    @Message("{waiting} waiting, {overdue} overdue")
    String queue_counts(long waiting, long overdue);

    @Message("{overdue} overdue")
    String overdue(long overdue);

    @Message("Soonest deadline {deadline}")
    String soonest(String deadline);

    @Message("Nothing waiting")
    String empty_queue();

    @Message("Counts unavailable just now")
    String counts_unavailable();

    @Message("Home")
    String home();

    @Message("Signed in as {username}")
    String signed_in_as(String username);

    @Message("Your brands")
    String brand_heading();

    @Message("You are not a member of any brand yet. Register your brand and prove your trademarks to report listings.")
    String brand_none();

    @Message("Register a brand")
    String brand_register();

    @Message("File a notice")
    String brand_file();

    @Message("Upload many listings")
    String brand_bulk();

    @Message("All my brands")
    String brand_all();

    @Message("Your standing")
    String merchant_heading();

    @Message("Open my standing")
    String merchant_open();

    @Message("Your queues")
    String reviewer_heading();

    @Message("Open")
    String open_queue();

    @Message("Operations")
    String admin_heading();

    @Message("Service health")
    String health_heading();

    @Message("Whether each service is ready, as its own readiness check says, and how its outbox stands: what waits to be sent, how long the oldest has waited, and what was given up on after every attempt.")
    String health_intro();

    @Message("Service")
    String col_service();

    @Message("Ready")
    String col_ready();

    @Message("Waiting to be sent")
    String col_backlog();

    @Message("Oldest waiting")
    String col_oldest();

    @Message("Dead letters")
    String col_dead();

    @Message("{#if ready}Ready{#else}Not ready{#if status > 0} (answered {status}){#else} (no answer){/if}{/if}")
    String ready(boolean ready, int status);

    @Message("{#when unit}{#is 's'}{amount} s{#is 'min'}{amount} min{#else}{amount} h{/when}")
    String age(String unit, long amount);

    @Message("No answer")
    String no_answer();

    @Message("Statements of reasons and their submission to the EU Transparency Database")
    String eu_link();

    @Message("Dead letters of {service}")
    String dead_heading(String service);

    @Message("Messages this service gave up on after every attempt (a mail, a webhook, a change another service must learn of). Once what failed is mended, put each back in line: it is sent at once, and its receiver applies it only once.")
    String dead_intro();

    @Message("No dead letter: every message was delivered or is still being tried.")
    String dead_none();

    @Message("Message")
    String dead_col_message();

    @Message("Destination")
    String dead_col_destination();

    @Message("Attempts")
    String dead_col_attempts();

    @Message("Written, last tried")
    String dead_col_times();

    @Message("Last error")
    String dead_col_error();

    @Message("{createdAt}; last tried {lastAttemptAt}")
    String dead_times(String createdAt, String lastAttemptAt);

    @Message("Put back in line")
    String dead_requeue();

    @Message("The message is back in line and is being sent.")
    String dead_requeued();

    @Message("The message was not put back: it was put back or delivered already, or the service did not answer.")
    String dead_not_requeued();

    @Message("Penalty policy in force")
    String policy_heading();

    @Message("The points each infringement adds to a merchant's record, when points expire, and the measures the points lead to, as merchant-service applies them now. Every sanction names the version it was decided under.")
    String policy_intro();

    @Message("Version {version}")
    String policy_version(String version);

    @Message("Points expire after {days} days.")
    String policy_expiry(long days);

    @Message("Infringement type")
    String col_type();

    @Message("Points by severity")
    String col_points();

    @Message("Default severity")
    String col_default();

    @Message("Measures by points")
    String ladder_heading();

    @Message("At {points} points")
    String ladder_at(int points);
}
