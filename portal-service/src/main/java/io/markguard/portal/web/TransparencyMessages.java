package io.markguard.portal.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The transparency page's strings, in English; {@code messages/tm_zh_CN.properties} has the Simplified Chinese. */
@MessageBundle(value = "tm", locale = "en")
public interface TransparencyMessages {

    @Message("Transparency")
    String heading();

    @Message("Transparency: {brand}")
    String brand_heading(String brand);

    @Message("How fast notices of counterfeit and infringing listings are acted on, what was decided, and how often decisions were reversed, live from the platform's records (EU Digital Services Act, Art. 15 and 24).")
    String intro();

    @Message("The same figures, over your brand's own complaints only.")
    String brand_intro();

    @Message("From")
    String from();

    @Message("To")
    String to();

    @Message("Show")
    String show();

    @Message("The period was not understood (dates as YYYY-MM-DD, the first not after the last); the last 30 days are shown.")
    String period_error();

    @Message("Notices filed from {from} to {to} (UTC)")
    String period(String from, String to);

    @Message("Download CSV")
    String download_csv();

    @Message("Download JSON")
    String download_json();

    @Message("Time to action")
    String times_heading();

    @Message("Channel")
    String col_channel();

    @Message("Actioned")
    String col_actioned();

    @Message("Median (hours)")
    String col_median();

    @Message("95th percentile (hours)")
    String col_p95();

    @Message("Within 24 hours")
    String col_within();

    @Message("Open for more than 24 hours")
    String col_open_past_day();

    @Message("Median and 95th percentile of the time to action, in hours, per channel")
    String times_chart();

    @Message("median")
    String median();

    @Message("95th percentile")
    String p95();

    @Message("Volumes by infringement type")
    String types_heading();

    @Message("Listings reported and accepted, per infringement type")
    String types_chart();

    @Message("Volumes by IP office")
    String offices_heading();

    @Message("Key")
    String col_key();

    @Message("Listings")
    String col_items();

    @Message("Accepted")
    String col_accepted();

    @Message("Rejected")
    String col_rejected();

    @Message("Awaiting review")
    String col_pending();

    @Message("Retracted")
    String col_retracted();

    @Message("Reversed on appeal")
    String col_reversed();

    @Message("Outcomes")
    String outcomes_heading();

    @Message("Listings per outcome")
    String outcomes_chart();

    @Message("Totals and measures")
    String totals_heading();

    @Message("Notices")
    String notices();

    @Message("Listings reported (without duplicates)")
    String items();

    @Message("Takedowns")
    String takedowns();

    @Message("Takedowns retracted by the brand")
    String retracted();

    @Message("Takedowns reversed on appeal")
    String reversed();

    @Message("Brands on the fast track now")
    String fast_track_brands();

    @Message("Misuse warnings (DSA Art. 23)")
    String misuse_warnings();

    @Message("Filing suspensions (DSA Art. 23)")
    String filing_suspensions();

    @Message("Method")
    String method_heading();

    @Message("Time to action runs from filing to the listing's removal, or to the decision where nothing was removed; median and 95th percentile are over the actioned listings. The share within 24 hours counts the listings actioned within 24 hours among those actioned or open for more than 24 hours; a listing still open counts as open for more than 24 hours once 24 hours have passed since the end of the UTC hour in which it was filed (by filing hour, not minute: up to an hour later than to the minute). Duplicates count only among the outcomes. Reversed and retracted shares are of the takedowns. Brands on the fast track are counted as they stand now. Medians and 95th percentiles are read from daily histograms of the times, in buckets whose bounds grow by 5 %: each is within 2.5 % of the exact value (half a second for times under a second); every count is exact. A repeat-infringer determination is counted in the period of the violation with which the merchant reached the rule, so a merchant determined twice counts twice.")
    String method();

    @Message("Figures as of {at}.")
    String generated(String at);

    @Message("Transparency")
    String nav();

    @Message("Appeals and merchants")
    String merchants_heading();

    @Message("Appeals filed against sanctions")
    String appeals_filed();

    @Message("Still open")
    String appeals_open();

    @Message("Upheld (the sanction reversed)")
    String appeals_upheld();

    @Message("Denied")
    String appeals_denied();

    @Message("Share upheld of those decided")
    String appeals_upheld_share();

    @Message("Median time to an appeal decision (hours)")
    String appeals_median();

    @Message("Violations recorded")
    String violations();

    @Message("Repeat-infringer determinations (a merchant reaching violations from {brands} brands within {days} days)")
    String repeat_infringers(int brands, long days);

    @Message("Repeat violations (the merchant had another within {days} days)")
    String several_violations(long days);

    @Message("Sanctions by measure")
    String sanctions_heading();

    @Message("{#when measure}{#is 'LISTING_REMOVED'}Listing removed{#is 'WARNING'}Warning{#is 'RESTRICTED'}Restricted: new listings held{#is 'SUSPENDED_7D'}Suspended for 7 days{#is 'SUSPENDED_14D'}Suspended for 14 days{#is 'TERMINATED'}Account terminated{#else}{measure}{/when}")
    String measure(String measure);

    @Message("Brand verification")
    String verifications_heading();

    @Message("Method")
    String col_method();

    @Message("Opened")
    String col_opened();

    @Message("Verified")
    String col_verified();

    @Message("Withdrawn")
    String col_withdrawn();

    @Message("Transparency report {year}")
    String report_heading(int year);

    @Message("The platform's figures from {from} to {to} (UTC), laid out by the reporting duties of the EU Digital Services Act (Art. 15(1) and 24(1)).")
    String report_intro(String from, String to);

    @Message("That year is not covered; the current year is shown.")
    String report_year_error();

    @Message("Yearly report")
    String report_link();

    @Message("Art. 15(1)(b): notices under Art. 16 and the action taken")
    String art_15_1_b();

    @Message("Listings removed or accepted")
    String r_accepted();

    @Message("Listings not acted on (rejected)")
    String r_rejected();

    @Message("Listings acted on by automated means (fast track)")
    String r_automated();

    @Message("Art. 15(1)(c): moderation on the platform's own initiative")
    String art_15_1_c();

    @Message("Every removal follows a notice; the penalty ladder then applies the platform's terms to the merchant. Sanctions by measure:")
    String art_15_1_c_text();

    @Message("Art. 15(1)(d): complaints through the internal complaint-handling system (Art. 20)")
    String art_15_1_d();

    @Message("Art. 15(1)(e): use of automated means")
    String art_15_1_e();

    @Message("{count} listings were removed by automated means on the fast track, for brands whose accuracy over 90 days meets the published bar ({brands} brands on the fast track now); a share of them is checked by a reviewer, and every removal can be appealed.")
    String art_15_1_e_text(long count, long brands);

    @Message("Art. 24(1): disputes and suspensions")
    String art_24_1();

    @Message("Disputes submitted to out-of-court settlement bodies (Art. 21)")
    String art_24_1_a();

    @Message("Not recorded by the platform")
    String not_recorded();

    @Message("Suspensions of complainants for manifestly unfounded notices (Art. 23)")
    String art_24_1_b_complainants();

    @Message("Suspensions and terminations of merchants (Art. 23)")
    String art_24_1_b_merchants();
}
