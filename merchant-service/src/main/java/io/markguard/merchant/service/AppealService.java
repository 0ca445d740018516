package io.markguard.merchant.service;

import io.markguard.platform.problem.Refusal;
import io.markguard.merchant.Appeal;
import io.markguard.merchant.AppealReason;
import io.markguard.merchant.AppealStatus;
import io.markguard.merchant.Evidence;
import io.markguard.merchant.LedgerStatus;
import io.markguard.merchant.Merchant;
import io.markguard.merchant.Sanction;
import io.markguard.merchant.Violation;
import io.markguard.merchant.config.AppealRules;
import io.markguard.merchant.outbox.ComplaintReversalRoute;
import io.markguard.platform.idempotency.Idempotency;
import io.markguard.platform.idempotency.IdempotencyKey;
import io.markguard.platform.notify.Notification;
import io.markguard.platform.notify.Notifications;
import io.markguard.platform.notify.Recipient;
import io.markguard.platform.outbox.Outbox;
import io.markguard.platform.outbox.OutboxRelay;
import io.markguard.platform.paging.Cursor;
import io.markguard.platform.paging.Page;
import io.markguard.platform.paging.PageSize;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Appeals against sanctions (DSA Art. 20): filing, the brand's answer, the reviewer's decision, and who reads them. */
@ApplicationScoped
public class AppealService {

    public enum Outcome {
        UPHELD,
        DENIED
    }

    /** The reviewers' queue, by decision deadline. */
    public static final String QUEUE = "appeal-queue";
    /** A brand user's appeals to answer, by answer deadline. */
    public static final String ANSWERS = "appeal-answers";
    /** A merchant's own appeals, the latest filed first. */
    public static final String OF_MERCHANT = "merchant-appeals";
    /** A brand's appeals awaiting its answer, by answer deadline. */
    public static final String AWAITING = "brand-appeals-awaiting";

    /** Why a reviewer may not decide an appeal: they decided the takedown it is against. */
    public static final String ORIGINAL_DECIDER = "ORIGINAL_DECIDER";
    /** complaint-service's name for the fast track as decider. */
    static final String FAST_TRACK = "fast-track";

    /** Who decided the takedown an appeal is against: a reviewer, the fast track, or not recorded (older takedowns). */
    public enum OriginalDecision {
        REVIEWER,
        AUTOMATED,
        UNKNOWN
    }

    public static OriginalDecision originalDecision(Violation v) {
        if (v.automatedDecision || FAST_TRACK.equals(v.decidedBy)) {
            return OriginalDecision.AUTOMATED;
        }
        return v.decidedBy == null || v.decidedBy.isBlank() ? OriginalDecision.UNKNOWN : OriginalDecision.REVIEWER;
    }

    /** The rights of a brand a member's list covers: all, or these. */
    public record BrandScope(boolean allRights, List<Long> rightIds) {
    }

    /** What a view of an appeal and its sanction shows, read with the appeal in one query. */
    private static final String FETCHED = """
            select a from Appeal a join fetch a.sanction s join fetch s.violation v join fetch v.listing
            join fetch a.merchant
            """;

    /** A document of an appeal as lists show it: everything but its content. */
    public record EvidenceInfo(long id, String filename, String mediaType, long sizeBytes, String sha256,
            Instant uploadedAt) {
    }

    /** The filed appeal; {@code replayed} when the same Idempotency-Key had filed it before. */
    public record Filed(Appeal appeal, boolean replayed) {
    }

    private record Filing(Filed filed, Long brandNoticeId) {
    }

    @Inject
    MerchantNotifications told;

    @Inject
    io.markguard.merchant.outbox.ComplaintBrandEventRoute brandEvents;

    @Inject
    MerchantDecisionLog decisionLog;

    @Inject
    Idempotency idempotency;

    @Inject
    AppealRules rules;

    @Inject
    EvidenceCheck evidenceCheck;

