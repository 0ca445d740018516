package io.markguard.merchant.service;

import io.markguard.merchant.CodedText;
import io.markguard.merchant.InfringementType;
import java.util.List;
import java.util.Locale;

/**
 * The codes of what statements of reasons say (clauses, facts, end reasons) and their English rendering, for the
 * API's English fields, the English columns and the EU Transparency Database export. The portal renders the same
 * codes and parameters in English and Chinese (its {@code merchant_sor_*} messages); a code added here is added there.
 */
public final class StatementTexts {

    /** Clause of a removal on notice: {@code infringementType, severity, points, days}. */
    public static final String REMOVAL_ON_NOTICE = "REMOVAL_ON_NOTICE";
    /** Clause of a ladder step reached by points: {@code policyVersion, threshold, measure}. */
    public static final String POINTS_THRESHOLD = "POINTS_THRESHOLD";
    /** Clause of the repeat-infringer rule: {@code policyVersion, distinctBrands, windowDays, measure}. */
    public static final String REPEAT_INFRINGER = "REPEAT_INFRINGER";
    /** Clause of a termination a reviewer proposed and a second confirmed: {@code policyVersion}. */
    public static final String TERMINATION_ON_PROPOSAL = "TERMINATION_ON_PROPOSAL";
    public static final List<String> CLAUSES = List.of(REMOVAL_ON_NOTICE, POINTS_THRESHOLD, REPEAT_INFRINGER,
            TERMINATION_ON_PROPOSAL, CodedText.LEGACY);

    /**
     * Facts of a removal: {@code decidedAt, brandName, listingId, listingTitle, listingUrl, infringementType, ipOffice,
     * ipRegistrationNumber, ipMark, channel, automated, explanation}, and the severity with why:
     * {@code severity, severitySource, reviewer, reasonCode}.
     */
    public static final String REMOVAL_FACTS = "REMOVAL_ON_NOTICE";
    /** Facts of a step by points: {@code listingId, listingTitle, activePoints}, and the clause's parameters. */
    public static final String POINTS_STEP = "POINTS_STEP";
    /** Facts of a step by the repeat-infringer rule: as {@link #POINTS_STEP}. */
    public static final String REPEAT_INFRINGER_STEP = "REPEAT_INFRINGER_STEP";
    /** Facts of a termination a reviewer proposed: {@code listingId, listingTitle, reason}, as the reviewer wrote it. */
    public static final String TERMINATION_PROPOSED = "TERMINATION_PROPOSED";
    public static final List<String> FACTS = List.of(REMOVAL_FACTS, POINTS_STEP, REPEAT_INFRINGER_STEP,
            TERMINATION_PROPOSED, CodedText.LEGACY);

    /** The sanction or violation lapsed at its expiry. */
    public static final String EXPIRED = "EXPIRED";
    /** The brand retracted its complaint: {@code reason}, as the brand wrote it. */
    public static final String RETRACTED_BY_BRAND = "RETRACTED_BY_BRAND";
    /** A reviewer's spot check overturned the fast-track takedown: {@code reason}, as the reviewer wrote it. */
    public static final String OVERTURNED_ON_REVIEW = "OVERTURNED_ON_REVIEW";
    /** The merchant's appeal was upheld: {@code appealId, reason}, as the reviewer wrote it. */
    public static final String APPEAL_UPHELD = "APPEAL_UPHELD";
    public static final List<String> END_REASONS = List.of(EXPIRED, RETRACTED_BY_BRAND, OVERTURNED_ON_REVIEW,
            APPEAL_UPHELD, CodedText.LEGACY);

    private static final java.util.regex.Pattern WEB_ADDRESS = java.util.regex.Pattern.compile("https?://\\S+");

    private StatementTexts() {
    }

    public static String clause(CodedText c) {
        return switch (c.code()) {
            case REMOVAL_ON_NOTICE -> "Removal on notice: " + type(c.param("infringementType")) + ", severity "
                    + lower(c.param("severity")) + " = " + c.param("points") + " points for " + c.param("days") + " days";
            case POINTS_THRESHOLD -> "Policy " + c.param("policyVersion") + ": " + c.param("threshold")
                    + " active points or more give " + c.param("measure");
            case REPEAT_INFRINGER -> "Policy " + c.param("policyVersion") + ", repeat-infringer rule: violations from "
                    + c.param("distinctBrands") + " or more distinct brands within " + c.param("windowDays")
                    + " days give " + c.param("measure");
            case TERMINATION_ON_PROPOSAL -> "Policy " + c.param("policyVersion")
                    + ": termination on a reviewer's proposal, confirmed by a second reviewer";
            default -> c.param("text");
        };
    }

    public static String facts(CodedText f) {
        return switch (f.code()) {
            case REMOVAL_FACTS -> "On " + f.param("decidedAt") + " a notice by " + f.param("brandName")
                    + " reported listing " + f.param("listingId") + " (\"" + f.param("listingTitle") + "\", "
                    + f.param("listingUrl") + ") as " + type(f.param("infringementType")) + " of the right "
                    + f.param("ipOffice") + " " + f.param("ipRegistrationNumber") + " \"" + f.param("ipMark")
                    + "\". It was decided in the " + lower(f.param("channel")).replace('_', '-') + " channel"
                    + (Boolean.parseBoolean(f.param("automated")) ? " by automated means" : " by a reviewer")
                    + ". " + severity(f) + " The notice explained: " + f.param("explanation");
            case POINTS_STEP, REPEAT_INFRINGER_STEP -> "After the removal of listing " + f.param("listingId") + " (\""
                    + f.param("listingTitle") + "\"), the merchant "
                    + (f.code().equals(REPEAT_INFRINGER_STEP)
                            ? "had violations from several distinct brands within the repeat-infringer window; " : "")
                    + "held " + f.param("activePoints") + " active points. "
                    + clause(new CodedText(f.code().equals(REPEAT_INFRINGER_STEP) ? REPEAT_INFRINGER : POINTS_THRESHOLD,
                            f.params())) + ".";
            case TERMINATION_PROPOSED -> "After the removal of listing " + f.param("listingId") + " (\""
                    + f.param("listingTitle") + "\"), a reviewer proposed terminating the account: " + f.param("reason");
            default -> f.param("text");
        };
    }

