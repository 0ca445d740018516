package io.markguard.portal.web;

import io.markguard.platform.csv.SpreadsheetCsv;
import io.markguard.portal.client.ComplaintRestClient.ChannelTimes;
import io.markguard.portal.client.ComplaintRestClient.Volume;
import io.markguard.portal.client.MerchantRestClient.MeasureCount;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.commons.csv.CSVFormat;

/**
 * The yearly figures as the quantitative template of the EU's harmonised transparency reports: Commission
 * Implementing Regulation (EU) 2024/2835, Annex I, Part II, point 1. Section names are the template's headings
 * 1.1 to 1.8; field names follow its rows and the wording of DSA Art. 15(1), 24(1) and 42 that each section
 * implements. Markguard fills what it records; a field it does not record says {@link #NOT_APPLICABLE}, a field
 * that depends on a service it could not read is left empty.
 */
public final class EuTransparencyTemplate {

    static final String NOT_APPLICABLE = "not applicable";

    static final String IDENTIFICATION = "1.1 Report identification";
    static final String ORDERS = "1.2 Article 15(1)(a). Member State orders";
    static final String NOTICES = "1.3 Article 15(1)(b). Notices submitted in accordance with Article 16 of Regulation (EU) 2022/2065";
    static final String OWN_INITIATIVE = "1.4 Article 15(1)(c). Meaningful and comprehensible information on own-initiative content moderation";
    static final String COMPLAINTS = "1.5 Articles 15(1)(d), 24(1)(a) and 24(1)(b). Internal complaints mechanism, out-of-court dispute settlement bodies and suspensions imposed on repeated offenders";
    static final String AUTOMATED = "1.6 Article 15(1)(b)(c)(e) and Article 42(2)(c). Use of automated means for content moderation and indicators of accuracy";
    static final String HUMAN_RESOURCES = "1.7 Articles 42(2)(a) and 42(2)(b). Human resources dedicated to content moderation";
    static final String RECIPIENTS = "1.8 Article 42(3). Average monthly active recipients of the service";

    /** Illegal content as the template's categories name it: every Markguard notice alleges an IP infringement. */
    static final String IP_INFRINGEMENTS = "Intellectual property infringements";

    private EuTransparencyTemplate() {
    }

