package io.markguard.portal.web;

import io.markguard.portal.client.MerchantRestClient.Coded;
import io.markguard.portal.client.MerchantRestClient.SeverityView;
import io.quarkus.qute.i18n.Localized;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Statements of reasons, reasons and end reasons in the reader's language, from the codes and parameters
 * merchant-service states them in (its {@code StatementTexts} lists the codes; its English fields are for API
 * clients). A code this portal does not know yet shows merchant-service's English rather than nothing.
 */
@ApplicationScoped
public class ReasonTexts {

    @Inject
    PortalMessages en;

    @Inject
    @Localized("zh-CN")
    PortalMessages zh;

    @Inject
    ComplaintMessages cmEn;

    @Inject
    @Localized("zh-CN")
    ComplaintMessages cmZh;

    /** The texts in one language. */
    public In in(Language language) {
        return language == Language.SIMPLIFIED_CHINESE ? new In(zh, cmZh) : new In(en, cmEn);
    }

    public record In(PortalMessages m, ComplaintMessages cm) {

        /** The policy clause, without the policy version the page shows beside it. */
        public String clause(Coded c, String english) {
            if (c == null) {
                return english == null ? "" : m.merchant_legacy(english);
            }
            return switch (c.code()) {
                case "REMOVAL_ON_NOTICE" -> m.merchant_clause_removal(m.merchant_infringement(p(c, "infringementType")),
                        m.merchant_severity(p(c, "severity")), p(c, "points"), p(c, "days"));
                case "POINTS_THRESHOLD" -> m.merchant_clause_points(p(c, "threshold"), m.merchant_measure(p(c, "measure")));
                case "REPEAT_INFRINGER" -> m.merchant_clause_repeat(p(c, "distinctBrands"), p(c, "windowDays"),
                        m.merchant_measure(p(c, "measure")));
                case "TERMINATION_ON_PROPOSAL" -> m.merchant_clause_termination_proposal();
                case "LEGACY" -> m.merchant_legacy(p(c, "text"));
                default -> m.merchant_legacy(english == null ? "" : english);
            };
        }

        public String facts(Coded f, String english) {
            if (f == null) {
                return english == null ? "" : m.merchant_legacy(english);
            }
            return switch (f.code()) {
                case "REMOVAL_ON_NOTICE" -> m.merchant_facts_removal(time(p(f, "decidedAt")), p(f, "brandName"),
                        p(f, "listingId"), p(f, "listingTitle"), p(f, "listingUrl"),
                        m.merchant_infringement(p(f, "infringementType")),
                        p(f, "ipOffice") + " " + p(f, "ipRegistrationNumber") + " \u201c" + p(f, "ipMark") + "\u201d",
                        m.merchant_channel_name(p(f, "channel")), Boolean.parseBoolean(p(f, "automated")),
                        severity(p(f, "severity"), p(f, "severitySource"), p(f, "reviewer"), p(f, "reasonCode"),
                                p(f, "infringementType")),
                        p(f, "explanation"));
                case "POINTS_STEP" -> m.merchant_facts_step(p(f, "listingId"), p(f, "listingTitle"), false,
                        p(f, "activePoints"), p(f, "policyVersion"),
                        m.merchant_clause_points(p(f, "threshold"), m.merchant_measure(p(f, "measure"))));
                case "REPEAT_INFRINGER_STEP" -> m.merchant_facts_step(p(f, "listingId"), p(f, "listingTitle"), true,
                        p(f, "activePoints"), p(f, "policyVersion"), m.merchant_clause_repeat(p(f, "distinctBrands"),
                                p(f, "windowDays"), m.merchant_measure(p(f, "measure"))));
                case "TERMINATION_PROPOSED" -> m.merchant_facts_termination_proposed(p(f, "listingId"),
                        p(f, "listingTitle"), p(f, "reason"));
                case "LEGACY" -> m.merchant_legacy(p(f, "text"));
                default -> m.merchant_legacy(english == null ? "" : english);
            };
        }

        /** Which severity a removal weighs and why; empty for a statement without one. */
        public String severity(SeverityView s, String infringementType) {
            return s == null ? "" : severity(s.severity(), s.source(), s.reviewer(), s.reasonCode(), infringementType);
        }

        String severity(String severity, String source, String reviewer, String reasonCode, String type) {
            String level = m.merchant_severity(severity);
            String typeName = m.merchant_infringement(type);
            return switch (source == null ? "" : source) {
                case "REVIEWER" -> reviewer == null || reviewer.isBlank() ? m.merchant_severity_reviewer_unnamed(level)
                        : m.merchant_severity_reviewer(level, reviewer);
                case "FAST_TRACK" -> m.merchant_severity_fast_track(level, typeName);
                default -> reasonCode == null || reasonCode.isBlank() ? m.merchant_severity_policy(level, typeName)
                        : m.merchant_severity_policy_reason(level, typeName, cm.reason_code(reasonCode));
            };
        }

        /** Why a sanction or violation ended; empty while it has not. */
        public String endReason(Coded e, String english) {
            if (e == null) {
                return english == null ? "" : m.merchant_legacy(english);
            }
            if ("LEGACY".equals(e.code()) || !END_REASONS.contains(e.code())) {
                return m.merchant_legacy("LEGACY".equals(e.code()) ? p(e, "text") : english == null ? "" : english);
            }
            return m.merchant_end_reason(e.code(), p(e, "reason"), p(e, "appealId"));
        }

        /** What the measure does, as the statement's decision says it. */
        public String summary(String measure) {
            return m.merchant_measure_summary(measure);
        }

        /** The legal ground of a removal (the IP right's law), or of a step of the ladder (the marketplace's terms). */
        public String legalGround(String groundType, String infringementType, String policyVersion) {
            return "TERMS_AND_CONDITIONS".equals(groundType) ? m.merchant_terms_ground(policyVersion)
                    : m.merchant_legal_ground(infringementType);
        }

        /** An instant as the pages show times; anything else as it came. */
        private static String time(String instant) {
            try {
                return Views.time(java.time.Instant.parse(instant));
            } catch (java.time.format.DateTimeParseException notAnInstant) {
                return instant;
            }
        }

        private static String p(Coded c, String key) {
            String value = c.params() == null ? null : c.params().get(key);
            return value == null ? "" : value;
        }
    }

    static final java.util.List<String> END_REASONS = java.util.List.of("EXPIRED", "RETRACTED_BY_BRAND",
            "OVERTURNED_ON_REVIEW", "APPEAL_UPHELD");
}