    @Inject
    PenaltyLedger ledger;

    @Inject
    Outbox outbox;

    @Inject
    OutboxRelay relay;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    LedgerFigures figures;

    @Inject
    Notifications notifications;

    /**
     * Files the merchant's appeal. The brand's members who may answer are told through the outbox: the notification
     * is written with the appeal, handed to the portal by this request once it has committed (so the answer shows
     * whether the brand was told), and retried by the outbox sender while the portal is away.
     */
    public Filed file(long merchantId, long sanctionId, String explanation, List<EvidenceUpload> uploads,
            IdempotencyKey idempotencyKey) {
        List<EvidenceCheck.Checked> evidence = evidenceCheck.check(uploads);
        Filing filing = QuarkusTransaction.requiringNew()
                .call(() -> fileInTransaction(merchantId, sanctionId, explanation, evidence, idempotencyKey));
        if (filing.brandNoticeId() != null) {
            relay.deliverNow(List.of(filing.brandNoticeId()));
        }
        return filing.filed();
    }

    Filing fileInTransaction(long merchantId, long sanctionId, String explanation,
            List<EvidenceCheck.Checked> evidence, IdempotencyKey idempotencyKey) {
        Merchant merchant = Merchant.findById(merchantId);
        String subject = "merchant:" + merchantId;
        String scope = "appeal:" + sanctionId;
        String fingerprint = idempotency.fingerprint(
                List.of(explanation, evidence.stream().map(e -> e.filename() + " " + e.sha256()).toList()));
        Optional<String> earlier = idempotency.earlier(subject, scope, idempotencyKey, fingerprint);
        if (earlier.isPresent()) {
            return new Filing(new Filed(Appeal.findById(Long.valueOf(earlier.get())), true), null);
        }
        // Locking the sanction makes "one open appeal per sanction" hold against concurrent filings.
        Sanction sanction = Sanction.getEntityManager().find(Sanction.class, sanctionId, LockModeType.PESSIMISTIC_WRITE);
        if (sanction == null || !sanction.merchant.id.equals(merchantId)) {
            throw Refusal.notFound("sanction");
        }
        Instant now = clock.instant();
        if (sanction.status == LedgerStatus.REVERSED) {
            throw Refusal.conflict("sanctionId", "Sanction " + sanctionId + " has already been reversed.");
        }
        if (now.isAfter(sanction.appealDeadline)) {
            throw Refusal.conflict("sanctionId", "The appeal window of sanction " + sanctionId + " closed at "
                    + sanction.appealDeadline + ".");
        }
        if (Appeal.count("sanction = ?1 and status = ?2", sanction, AppealStatus.OPEN) > 0) {
            throw Refusal.conflict("sanctionId", "Sanction " + sanctionId + " already has an open appeal.");
        }
        Appeal appeal = new Appeal();
        appeal.sanction = sanction;
        appeal.merchant = merchant;
        appeal.complainantSubject = sanction.violation.submitterSubject;
        appeal.brandId = sanction.violation.brandId;
        appeal.rightId = sanction.violation.rightId;
        appeal.explanation = explanation;
        appeal.status = AppealStatus.OPEN;
        appeal.filedAt = now;
        appeal.brandAnswerDeadline = now.plus(rules.brandAnswerWindow());
        appeal.decisionDeadline = now.plus(rules.decisionWindow());
        appeal.persist();
        idempotency.remember(subject, scope, idempotencyKey, fingerprint, appeal.id);
        figures.appealFiled(appeal);
        for (EvidenceCheck.Checked checked : evidence) {
            Evidence document = new Evidence();
            document.appeal = appeal;
            document.filename = checked.filename();
            document.mediaType = checked.mediaType();
            document.sizeBytes = checked.content().length;
            document.sha256 = checked.sha256();
            document.content = checked.content();
            document.uploadedAt = now;
            document.persist();
        }
        long brandNotice = told.appealFiled(appeal);
        brandEvents.appeal("appeal.filed", appeal, Map.of("filedAt", appeal.filedAt.toString(),
                "answerBy", appeal.brandAnswerDeadline.toString(), "decisionBy", appeal.decisionDeadline.toString()));
        return new Filing(new Filed(appeal, false), brandNotice);
    }

