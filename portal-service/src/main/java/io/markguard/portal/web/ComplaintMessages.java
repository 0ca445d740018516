package io.markguard.portal.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The complaint pages' strings, in English; {@code messages/cm_zh_CN.properties} has the Simplified Chinese. */
@MessageBundle(value = "cm", locale = "en")
public interface ComplaintMessages {

    @Message("Complaints")
    String hub_heading();

    @Message("Choose a brand to file a complaint, follow its complaints or read its trust score.")
    String hub_intro();

    @Message("You are not a member of any brand yet.")
    String hub_none();

    @Message("Complaints")
    String link_list();

    @Message("File a complaint")
    String link_file();

    @Message("Bulk upload")
    String link_bulk();

    @Message("Trust score")
    String link_trust();

    @Message("Complaints of {brand}")
    String list_heading(String brand);

    @Message("No complaint has been filed for this brand yet.")
    String list_none();

    @Message("Status of an item")
    String filter_status();

    @Message("Type of infringement")
    String filter_type();

    @Message("Filed from")
    String filter_from();

    @Message("Filed to")
    String filter_to();

    @Message("Any")
    String filter_any();

    @Message("Nothing matches these filters.")
    String filter_no_match();

    @Message("Complaint")
    String col_complaint();

    @Message("Filed")
    String col_filed();

    @Message("Infringement")
    String col_type();

    @Message("Channel")
    String col_channel();

    @Message("Listings")
    String col_items();

    @Message("Awaiting review")
    String col_pending();

    @Message("Accepted")
    String col_accepted();

    @Message("Next deadline")
    String col_next_deadline();

    @Message("Listing")
    String col_listing();

    @Message("Seller")
    String col_seller();

    @Message("Status")
    String col_status();

    @Message("Review deadline")
    String col_deadline();

    @Message("On the marketplace")
    String col_marketplace();

    @Message("{#when type}{#is 'COUNTERFEIT'}Counterfeit{#is 'TRADEMARK_MISUSE'}Trademark misuse{#is 'COPYRIGHT'}Copyright{#is 'DESIGN'}Design{#is 'PATENT'}Patent{#else}{type}{/when}")
    String infringement(String type);

    @Message("Choose the file again: a browser does not keep a chosen file when a form is shown again. Everything else you typed is still here.")
    String bulk_file_again();

    @Message("Listings reported")
    String picker_legend();

    @Message("{#when count}{#is 0}No listing chosen yet.{#is 1}1 listing chosen.{#else}{count} listings chosen.{/when}")
    String picker_chosen(int count);

    @Message("{#if more}The first {shown} matches of \"{query}\" on this page; more follow.{#else}{shown} {#if shown == 1}match{#else}matches{/if} of \"{query}\" on this page.{/if}")
    String picker_caption(String query, int shown, boolean more);

    @Message("Choose every listing on this page")
    String pick_all();

    @Message("Price")
    String picker_price();

    @Message("On the marketplace")
    String picker_address();

    @Message("Open the listing")
    String picker_open();

    @Message("{#when kind}{#is 'URL'}Evidence link{#is 'TEST_PURCHASE'}Test purchase order{#is 'DOCUMENT'}Document{#else}Evidence{/when}")
    String evidence_kind(String kind);

    @Message("{#when channel}{#is 'FAST_TRACK'}Fast track{#is 'STANDARD'}Review queue{#else}{channel}{/when}")
    String channel(String channel);

    @Message("{#when status}{#is 'PENDING'}Awaiting review{#is 'ACCEPTED'}Accepted{#is 'REJECTED'}Rejected{#is 'DUPLICATE'}Duplicate{#is 'RETRACTED'}Retracted{#is 'REVERSED_ON_APPEAL'}Reversed on appeal{#else}{status}{/when}")
    String item_status(String status);

    @Message("{hours} h {minutes} min left")
    String deadline_left(long hours, long minutes);

    @Message("%h h %m min left")
    String countdown_format();

    @Message("Past the deadline")
    String deadline_past();

    @Message("Decided late")
    String decided_late();

    @Message("Listing removed")
    String listing_removed();

    @Message("Removal under way")
    String removal_under_way();

