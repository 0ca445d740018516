package io.markguard.portal.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The reviewer's item page, in English; {@code messages/rv_zh_CN.properties} has the Simplified Chinese. */
@MessageBundle(value = "rv", locale = "en")
public interface ReviewMessages {

    @Message("Notice {complaint}, filed {at} by {user} through the {#when channel}{#is 'FAST_TRACK'}fast track{#else}review queue{/when}.")
    String filed_by(long complaint, String at, String user, String channel);

    @Message("The notifier declared the notice {#if goodFaith}made in good faith{#else}NOT made in good faith{/if} and {#if accurate}accurate and complete{#else}NOT accurate and complete{/if}.")
    String declarations(boolean goodFaith, boolean accurate);

    @Message("Brand")
    String brand_heading();

    @Message("Named in the notice as")
    String brand_as_filed();

    @Message("Legal entity")
    String brand_legal_entity();

    @Message("Country")
    String brand_country();

    @Message("Website domain")
    String brand_domain();

    @Message("Verification status")
    String brand_status();

    @Message("The portal holds no brand with this id: the notice's own copy of its name is shown.")
    String brand_missing();

    @Message("Right relied on")
    String right_heading();

    @Message("Type")
    String right_type();

    @Message("Office and number")
    String right_number();

    @Message("Mark")
    String right_mark();

    @Message("Nice classes (goods and services)")
    String right_classes();

    @Message("Owner as the brand recorded it")
    String right_owner();

    @Message("Filed, registered, expires")
    String right_dates();

    @Message("Verification status")
    String right_status();

    @Message("The notice was filed on {office} {number} ({mark}); the brand's record of its right now reads otherwise.")
    String right_changed(String office, String number, String mark);

    @Message("The portal holds no such right of this brand: the notice's own copy is shown: {office} {number} ({mark}).")
    String right_missing(String office, String number, String mark);

    @Message("Latest verification case")
    String case_latest();

    @Message("No verification case has been opened for this right.")
    String case_none();

    @Message("The register")
    String register_heading();

    @Message("The register has no entry with this office and number.")
    String register_none();

    @Message("Owner on the register")
    String register_owner();

    @Message("Status on the register")
    String register_status();

    @Message("Expires on the register")
    String register_expires();

    @Message("{#when verdict}{#is 'LIVE'}Registered, not expired, and owned by the brand's legal entity.{#is 'NOT_ON_REGISTER'}Not on the register.{#is 'CANCELLED'}The register records the registration as {detail}.{#is 'EXPIRED'}The registration expired on {detail}.{#is 'OTHER_OWNER'}The register names {detail} as the owner, not the brand's legal entity.{#else}{verdict}{/when}")
    String register_verdict(String verdict, String detail);

    @Message("Standing, as the register reads at {at}")
    String register_standing(String at);

    @Message("Last compared with the register")
    String register_last_checked();

    @Message("Never (verified on documents, or not verified)")
    String register_never_checked();

    @Message("Explanation")
    String explanation_heading();

    @Message("Evidence")
    String evidence_heading();

    @Message("The notice names no evidence links or documents.")
    String evidence_none();

    @Message("Links open in a new tab, without the portal's address; they lead to sites the portal does not vouch for.")
    String evidence_links_note();

    @Message("{filename} ({type}, {size} bytes), SHA-256 {sha256}")
    String evidence_document(String filename, String type, Long size, String sha256);

    @Message("Open the document on its own")
    String evidence_open();

    @Message("Test purchases")
    String test_purchases_heading();

    @Message("The notice names no test purchase.")
    String test_purchases_none();

    @Message("Order number {order}")
    String test_purchase_order(String order);

    @Message("The listing")
    String listing_heading();

    @Message("As kept at filing, {at}")
    String listing_at_filing(String at);

    @Message("Now, {at}")
    String listing_now(String at);

    @Message("Title")
    String listing_title();

    @Message("Brand claimed")
    String listing_brand_claimed();

    @Message("Price")
    String listing_price();

    @Message("Status")
    String listing_status();

    @Message("Address")
    String listing_url();

    @Message("SHA-256 of the text")
    String listing_sha256();

    @Message("The exact text kept at filing")
    String listing_snapshot_text();

    @Message("The listing has changed since the notice was filed.")
    String listing_changed();

    @Message("The listing is as it was when the notice was filed.")
    String listing_unchanged();

    @Message("The merchant")
    String merchant_heading();

    @Message("Standing")
    String merchant_level();

    @Message("Active points")
    String merchant_points();

    @Message("Next step")
    String merchant_next_step();

    @Message("at {atPoints} points ({pointsToGo} to go)")
    String merchant_next(int atPoints, int pointsToGo);

    @Message("At the top of the ladder")
    String merchant_top();

    @Message("Sanctions in force")
    String merchant_in_force();

    @Message("Violations whose points count")
    String merchant_violations();

    @Message("May list")
    String merchant_may_list();

    @Message("{#if may}Yes{#else}No{/if}{#if until} (until {until}){/if}{#if held}; new listings are held (a restriction or an incomplete trader identity){/if}")
    String merchant_may_list_value(boolean may, String until, boolean held);

    @Message("Latest sanctions")
    String merchant_latest();

    @Message("The merchant has no sanction on record.")
    String merchant_no_sanctions();

    @Message("The merchant's record holds more sanctions than the latest shown here; the counts above cover them all.")
    String merchant_more();

    @Message("Earlier messages")
    String thread_earlier();

    @Message("Latest messages")
    String thread_latest();

    @Message("Claim")
    String claim_heading();

    @Message("Claimed by {by} until {until}")
    String queue_claimed(String by, String until);

    @Message("Nobody has claimed this item.")
    String claim_none();

    @Message("You hold this item until {until}.")
    String claim_mine(String until);

    @Message("Claimed by {by} until {until}. You may claim it once that claim lapses.")
    String claim_other(String by, String until);

    @Message("The claim of {by} lapsed at {until}: anyone may claim the item.")
    String claim_lapsed(String by, String until);

    @Message("Your claim lapsed at {until}. Claim the item again to hold it while you decide.")
    String claim_lapsed_mine(String until);

    @Message("Claim the item to decide it: the decision appears once you hold it, for a limited time, so no item is left waiting.")
    String claim_first();

    @Message("Accept: remove the listing")
    String accept_heading();

    @Message("Reject")
    String reject_heading();

    @Message("Accept and remove the listing")
    String accept_button();

    @Message("Reject the notice")
    String reject_button();

    @Message("This item is decided; nothing is left to claim.")
    String decided();
}