    /**
     * The facts as the EU Transparency Database publishes them: the platform's own words from the structured record,
     * without what the statement does not need and what names a person — the listing's address and title, the
     * notifier's own text, a reviewer's name or words.
     */
    public static String publishedFacts(CodedText f) {
        return switch (f.code()) {
            case REMOVAL_FACTS -> "On " + f.param("decidedAt") + " listing " + f.param("listingId")
                    + " was notified under Art. 16 DSA as " + type(f.param("infringementType")) + " of the right "
                    + f.param("ipOffice") + " " + f.param("ipRegistrationNumber") + " \"" + f.param("ipMark")
                    + "\" by its holder or an agent the holder authorised. It was decided in the "
                    + lower(f.param("channel")).replace('_', '-') + " channel"
                    + (Boolean.parseBoolean(f.param("automated")) ? " by automated means" : " by a reviewer") + ". "
                    + publishedSeverity(f);
            case POINTS_STEP, REPEAT_INFRINGER_STEP -> "After the removal of listing " + f.param("listingId")
                    + ", the merchant "
                    + (f.code().equals(REPEAT_INFRINGER_STEP)
                            ? "had violations from several distinct brands within the repeat-infringer window; " : "")
                    + "held " + f.param("activePoints") + " active points. "
                    + clause(new CodedText(f.code().equals(REPEAT_INFRINGER_STEP) ? REPEAT_INFRINGER : POINTS_THRESHOLD,
                            f.params())) + ".";
            case TERMINATION_PROPOSED -> "After the removal of listing " + f.param("listingId")
                    + ", a reviewer proposed terminating the account under the penalty policy and a second reviewer"
                    + " confirmed it.";
            default -> WEB_ADDRESS.matcher(f.param("text")).replaceAll("(address withheld)");
        };
    }

    /**
     * Why the removed listing was illegal, as the database publishes it: the right, the type and how the notice was
     * decided, from the record; the notifier's own explanation stays with the notice.
     */
    public static String publishedExplanation(CodedText f, String infringementType, String right) {
        String decided = REMOVAL_FACTS.equals(f.code())
                ? ("FAST_TRACK".equals(f.param("channel"))
                        ? "the notice came on the fast track of a verified holder of the right with an accurate record of"
                                + " notices, and the listing was removed on receipt, subject to review"
                        : "a reviewer examined the notice with its evidence and confirmed the infringement"
                                + (f.param("reasonCode").isEmpty() ? "" : " (" + reason(f.param("reasonCode")) + ")"))
                : "the notice was examined and the infringement confirmed";
        return "The holder of the right " + right + ", or an agent it authorised, notified the listing as "
                + type(infringementType) + " of that right; " + decided + ".";
    }

    private static String publishedSeverity(CodedText f) {
        String severity = "Severity " + lower(f.param("severity")) + ": ";
        return switch (f.param("severitySource")) {
            case "REVIEWER" -> severity + "chosen by the reviewer.";
            case "FAST_TRACK" -> severity + "the fast-track default for " + type(f.param("infringementType")) + ".";
            default -> severity + "the penalty policy's default for " + type(f.param("infringementType"))
                    + (f.param("reasonCode").isEmpty() ? "" : " accepted as " + reason(f.param("reasonCode"))) + ".";
        };
    }

    /** Which severity the removal weighs and why. */
    public static String severity(CodedText f) {
        String severity = "Severity " + lower(f.param("severity")) + ": ";
        return switch (f.param("severitySource")) {
            case "REVIEWER" -> severity + (f.param("reviewer").isEmpty() ? "chosen by the reviewer."
                    : "chosen by reviewer " + f.param("reviewer") + ".");
            case "FAST_TRACK" -> severity + "the fast-track default for " + type(f.param("infringementType")) + ".";
            default -> severity + "the penalty policy's default for " + type(f.param("infringementType"))
                    + (f.param("reasonCode").isEmpty() ? "" : " accepted as " + reason(f.param("reasonCode"))) + ".";
        };
    }

    public static String endReason(CodedText e) {
        return switch (e.code()) {
            case EXPIRED -> "expired";
            case RETRACTED_BY_BRAND -> "Complaint retracted by the brand: " + e.param("reason");
            case OVERTURNED_ON_REVIEW -> "Fast-track takedown overturned on review: " + e.param("reason");
            case APPEAL_UPHELD -> "Appeal " + e.param("appealId") + " upheld: " + e.param("reason");
            default -> e.param("text");
        };
    }

    /** As the penalty policy names a type: {@code counterfeit}, {@code trademark-misuse}. */
    private static String type(String code) {
        try {
            return InfringementType.valueOf(code).policyKey();
        } catch (IllegalArgumentException e) {
            return code;
        }
    }

    private static String reason(String code) {
        return lower(code).replace('_', ' ');
    }

    private static String lower(String code) {
        return code.toLowerCase(Locale.ROOT);
    }
}