    /**
     * The complaining brand's answer, once, before the deadline, by a member of the brand the caller has already
     * confirmed through {@link BrandAccess} (scope covering the right, ANSWER_APPEALS), with links to its evidence.
     * The merchant is told that the brand answered.
     */
    @Transactional
    public Appeal answer(long appealId, String subject, String answer, List<String> evidenceUrls) {
        Appeal appeal = Appeal.getEntityManager().find(Appeal.class, appealId, LockModeType.PESSIMISTIC_WRITE);
        if (appeal == null) {
            throw Refusal.notFound("appeal");
        }
        if (answer.equals(appeal.brandAnswer)
                && evidenceUrls.equals(appeal.brandAnswerEvidence == null ? List.of() : List.of(appeal.brandAnswerEvidence))) {
            // A retry of the answer already given.
            return appeal;
        }
        if (appeal.status != AppealStatus.OPEN) {
            throw Refusal.conflict("answer", "Appeal " + appealId + " has been decided.");
        }
        if (appeal.brandAnsweredAt != null) {
            throw Refusal.conflict("answer", "Appeal " + appealId + " has been answered already.");
        }
        Instant now = clock.instant();
        if (now.isAfter(appeal.brandAnswerDeadline)) {
            throw Refusal.conflict("answer", "The window to answer appeal " + appealId + " closed at "
                    + appeal.brandAnswerDeadline + ".");
        }
        appeal.brandAnswer = answer;
        appeal.brandAnsweredAt = now;
        appeal.brandAnsweredBy = subject;
        appeal.brandAnswerEvidence = evidenceUrls.toArray(String[]::new);
        Violation violation = appeal.sanction.violation;
        Map<String, String> params = about(appeal, violation);
        params.put("answeredAt", now.toString());
        params.put("evidenceLinks", String.valueOf(evidenceUrls.size()));
        notifications.tell(new Notification("appeal-" + appeal.id + "-answered", merchantOf(appeal), "appeal-answered",
                params, merchantLink(appeal)));
        brandEvents.appeal("appeal.answered", appeal, Map.of("answeredAt", now.toString()));
        return appeal;
    }