    @Message("Listing restored")
    String listing_restored();

    @Message("Not removed")
    String listing_not_removed();

    @Message("File a complaint for {brand}")
    String file_heading(String brand);

    @Message("A notice names the right relied on, the listings, what makes them infringe and the evidence, and is made in good faith. A verified brand with an accurate record is on the fast track: its listings are removed at once. Every other notice is decided by a reviewer before the deadline shown.")
    String file_intro();

    @Message("Find listings")
    String search_heading();

    @Message("Words from the listing's title, claimed brand or address")
    String search_label();

    @Message("Search")
    String search_button();

    @Message("No visible listing matches \"{query}\".")
    String search_none(String query);

    @Message("Tick the listings to report.")
    String search_pick();

    @Message("IP right relied on")
    String field_right();

    @Message("This brand has no verified right yet: verify one on the brand's page before filing.")
    String no_verified_rights();

    @Message("Other listings (ids or addresses, one a line)")
    String field_other_listings();

    @Message("Explanation")
    String field_explanation();

    @Message("What makes these listings infringe: 20 to 2000 characters.")
    String explanation_hint();

    @Message("Evidence links (one a line, up to 20)")
    String field_evidence_urls();

    @Message("Test-purchase order numbers (one a line, up to 20)")
    String field_test_purchases();

    @Message("I state in good faith that the listings use the right without the authorisation of its holder, an agent or the law.")
    String declare_good_faith();

    @Message("The information in this notice is accurate and complete, and I may act for the right holder.")
    String declare_accurate();

    @Message("File the complaint")
    String file_button();

    @Message("{#when code}{#is 'INVALID'}Some fields are missing or invalid: {field}. Nothing was filed or changed.{#is 'FORBIDDEN'}complaint-service did not allow this. Nothing was filed.{#is 'CONFLICT'}This was refused as it stands now: the item is decided, retracted, or claimed by another reviewer. Nothing was changed.{#is 'TOO_LARGE'}The file is too large or has too many rows (at most 20,000). Nothing was filed.{#is 'FILE_TYPE'}Upload a CSV file with a listing column, or a JSON array. Nothing was filed.{#else}The request could not be processed.{/when}")
    String refusal(String code, String field);

    @Message("complaint-service's reason: {detail}")
    String refusal_detail(String detail);

    @Message("{#when code}{#is 'NOT_A_MEMBER'}You are not a member of this brand.{#is 'MEMBERSHIP_REVOKED'}Your membership of this brand was revoked.{#is 'MEMBERSHIP_ENDED'}Your membership of this brand has ended.{#is 'BRAND_NOT_VERIFIED'}The brand has no verified right yet.{#is 'RIGHT_NOT_OF_BRAND'}The right is not one of this brand's.{#is 'RIGHT_NOT_VERIFIED'}The right is not verified (or no longer is).{#is 'NOT_AUTHORISED_FOR_RIGHT'}Your authorisation does not cover this right.{#is 'ACTION_NOT_ALLOWED'}Your authorisation does not include filing.{#is 'AUTHORISATION_EXPIRED'}Your authorisation has expired.{#else}{code}{/when}")
    String authority_reason(String code);

    @Message("{#when notice}{#is 'retracted'}The item is retracted: a removed listing is restored and its sanction reversed.{#is 'decided'}Your decision is recorded.{#else}Saved.{/when}")
    String notice(String notice);

    @Message("Complaint {id}")
    String detail_heading(long id);

    @Message("Brand")
    String field_brand();

    @Message("Submitted by")
    String field_submitter();

    @Message("Evidence")
    String evidence_heading();

    @Message("The listings")
    String items_heading();

    @Message("This page refreshes itself while a removal is under way.")
    String live_note();

    @Message("Open")
    String open_item();

    @Message("Complaint item {id}")
    String item_heading(long id);

    @Message("Back")
    String back();

    @Message("Decided")
    String field_decided();

    @Message("Claimed by")
    String field_claimed_by();

    @Message("Reason")
    String field_reason();

    @Message("Snapshot at filing (SHA-256)")
    String field_snapshot();

    @Message("Messages between brand and merchant")
    String messages_heading();

