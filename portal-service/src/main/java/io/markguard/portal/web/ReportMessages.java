package io.markguard.portal.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The transparency figures' trends, the fast track's accuracy and the yearly report's downloads and definitions, in
 * English; {@code messages/rep_zh_CN.properties} has the Simplified Chinese. The PDF reads them in Java through
 * {@code MessageBundles}.
 */
@MessageBundle(value = "rep", locale = "en")
public interface ReportMessages {

    @Message("Month by month")
    String trends_heading();

    @Message("Time to action per month, in hours")
    String trends_times_chart();

    @Message("Two bars per month from {from} to {to}: the median and the 95th percentile of the time to action of the listings actioned, both channels together. The table below gives the same numbers.")
    String trends_times_desc(String from, String to);

    @Message("Notices, listings and takedowns per month")
    String trends_volumes_chart();

    @Message("Three bars per month from {from} to {to}: notices filed, listings reported (without duplicates) and takedowns. The table below gives the same numbers.")
    String trends_volumes_desc(String from, String to);

    @Message("Month")
    String col_month();

    @Message("Months are UTC calendar months by the filing day of the notices; the first and last are cut to the period's days.")
    String trends_note();

    @Message("Accuracy of the automated means (DSA Art. 15(1)(e))")
    String accuracy_heading();

    @Message("Listings removed on the fast track (automated)")
    String spot_actioned();

    @Message("Drawn at random for a reviewer's spot check")
    String spot_drawn();

    @Message("Checked by a reviewer")
    String spot_checked();

    @Message("Upheld by the reviewer")
    String spot_upheld();

    @Message("Overturned by the reviewer (listing restored)")
    String spot_overturned();

    @Message("Accuracy (upheld of those checked)")
    String spot_accuracy();

    @Message("Error rate (overturned of those checked)")
    String spot_error_rate();

    @Message("The fast track removes a trusted brand's listings without a reviewer. A share of its removals is drawn at random at filing for a reviewer to check; the brand cannot tell which. Accuracy is the share of checked removals the reviewer upheld, the error rate the share overturned; checks still waiting for a reviewer count only as drawn. Counted over the notices filed in the period.")
    String spot_definition();

    @Message("Download in the EU template (CSV)")
    String template_csv();

    @Message("Printable report (PDF)")
    String report_pdf();

    @Message("Figure")
    String col_figure();

    @Message("Value")
    String col_value();

    @Message("Definition")
    String col_definition();

    @Message("Generated at {at} (UTC) from the platform's records; every count is exact, times are within 2.5 %.")
    String pdf_generated(String at);

    @Message("Notices filed in the period (each names one or more listings).")
    String def_notices();

    @Message("Listings named in those notices, duplicates left out.")
    String def_items();

    @Message("Listings whose notice was accepted, by a reviewer or on the fast track: the listing was removed.")
    String def_accepted();

    @Message("Listings whose notice a reviewer rejected: no action was taken.")
    String def_rejected();

    @Message("Listings removed on the fast track, without a reviewer (processed by automated means).")
    String def_automated();

    @Message("Median time from filing to the listing's removal, or to the decision where nothing was removed, in hours.")
    String def_median();

    @Message("95th percentile of the same times, in hours.")
    String def_p95();

    @Message("Listings taken off sale by merchant-service after an accepted notice.")
    String def_takedowns();

    @Message("Sanctions decided in the period under the platform's terms, by measure.")
    String def_sanctions();

    @Message("Appeals merchants filed against a sanction in the period.")
    String def_appeals_filed();

    @Message("Appeals decided for the merchant: the sanction was reversed.")
    String def_appeals_upheld();

    @Message("Appeals decided against the merchant: the sanction stands.")
    String def_appeals_denied();

    @Message("Median time from filing an appeal to its decision, in hours.")
    String def_appeals_median();

    @Message("The platform does not take part in out-of-court dispute settlement and records none.")
    String def_ods();

    @Message("Brands whose filing was suspended in the period for manifestly unfounded notices.")
    String def_filing_suspensions();

    @Message("Brands warned in the period for manifestly unfounded notices.")
    String def_misuse_warnings();

    @Message("Merchant accounts suspended or terminated in the period for repeated infringements.")
    String def_merchant_suspensions();

    @Message("Fast-track removals drawn for a reviewer's spot check.")
    String def_spot_drawn();

    @Message("Drawn removals a reviewer has checked.")
    String def_spot_checked();

    @Message("Checked removals the reviewer confirmed.")
    String def_spot_upheld();

    @Message("Checked removals the reviewer rejected; the listing was restored.")
    String def_spot_overturned();

    @Message("Upheld divided by checked.")
    String def_spot_accuracy();

    @Message("Overturned divided by checked.")
    String def_spot_error_rate();

    @Message("The figures of merchant-service could not be read; this report is without them.")
    String pdf_merchants_unavailable();

    @Message("Decision log")
    String log_heading();

    @Message("These figures were computed with the signed heads below of the services' public decision logs. Anyone can check with the log verifier that a log has not been rewritten and that its decisions add up to the counts published with the figures.")
    String log_intro();

    @Message("The verifier's command, in the Markguard repository:")
    String log_command();

    @Message("The services sent no decision log head with these figures.")
    String log_none();

    @Message("{logId}: {treeSize} decisions, head signed on {signedAt}, root hash")
    String log_head(String logId, long treeSize, String signedAt);
}