    /**
     * A reviewer's decision, with a reason code and the reviewer's words. Four-eyes: the reviewer who decided the
     * takedown may not decide its appeal (403 naming {@code reviewer}); a fast-track takedown had no human decider.
     * Upheld: the takedown behind the sanction is reversed (listing restored, points and sanctions taken back) and
     * complaint-service is told through the outbox. The merchant and the brand's members who answer appeals are told
     * the outcome and its reasons (DSA Art. 20(5)).
     */
    @Transactional
    public Appeal decide(long appealId, String reviewer, String reviewerSubject, Outcome outcome, AppealReason code,
            String reason) {
        Appeal appeal = Appeal.getEntityManager().find(Appeal.class, appealId, LockModeType.PESSIMISTIC_WRITE);
        if (appeal == null) {
            throw Refusal.notFound("appeal");
        }
        if (!code.fits(outcome == Outcome.UPHELD)) {
            throw Refusal.invalid("reasonCode", code + " is not a reason to " + (outcome == Outcome.UPHELD ? "uphold" : "deny")
                    + " an appeal.");
        }
        Violation violation = appeal.sanction.violation;
        if (originalDecision(violation) == OriginalDecision.REVIEWER && violation.decidedBy.equals(reviewerSubject)
                || reviewerSubject.equals(violation.checkedBy)) {
            throw Refusal.forbidden("reviewer", "You decided the takedown appeal " + appealId
                    + " is against; another reviewer decides the appeal (" + ORIGINAL_DECIDER + ").");
        }
        AppealStatus decided = outcome == Outcome.UPHELD ? AppealStatus.UPHELD : AppealStatus.DENIED;
        if (appeal.status == decided && reason.equals(appeal.decisionReason) && reviewer.equals(appeal.decidedBy)
                && code.name().equals(appeal.decisionReasonCode)) {
            // A retry of the decision already taken.
            return appeal;
        }
        if (appeal.status != AppealStatus.OPEN) {
            throw Refusal.conflict("outcome", "Appeal " + appealId + " was decided already (" + appeal.status + ").");
        }
        Instant now = clock.instant();
        appeal.status = decided;
        appeal.decidedAt = now;
        appeal.decidedBy = reviewer;
        appeal.decidedBySubject = reviewerSubject;
        appeal.decisionReason = reason;
        appeal.decisionReasonCode = code.name();
        decisionLog.appealDecided(appeal);
        if (outcome == Outcome.UPHELD) {
            PenaltyLedger.ReversalOutcome reversal = ledger.reverse(violation,
                    io.markguard.merchant.CodedText.of(StatementTexts.APPEAL_UPHELD, "appealId", appealId, "reason", reason));
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("type", "APPEAL_UPHELD");
            payload.put("complaintItemId", violation.complaintItemId);
            payload.put("listingId", violation.listing.id);
            payload.put("merchantId", appeal.merchant.id);
            payload.put("brandId", violation.brandId);
            payload.put("appealId", appeal.id);
            payload.put("sanctionId", appeal.sanction.id);
            payload.put("reversedSanctionIds", reversal.reversed().stream().map(s -> s.id).toList());
            payload.put("decidedAt", now.toString());
            payload.put("reason", reason);
            outbox.enqueue(ComplaintReversalRoute.DESTINATION, "appeal-" + appeal.id + "-upheld", payload);
        }
        figures.appealDecided(appeal);
        brandEvents.appeal("appeal.decided", appeal, Map.of("outcome", decided.name(), "reasonCode", code.name(),
                "decidedAt", now.toString()));
        Map<String, String> params = about(appeal, violation);
        params.put("outcome", decided.name());
        params.put("reasonCode", code.name());
        params.put("reviewerReason", reason);
        params.put("decidedAt", now.toString());
        notifications.tell(new Notification("appeal-" + appeal.id + "-decided-merchant", merchantOf(appeal),
                "appeal-decided", params, merchantLink(appeal)));
        brandOf(violation).ifPresent(brand -> notifications.tell(new Notification("appeal-" + appeal.id
                + "-decided-brand", Recipient.brandMembers(brand, BrandAccess.ANSWER_APPEALS), "appeal-decided", params,
                brandLink(appeal))));
        return appeal;
    }