    @Message("No message yet.")
    String messages_none();

    @Message("Message")
    String message_label();

    @Message("Send")
    String message_send();

    @Message("{#when side}{#is 'BRAND'}Brand{#is 'MERCHANT'}Merchant{#else}{side}{/when}")
    String side(String side);

    @Message("Retract")
    String retract_heading();

    @Message("Take this item back: a removed listing is restored and the merchant's sanction reversed.")
    String retract_intro();

    @Message("Retract this item")
    String retract_button();

    @Message("Complaint queue")
    String queue_heading();

    @Message("Pending items and fast-track spot checks, the soonest deadline first.")
    String queue_intro();

    @Message("Nothing is waiting.")
    String queue_none();

    @Message("{open} open, {openPast} of them past the deadline; {decided} decided, {late} of them late.")
    String breaches(int open, int openPast, int decided, int late);

    @Message("Spot check")
    String spot_check();

    @Message("Claim")
    String claim_button();

    @Message("Claimed by {who}")
    String claimed_by(String who);

    @Message("Decide")
    String decide_heading();

    @Message("{#when outcome}{#is 'ACCEPT'}Accept: remove the listing{#is 'REJECT'}Reject{#else}{outcome}{/when}")
    String outcome(String outcome);

    @Message("Reason code")
    String reason_code_label();

    @Message("Severity")
    String severity_label();

    @Message("{#when severity}{#is 'LOW'}Low{#is 'MEDIUM'}Medium{#is 'HIGH'}High{#else}{severity}{/when}")
    String severity_name(String severity);

    @Message("{#when severity}{#is 'LOW'}Low{#is 'MEDIUM'}Medium{#is 'HIGH'}High{#else}{severity}{/when} ({points} points)")
    String severity_option(String severity, int points);

    @Message("Preselected: the penalty policy's default for this infringement type and reason code. Choose another to weigh the case differently; the merchant's statement of reasons names who chose it.")
    String severity_explained();

    @Message("{peer} cannot give the penalty policy just now: choose the severity without its points; it is sent as your choice.")
    String severity_no_policy(String peer);

    @Message("{#when code}{#is 'COUNTERFEIT_CONFIRMED'}Counterfeit confirmed{#is 'TRADEMARK_MISUSE_CONFIRMED'}Trademark misuse confirmed{#is 'RIGHT_INFRINGED'}Right infringed{#is 'INSUFFICIENT_EVIDENCE'}Insufficient evidence{#is 'RIGHT_NOT_INFRINGED'}Right not infringed{#is 'LISTING_NOT_AS_DESCRIBED'}Listing not as described{#is 'AUTHORISED_RESELLER'}Authorised reseller{#is 'MANIFESTLY_UNFOUNDED'}Manifestly unfounded{#else}{code}{/when}")
    String reason_code(String code);

    @Message("Record the decision")
    String decide_button();

    @Message("Bulk upload for {brand}")
    String bulk_heading(String brand);

    @Message("A CSV file with a listing column (ids or addresses; comma or semicolon between fields) or a JSON array, up to 20,000 rows. The right, type and explanation below are the upload's; a row may give its own in the columns rightId, infringementType, explanation, evidenceUrls (separated by spaces) and testPurchaseOrders (separated by |), and rows of the same grounds form one notice. Each row is filed, marked a duplicate, or refused with its reason in the report.")
    String bulk_intro();

    @Message("Download a template (CSV)")
    String bulk_template();

    @Message("File (CSV or JSON)")
    String field_file();

    @Message("Upload")
    String bulk_button();

    @Message("Bulk upload {id}")
    String job_heading(long id);

    @Message("{#when state}{#is 'QUEUED'}Waiting to start{#is 'RUNNING'}Running{#is 'DONE'}Done{#is 'FAILED'}Failed{#else}{state}{/when}")
    String job_state(String state);

    @Message("{processed} of {total} rows ({percent} %)")
    String job_progress(int processed, int total, int percent);

    @Message("{filed} filed, {duplicates} duplicates, {refused} refused")
    String job_counts(int filed, int duplicates, int refused);

    @Message("Rows not filed")
    String job_report_heading();

