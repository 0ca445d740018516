package io.markguard.merchant.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.markguard.merchant.Appeal;
import io.markguard.merchant.CodedText;
import io.markguard.merchant.LedgerStatus;
import io.markguard.merchant.Listing;
import io.markguard.merchant.Merchant;
import io.markguard.merchant.Sanction;
import io.markguard.merchant.SanctionMeasure;
import io.markguard.merchant.Violation;
import io.markguard.merchant.config.StatementRules;
import io.markguard.merchant.service.AppealService;
import io.markguard.merchant.service.EvidenceCheck;
import io.markguard.merchant.service.ListingSnapshots;
import io.markguard.merchant.service.Standing;
import io.markguard.merchant.service.StatementTexts;
import io.markguard.merchant.service.TransparencyExport;
import io.markguard.platform.paging.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The JSON the portal pages and other services read. Every deadline and expiry is an instant, and
 * every view carries {@code asOf} (the server's now), so a page can count down without guessing.
 * Mapping runs inside the caller's transaction.
 */
@ApplicationScoped
public class Views {

    public record Completeness(int filled, int required, int percent, List<String> missing) {
    }

    public record TraderIdentityView(String legalName, String address, String phone, String email,
            String identityDocumentRef, String tradeRegisterNumber, boolean selfCertified, Instant selfCertifiedAt,
            Instant updatedAt, Completeness completeness) {
    }

    public record MerchantView(long id, String username, Instant enrolledAt, String displayName,
            TraderIdentityView traderIdentity) {
    }

    /** {@code offSaleBecause}: why a HELD or SUSPENDED listing is not on sale (see the README); empty otherwise. */
    public record ListingRef(long id, String title, String url, String status, String offSaleBecause) {
    }

    /**
     * {@code endReason} and {@code policyClause} are English; {@code coded} holds the same as codes and parameters
     * ({@code StatementTexts}), for a reader in another language.
     */
    public record SanctionView(long id, long merchantId, String measure, String status, Instant decidedAt,
            Instant expiresAt, Instant endedAt, String endReason, String policyVersion, String policyClause,
            Instant appealDeadline, boolean appealable, Long openAppealId, ListingRef listing, String brandName,
            String complaintItemId, String statementOfReasons, CodedReasons coded, Instant asOf) {
    }

    /** The clause, the facts and (once ended) the end reason of a sanction as codes and parameters. */
    public record CodedReasons(CodedText clause, CodedText facts, CodedText endReason) {
    }

    /**
     * The severity the violation weighs and why: {@code source} REVIEWER (chosen by {@code reviewer}),
     * POLICY_DEFAULT (the policy's default for the type and {@code reasonCode}) or FAST_TRACK (the type's default).
     */
    public record SeverityView(String severity, int points, String source, String reviewer, String reasonCode) {
    }

    public record ViolationView(long id, String complaintItemId, ListingRef listing, String brandName,
            String infringementType, String severity, String severitySource, int points, Instant decidedAt,
            Instant expiresAt, String status) {
    }

    public record NextStep(String level, int atPoints, int pointsToGo) {
    }

    /**
     * {@code listingBlockedUntil} is empty with {@code mayList} false when the merchant is terminated. The
     * sanctions in force and the active violations are counted here and listed by their own paged endpoints.
     */
    public record StandingView(long merchantId, String merchantName, Instant asOf, String policyVersion,
            String level, int activePoints, boolean mayList, boolean newListingsHeld, Instant listingBlockedUntil,
            NextStep nextStep, long sanctionsInForceCount, long activeViolationCount, String offSale,
            PendingTermination pendingTermination) {
    }

    /** A termination waiting for a second reviewer, as its merchant and reviewers see it on the standing. */
    public record PendingTermination(long id, Instant proposedAt, Instant deadline) {
    }

    /**
     * A proposed termination as reviewers see it; {@code proposedBy} empty when the ladder proposed it;
     * {@code policyClause} and {@code facts} in English, {@code coded} the same as codes and parameters.
     */
    public record TerminationView(long id, long merchantId, String merchantName, String status, Instant proposedAt,
            String proposedBy, String reason, String policyClause, String facts, long violationId,
            ListingRef listing, String brandName, Instant deadline, boolean overdue, Instant decidedAt,
            String decidedBy, String decisionReason, Long sanctionId, CodedReasons coded, Instant asOf) {
    }

    public record IpRightView(String office, String registrationNumber, String mark) {
    }

    public record Decision(String measure, String summary, Instant takenAt, Instant endsAt, String status) {
    }

    public record Ground(String type, String legalGround, IpRightView ipRight, String infringementType,
            String policyVersion, String policyClause) {
    }

    public record Redress(Instant appealDeadline, boolean appealable, String appealHow, Long openAppealId,
            String outOfCourtAndJudicial) {
    }

    /**
     * The statement of reasons (DSA Art. 17) for one sanction; {@code facts}, the decision's {@code summary} and the
     * ground's texts in English, {@code coded} and {@code severity} as codes for rendering in another language.
     */
    public record StatementOfReasonsView(long sanctionId, String puid, Decision decision, String facts,
            Ground ground, boolean automatedDetection, boolean automatedDecision, String channel,
            ListingRef listing, String complainant, Redress redress, CodedReasons coded, SeverityView severity,
            Instant asOf) {
    }

    public record EvidenceView(long id, String filename, String mediaType, long sizeBytes, String sha256,
            Instant uploadedAt, String download) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record AppealView(long id, long sanctionId, long merchantId, String merchantName, String status,
            String explanation, Instant filedAt, Instant brandAnswerDeadline, Instant decisionDeadline,
            Instant brandNotifiedAt, String brandAnswer, Instant brandAnsweredAt, Instant decidedAt,
            String decisionReason, String sanctionMeasure, String brandName, ListingRef listing,
            List<EvidenceView> evidence, Instant asOf, String brandId, Long rightId, List<String> brandAnswerEvidence,
            String decisionReasonCode, FourEyes fourEyes) {
    }

    /**
     * Who may decide the appeal, for reviewers and admins only (absent for anyone else): the takedown was decided by
     * a reviewer ({@code REVIEWER}, {@code originalDecider} their subject), by the fast track ({@code AUTOMATED}: any
     * reviewer may decide), or before merchant-service learnt who ({@code UNKNOWN}); {@code mayDecide} whether the
     * caller may decide it, {@code barredBecause} {@code ORIGINAL_DECIDER} when not.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FourEyes(String originalDecision, String originalDecider, boolean mayDecide, String barredBecause) {
    }

    public record Seller(long merchantId, String name) {
    }

    /** A listing as complaint-service keeps it as evidence: {@code snapshotSha256} hashes the exact {@code snapshot}. */
    public record ListingSnapshot(long id, String url, String title, String brandClaimed, BigDecimal price,
            String currency, String status, String offSaleBecause, Seller seller, String snapshot,
            String snapshotSha256, Instant asOf) {
    }

    @Inject
    Clock clock;

    @Inject
    StatementRules statementRules;

    @Inject
    AppealService appeals;

    @Inject
    Caller caller;

    public MerchantView merchant(Merchant m) {
        return new MerchantView(m.id, m.username, m.enrolledAt, m.displayName(), identity(m));
    }

    public TraderIdentityView identity(Merchant m) {
        List<String> missing = m.missingIdentityFields();
        int filled = Merchant.IDENTITY_FIELDS - missing.size();
        return new TraderIdentityView(m.legalName, m.address, m.phone, m.email, m.identityDocumentRef,
                m.tradeRegisterNumber, m.selfCertifiedAt != null, m.selfCertifiedAt, m.identityUpdatedAt,
                new Completeness(filled, Merchant.IDENTITY_FIELDS, filled * 100 / Merchant.IDENTITY_FIELDS, missing));
    }

    public StandingView standing(Standing s) {
        NextStep next = s.nextStep().map(m -> new NextStep(m.name(), s.nextStepAt().orElseThrow(),
                s.nextStepAt().orElseThrow() - s.activePoints())).orElse(null);
        return new StandingView(s.merchant().id, s.merchant().displayName(), s.asOf(), s.policyVersion(),
                s.step().map(Enum::name).orElse("GOOD_STANDING"), s.activePoints(), s.mayList(), s.newListingsHeld(),
                s.listingBlockedUntil().orElse(null), next, s.sanctionsInForce(), s.activeViolations(),
                s.offSale().name(), s.pendingTermination()
                        .map(t -> new PendingTermination(t.id, t.proposedAt, t.deadline)).orElse(null));
    }

    public ListingRef listing(Listing l) {
        return new ListingRef(l.id, l.title, l.url, l.status.name(), l.offSaleReason());
    }

    /** One sanction on its own: its open appeal is looked up. */
    public SanctionView sanction(Sanction s) {
        return sanction(s, appeals.openAgainst(s).map(a -> a.id).orElse(null));
    }

    /** A sanction of a list, whose open appeal was read with it. */
    public SanctionView sanction(Sanction s, Long open) {
        Instant now = clock.instant();
        return new SanctionView(s.id, s.merchant.id, s.measure.name(), status(s, now), s.decidedAt, s.expiresAt,
                s.endedAt, s.endReason() == null ? null : StatementTexts.endReason(s.endReason()), s.policyVersion,
                StatementTexts.clause(s.clause()), s.appealDeadline, appealable(s, now, open),
                open, listing(s.violation.listing), s.violation.brandName, s.violation.complaintItemId,
                "/api/sanctions/" + s.id + "/statement-of-reasons", coded(s), now);
    }

    public static CodedReasons coded(Sanction s) {
        return new CodedReasons(s.clause(), s.facts(), s.endReason());
    }

    public static SeverityView severity(Violation v) {
        return new SeverityView(v.severity.name(), v.points, v.severitySource.name(), v.severityReviewer, v.reasonCode);
    }

    public TerminationView termination(io.markguard.merchant.TerminationReview t) {
        Instant now = clock.instant();
        return new TerminationView(t.id, t.merchant.id, t.merchant.displayName(), t.status.name(), t.proposedAt,
                t.proposedBy, t.reason, t.policyClause, t.facts, t.violation.id, listing(t.violation.listing),
                t.violation.brandName, t.deadline,
                t.status == io.markguard.merchant.TerminationStatus.PENDING && !t.deadline.isAfter(now), t.decidedAt,
                t.decidedBy, t.decisionReason, t.sanction == null ? null : t.sanction.id,
                new CodedReasons(t.clause(), t.facts(), null), now);
    }

    public ViolationView violation(Violation v) {
        return new ViolationView(v.id, v.complaintItemId, listing(v.listing), v.brandName,
                v.infringementType.name(), v.severity.name(), v.severitySource.name(), v.points, v.decidedAt,
                v.expiresAt, v.status.name());
    }

    public StatementOfReasonsView statement(Sanction s) {
        Instant now = clock.instant();
        Violation v = s.violation;
        Long open = appeals.openAgainst(s).map(a -> a.id).orElse(null);
        IpRightView right = new IpRightView(v.ipOffice, v.ipRegistrationNumber, v.ipMark);
        Ground ground = s.measure.onAccount()
                ? new Ground("TERMS_AND_CONDITIONS", "Penalty policy " + s.policyVersion + " of the marketplace's terms",
                        right, v.infringementType.name(), s.policyVersion, StatementTexts.clause(s.clause()))
                : new Ground("ILLEGAL_CONTENT", TransparencyExport.legalGround(v.infringementType), right,
                        v.infringementType.name(), s.policyVersion, StatementTexts.clause(s.clause()));
        Redress redress = new Redress(s.appealDeadline, appealable(s, now, open),
                "POST /api/sanctions/" + s.id + "/appeals (multipart: explanation, evidence)", open,
                statementRules.externalRedress());
        return new StatementOfReasonsView(s.id, s.puid,
                new Decision(s.measure.name(), summary(s.measure), s.decidedAt, s.expiresAt, status(s, now)),
                StatementTexts.facts(s.facts()), ground, v.automatedDetection, s.automatedDecision, v.channel.name(),
                listing(v.listing), v.brandName, redress, coded(s), severity(v), now);
    }

    /** One appeal on its own: its documents are looked up. */
    public AppealView appeal(Appeal a) {
        return appeal(a, appeals.evidenceOf(a));
    }

    /** A page of appeals, read with their sanctions; the documents of all of them in one query. */
    public Page<AppealView> appeals(Page<Appeal> page) {
        return new Page<>(appeals(page.items()), page.nextCursor());
    }

    /** Appeals read with their sanctions; the documents of all of them in one query. */
    public List<AppealView> appeals(List<Appeal> list) {
        Map<Long, List<AppealService.EvidenceInfo>> evidence = appeals.evidenceOf(list.stream().map(a -> a.id).toList());
        return list.stream().map(a -> appeal(a, evidence.getOrDefault(a.id, List.of()))).toList();
    }

    public AppealView appeal(Appeal a, List<AppealService.EvidenceInfo> documents) {
        Sanction s = a.sanction;
        List<EvidenceView> evidence = documents.stream()
                .map(e -> new EvidenceView(e.id(), e.filename(), e.mediaType(), e.sizeBytes(), e.sha256(), e.uploadedAt(),
                        "/api/appeals/" + a.id + "/evidence/" + e.id()))
                .toList();
        return new AppealView(a.id, s.id, a.merchant.id, a.merchant.displayName(), a.status.name(), a.explanation,
                a.filedAt, a.brandAnswerDeadline, a.decisionDeadline, a.brandNotifiedAt, a.brandAnswer,
                a.brandAnsweredAt, a.decidedAt, a.decisionReason, s.measure.name(), s.violation.brandName,
                listing(s.violation.listing), evidence, clock.instant(), a.brandId, a.rightId,
                a.brandAnswerEvidence == null ? List.of() : List.of(a.brandAnswerEvidence), a.decisionReasonCode,
                caller.staff() ? fourEyes(s.violation, caller.subject()) : null);
    }

    /** The four-eyes state of an appeal against the violation, for the reviewer {@code reader}. */
    static FourEyes fourEyes(Violation v, String reader) {
        AppealService.OriginalDecision original = AppealService.originalDecision(v);
        boolean barred = original == AppealService.OriginalDecision.REVIEWER && v.decidedBy.equals(reader)
                || reader.equals(v.checkedBy);
        return new FourEyes(original.name(), original == AppealService.OriginalDecision.REVIEWER ? v.decidedBy : null,
                !barred, barred ? AppealService.ORIGINAL_DECIDER : null);
    }

    public ListingSnapshot snapshot(Listing l) {
        String snapshot = ListingSnapshots.canonical(l);
        return new ListingSnapshot(l.id, l.url, l.title, l.brandClaimed, l.price, l.currency, l.status.name(),
                l.offSaleReason(), new Seller(l.merchant.id, l.merchant.displayName()), snapshot,
                EvidenceCheck.sha256(snapshot.getBytes(StandardCharsets.UTF_8)),
                clock.instant());
    }

    /** ACTIVE as stored may already be past its expiry when the job has not yet run; the view says EXPIRED then. */
    private static String status(Sanction s, Instant now) {
        if (s.status == LedgerStatus.ACTIVE && !s.inForce(now)) {
            return LedgerStatus.EXPIRED.name();
        }
        return s.status.name();
    }

    private static boolean appealable(Sanction s, Instant now, Long openAppeal) {
        return s.status != LedgerStatus.REVERSED && !now.isAfter(s.appealDeadline) && openAppeal == null;
    }

    private static String summary(SanctionMeasure measure) {
        return switch (measure) {
            case LISTING_REMOVED -> "The listing was removed from the marketplace.";
            case WARNING -> "A formal warning was recorded on the merchant account.";
            case RESTRICTED -> "New listings of the merchant are held until a reviewer releases them.";
            case SUSPENDED_7D, SUSPENDED_14D -> "The merchant account is suspended: no listing may be offered until the end date.";
            case TERMINATED -> "The merchant account is terminated.";
        };
    }
}