    /** What every notification about the appeal names: codes and ids, the listing's title as the merchant wrote it. */
    private static Map<String, String> about(Appeal appeal, Violation violation) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("appealId", String.valueOf(appeal.id));
        params.put("sanctionId", String.valueOf(appeal.sanction.id));
        params.put("measure", appeal.sanction.measure.name());
        params.put("listingId", String.valueOf(violation.listing.id));
        params.put("listingTitle", violation.listing.title == null ? "" : violation.listing.title);
        params.put("brandName", violation.brandName);
        return params;
    }

    private static Recipient merchantOf(Appeal appeal) {
        String email = appeal.merchant.email;
        return Recipient.person(appeal.merchant.subject, email == null || email.isBlank() ? null : email);
    }

    /** The merchant's page of the appeal in the portal. */
    static String merchantLink(Appeal appeal) {
        return "/merchant/appeals/" + appeal.id;
    }

    /** The brand's page of the appeal in the portal, where its members answer. */
    public static String brandLink(String brandId, long appealId) {
        return "/brands/" + brandId + "/appeals/" + appealId;
    }

    private static String brandLink(Appeal appeal) {
        return brandLink(appeal.brandId, appeal.id);
    }

    /** The brand's id as portal-service numbers it; complaint-service always sends a number. */
    private static Optional<Long> brandOf(Violation violation) {
        try {
            return Optional.of(Long.parseLong(violation.brandId));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * A brand's appeals awaiting its answer (open, not answered, answer deadline still ahead), soonest answer deadline
     * first, on the rights {@code scope} covers. One page after {@code after}, a cursor of {@link #AWAITING}.
     */
    @Transactional
    public Page<Appeal> awaiting(String brandId, BrandScope scope, int limit, Cursor after) {
        if (!scope.allRights() && scope.rightIds().isEmpty()) {
            return new Page<>(List.of(), null);
        }
        Instant now = clock.instant();
        String keyset = after == null ? ""
                : " and a.brandAnswerDeadline >= :at and (a.brandAnswerDeadline > :at or a.id > :id)";
        String rights = scope.allRights() ? "" : " and a.rightId in :rights";
        TypedQuery<Long> query = em.createQuery("""
                select a.id from Appeal a where a.brandId = :brand and a.status = :open and a.brandAnsweredAt is null
                and a.brandAnswerDeadline > :now%s%s order by a.brandAnswerDeadline, a.id""".formatted(rights, keyset),
                Long.class)
                .setParameter("brand", brandId)
                .setParameter("open", AppealStatus.OPEN)
                .setParameter("now", now)
                .setMaxResults(PageSize.fetch(limit));
        if (!scope.allRights()) {
            query.setParameter("rights", scope.rightIds());
        }
        if (after != null) {
            query.setParameter("at", after.instant(0)).setParameter("id", after.number(1));
        }
        return Page.of(fetched(ReadOnly.of(query).getResultList()), limit, a -> a,
                a -> Cursor.after(AWAITING, a.brandAnswerDeadline, a.id));
    }

    /**
     * Reviewers and admins: the queue of appeals in {@code status}, soonest decision deadline first. Brand users:
     * the appeals against takedowns they asked for, soonest answer deadline first. One page after {@code after},
     * a cursor of the list {@link #listOf} names for the reader.
     */
    @Transactional
    public Page<Appeal> list(AppealStatus status, Actor reader, int limit, Cursor after) {
        boolean staff = reader.staff();
        String deadline = staff ? "a.decisionDeadline" : "a.brandAnswerDeadline";
        String keyset = after == null ? ""
                : " and %1$s >= :at and (%1$s > :at or a.id > :id)".formatted(deadline);
        TypedQuery<Long> query = em.createQuery("""
                select a.id from Appeal a where a.status = :status%s%s order by %s, a.id""".formatted(
                staff ? "" : " and a.complainantSubject = :subject", keyset, deadline), Long.class)
                .setParameter("status", status)
                .setMaxResults(PageSize.fetch(limit));
        if (!staff) {
            query.setParameter("subject", reader.subject());
        }
        if (after != null) {
            query.setParameter("at", after.instant(0)).setParameter("id", after.number(1));
        }
        return Page.of(fetched(ReadOnly.of(query).getResultList()), limit, a -> a,
                a -> Cursor.after(listOf(reader), staff ? a.decisionDeadline : a.brandAnswerDeadline, a.id));
    }

    /** The name of the appeal list the reader sees at {@code GET /api/appeals}: the queue or the brand's own. */
    public static String listOf(Actor reader) {
        return reader.staff() ? QUEUE : ANSWERS;
    }

    /**
     * The appeal if the reader may see it: its merchant, reviewers and admins, and a brand member whose scope
     * complaint-service confirmed ({@code brandMember}, see {@link BrandAccess}).
     */
    @Transactional
    public Optional<Appeal> visible(long id, Actor reader, boolean brandMember) {
        return Appeal.<Appeal>findByIdOptional(id).filter(appeal -> reader.staff()
                || (reader.has("merchant") && appeal.merchant.subject.equals(reader.subject()))
                || (reader.has("brand") && brandMember));
    }

    /** The complaint item behind the appeal's sanction, which names the brand and the right. */
    @Transactional
    public Optional<String> complaintItemOf(long appealId) {
        return Appeal.<Appeal>findByIdOptional(appealId).map(a -> a.sanction.violation.complaintItemId);
    }

    @Transactional
    public Optional<Appeal> byId(long id) {
        return Appeal.findByIdOptional(id);
    }

    /** One document of the appeal. */
    @Transactional
    public Optional<Evidence> evidence(Appeal appeal, long evidenceId) {
        return Evidence.<Evidence>find("id = ?1 and appeal = ?2", evidenceId, appeal).firstResultOptional();
    }

    /** Every document of the appeal, in the order uploaded, without its content. */
    @Transactional
    public List<EvidenceInfo> evidenceOf(Appeal appeal) {
        return evidenceOf(List.of(appeal.id)).getOrDefault(appeal.id, List.of());
    }

    /** The documents of several appeals in one query, by appeal, each in the order uploaded, without content. */
    @Transactional
    public Map<Long, List<EvidenceInfo>> evidenceOf(Collection<Long> appealIds) {
        if (appealIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<EvidenceInfo>> byAppeal = new HashMap<>();
        ReadOnly.of(em.createQuery("""
                select e.appeal.id, e.id, e.filename, e.mediaType, e.sizeBytes, e.sha256, e.uploadedAt
                from Evidence e where e.appeal.id in :appeals order by e.id""", Object[].class))
                .setParameter("appeals", appealIds)
                .getResultList()
                .forEach(row -> byAppeal.computeIfAbsent((Long) row[0], id -> new ArrayList<>())
                        .add(new EvidenceInfo((Long) row[1], (String) row[2], (String) row[3], (Long) row[4],
                                (String) row[5], (Instant) row[6])));
        return byAppeal;
    }

    /** One page of the merchant's appeals, the latest filed first. */
    @Transactional
    public Page<Appeal> ofMerchant(Merchant merchant, int limit, Cursor after) {
        String keyset = after == null ? "" : " and a.filedAt <= :at and (a.filedAt < :at or a.id < :id)";
        TypedQuery<Long> query = em.createQuery("""
                select a.id from Appeal a where a.merchant.id = :merchant%s order by a.filedAt desc, a.id desc"""
                .formatted(keyset), Long.class)
                .setParameter("merchant", merchant.id)
                .setMaxResults(PageSize.fetch(limit));
        if (after != null) {
            query.setParameter("at", after.instant(0)).setParameter("id", after.number(1));
        }
        return Page.of(fetched(ReadOnly.of(query).getResultList()), limit, a -> a,
                a -> Cursor.after(OF_MERCHANT, a.filedAt, a.id));
    }

    /**
     * The appeals of a page with what their views show, in the order of {@code ids}. A page's keyset runs on the
     * appeal table alone, so its index bounds it; the joins follow for those rows only.
     */
    private List<Appeal> fetched(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Appeal> byId = new HashMap<>();
        ReadOnly.of(em.createQuery(FETCHED + "where a.id in :ids", Appeal.class)).setParameter("ids", ids)
                .getResultList().forEach(a -> byId.put(a.id, a));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /** The appeals against one sanction, the latest first (one open at a time, each filed within the window). */
    @Transactional
    public List<Appeal> against(Sanction sanction) {
        return ReadOnly.of(em.createQuery(FETCHED + "where a.sanction.id = :sanction order by a.filedAt desc, a.id desc",
                Appeal.class)).setParameter("sanction", sanction.id).getResultList();
    }

    /** The sanction's open appeal, if any (at most one is open). */
    @Transactional
    public Optional<Appeal> openAgainst(Sanction sanction) {
        return Appeal.find("sanction = ?1 and status = ?2", sanction, AppealStatus.OPEN).firstResultOptional();
    }
}