    @Message("Every row was filed.")
    String job_report_none();

    @Message("Download the report (CSV)")
    String job_report_csv();

    @Message("Open the complaint")
    String job_complaint_link();

    @Message("Row")
    String col_row();

    @Message("Outcome")
    String col_outcome();

    @Message("Field")
    String col_field();

    @Message("Why")
    String col_why();

    @Message("{#when outcome}{#is 'REFUSED'}Refused{#is 'DUPLICATE'}Duplicate{#is 'PENDING'}Not processed{#else}{outcome}{/when}")
    String report_outcome(String outcome);

    @Message("Trust score of {brand}")
    String trust_heading(String brand);

    @Message("How the score is computed")
    String trust_formula_heading();

    @Message("Accepted share = accepted ÷ decided items over the last {days} days, counted in whole UTC days from the start of the day {days} days ago, each item on the day of its decision; reversed share = takedowns reversed on appeal or retracted ÷ takedowns. The fast track needs an accepted share of at least {minAccepted}, a reversed share of at most {maxReversed}, and at least {minDecided} decided items, over all the brand's complaints and, on its own figures, over those of each infringement type: a complaint goes on the fast track only when the brand and the complaint's type both meet the bar. Falling below the bar, overall or for a type, revokes the fast track there for {lockoutDays} days. {spotCheck} of fast-track items, drawn at random, are spot-checked by a reviewer; an item shows as a spot check only once the reviewer has decided it.")
    String trust_formula(long days, String minAccepted, String maxReversed, int minDecided, long lockoutDays, String spotCheck);

    @Message("Policy version {version}")
    String trust_policy_version(String version);

    @Message("Your figures since {start}")
    String trust_figures_heading(String start);

    @Message("{#when type}{#is 'ALL'}All types{#else}{type}{/when}")
    String figures_type(String type);

    @Message("Decided")
    String col_decided();

    @Message("Rejected")
    String col_rejected();

    @Message("Takedowns")
    String col_takedowns();

    @Message("Reversed on appeal")
    String col_reversed_on_appeal();

    @Message("Retracted")
    String col_retracted();

    @Message("Accepted share")
    String col_accepted_share();

    @Message("Reversed share")
    String col_reversed_share();

    @Message("Fast track by infringement type")
    String types_heading();

    @Message("Fast track")
    String col_fast_track();

    @Message("{#when state}{#is 'ON'}On since {since}: removal is immediate.{#is 'LOCKED'}Off: left the bar, locked until {until}.{#is 'BELOW_BAR'}Off: below the bar.{#is 'OVERALL_OFF'}Off: the type meets the bar, but the brand as a whole does not have the fast track.{#else}Meets the bar: on from the next complaint of this type.{/when}")
    String type_fast_track(String state, String since, String until);

    @Message("The brand meets the bar.")
    String meets_bar();

    @Message("The brand does not meet the bar.")
    String below_bar();

    @Message("Fast track: on since {since}. Removal is immediate.")
    String fast_track_on(String since);

    @Message("Fast track: off. Complaints go to the review queue.")
    String fast_track_off();

    @Message("Revoked on {at}; locked until {until}.")
    String fast_track_locked(String at, String until);

    @Message("Misuse (DSA Art. 23)")
    String misuse_heading();

    @Message("Over the last {days} days, {unfounded} of {decided} reviewer-decided items were manifestly unfounded ({share}). With at least {minDecided} decided items and a share of {bar} or more, the brand is warned; a further such item while warned suspends filing for {suspensionDays} days.")
    String misuse_text(long days, long unfounded, long decided, String share, int minDecided, String bar, long suspensionDays);

    @Message("Warned on {at}.")
    String misuse_warned(String at);

    @Message("Filing is suspended until {until}.")
    String misuse_suspended(String until);

    @Message("Complaints about your listings")
    String mine_heading();

    @Message("Every complaint a brand filed against one of your listings, with its review deadline and a thread with the brand. Sanctions and their statements of reasons are on your standing page.")
    String mine_intro();

    @Message("No complaint concerns your listings.")
    String mine_none();

    @Message("Complaints")
    String home_complaints_link();

}