    static String csv(TransparencyViews.Report r, String providerName, String serviceName) {
        StringBuilder out = new StringBuilder();
        try (SpreadsheetCsv csv = new SpreadsheetCsv(out, CSVFormat.RFC4180.builder()
                .setHeader("section", "field", "breakdown", "value").get())) {
            var f = r.figures();
            var m = r.merchants();
            csv.printRecord(IDENTIFICATION, "Name of the service provider", "", providerName);
            csv.printRecord(IDENTIFICATION, "Name of the service", "", serviceName);
            csv.printRecord(IDENTIFICATION, "Type of service", "", "Online platform (online marketplace)");
            csv.printRecord(IDENTIFICATION, "Reporting period start date", "", r.fromDay());
            csv.printRecord(IDENTIFICATION, "Reporting period end date", "", r.toDay());
            csv.printRecord(IDENTIFICATION, "Date of generation", "", f.generatedAt() == null ? "" : f.generatedAt().toString());
            // Not a field of the template: the signed decision log heads the figures were computed with.
            for (TransparencyViews.LogHeadView h : r.logHeads()) {
                csv.printRecord(IDENTIFICATION, "Decision log signed tree head", h.logId(),
                        h.treeSize() + " decisions, signed " + h.signedAt() + ", root hash " + h.rootHash());
            }

            // Markguard acts on rights holders' notices; orders of Member State authorities do not reach it.
            csv.printRecord(ORDERS, "Number of orders to act against illegal content (Art. 9)", "", NOT_APPLICABLE);
            csv.printRecord(ORDERS, "Number of orders to provide information (Art. 10)", "", NOT_APPLICABLE);
            csv.printRecord(ORDERS, "Median time to inform the authority of the receipt of the order", "", NOT_APPLICABLE);
            csv.printRecord(ORDERS, "Median time to give effect to the order", "", NOT_APPLICABLE);

            csv.printRecord(NOTICES, "Number of notices submitted", "total", f.notices());
            for (Volume v : f.byInfringementType()) {
                csv.printRecord(NOTICES, "Number of items of specific information notified, by type of alleged illegal content",
                        IP_INFRINGEMENTS + ": " + v.key(), v.items());
            }
            csv.printRecord(NOTICES, "Number of items of specific information notified, by type of alleged illegal content",
                    IP_INFRINGEMENTS + ": total", f.items());
            // Fast-track brands are trusted by the platform's own rule, not awarded status under Art. 22.
            csv.printRecord(NOTICES, "Number of notices submitted by trusted flaggers", "", NOT_APPLICABLE);
            csv.printRecord(NOTICES, "Number of actions taken on the basis of the notices, by type of restriction",
                    "Removal of the listing", f.takedowns());
            csv.printRecord(NOTICES, "Number of actions taken on the basis of the notices, by basis of the action",
                    "Illegal content (intellectual property law)", r.accepted());
            csv.printRecord(NOTICES, "Number of actions taken on the basis of the notices, by basis of the action",
                    "Incompatibility with the terms and conditions", NOT_APPLICABLE);
            csv.printRecord(NOTICES, "Number of notices on which no action was taken", "rejected after review", r.rejected());
            csv.printRecord(NOTICES, "Number of notices processed by using automated means", "fast track", r.automated());
            for (ChannelTimes t : f.timeToAction()) {
                csv.printRecord(NOTICES, "Median time needed for taking action (hours)", channel(t.channel()), t.medianHours());
            }

            csv.printRecord(OWN_INITIATIVE, "Number of own-initiative content moderation decisions", "",
                    "not applicable: every removal follows a notice");
            if (m == null) {
                csv.printRecord(OWN_INITIATIVE, "Number of measures on the account of the recipient, by type of restriction",
                        "", "");
            } else {
                for (MeasureCount s : m.sanctions()) {
                    csv.printRecord(OWN_INITIATIVE, "Number of measures on the account of the recipient, by type of restriction",
                            s.measure(), s.sanctions());
                }
            }

            csv.printRecord(COMPLAINTS, "Number of complaints received through the internal complaint-handling system (Art. 20)",
                    "", m == null ? "" : m.appeals().filed());
            csv.printRecord(COMPLAINTS, "Number of complaints, by outcome", "initial decision reversed",
                    m == null ? "" : m.appeals().upheld());
            csv.printRecord(COMPLAINTS, "Number of complaints, by outcome", "initial decision upheld",
                    m == null ? "" : m.appeals().denied());
            csv.printRecord(COMPLAINTS, "Number of complaints, by outcome", "pending", m == null ? "" : m.appeals().open());
            csv.printRecord(COMPLAINTS, "Median time needed for taking the decisions on complaints (hours)", "",
                    m == null ? "" : m.appeals().medianHoursToDecision());
            csv.printRecord(COMPLAINTS, "Number of disputes submitted to out-of-court dispute settlement bodies (Art. 21)", "",
                    NOT_APPLICABLE);
            csv.printRecord(COMPLAINTS, "Number of suspensions imposed pursuant to Article 23",
                    "provision of manifestly illegal content", m == null ? "" : r.merchantSuspensions());
            csv.printRecord(COMPLAINTS, "Number of suspensions imposed pursuant to Article 23",
                    "submission of manifestly unfounded notices", f.filingSuspensions());
            csv.printRecord(COMPLAINTS, "Number of suspensions imposed pursuant to Article 23",
                    "submission of manifestly unfounded complaints", NOT_APPLICABLE);

            var s = f.spotChecksOrNone();
            csv.printRecord(AUTOMATED, "Use of automated means for content moderation", "fast track for trusted brands", "yes");
            csv.printRecord(AUTOMATED, "Number of content moderation decisions taken by automated means", "fast track",
                    s.fastTrackActioned());
            csv.printRecord(AUTOMATED, "Indicators of accuracy", "decisions drawn for human review", s.drawn());
            csv.printRecord(AUTOMATED, "Indicators of accuracy", "decisions reviewed by a human", s.checked());
            csv.printRecord(AUTOMATED, "Indicators of accuracy", "decisions upheld on review", s.upheld());
            csv.printRecord(AUTOMATED, "Indicators of accuracy", "decisions overturned on review", s.overturned());
            csv.printRecord(AUTOMATED, "Indicators of accuracy", "accuracy (upheld / reviewed)", s.accuracy());
            csv.printRecord(AUTOMATED, "Possible rate of error", "overturned / reviewed", s.errorRate());

            // Art. 42 applies to very large online platforms only.
            csv.printRecord(HUMAN_RESOURCES, "Number of human resources dedicated to content moderation", "", NOT_APPLICABLE);
            csv.printRecord(RECIPIENTS, "Average monthly active recipients of the service in the Union", "", NOT_APPLICABLE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String channel(String channel) {
        return "FAST_TRACK".equals(channel) ? "fast track (automated)" : "standard (human review)";
    }
}
