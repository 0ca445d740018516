package io.markguard.merchant.service;

import io.markguard.platform.problem.Refusal;
import io.markguard.merchant.Appeal;
import io.markguard.merchant.AppealStatus;
import io.markguard.merchant.Evidence;
import io.markguard.merchant.LedgerStatus;
import io.markguard.merchant.Merchant;
import io.markguard.merchant.Sanction;
import io.markguard.merchant.Violation;
import io.markguard.merchant.config.AppealRules;
import io.markguard.merchant.outbox.BrandMailRoute;
import io.markguard.merchant.outbox.ComplaintReversalRoute;
import io.markguard.platform.idempotency.Idempotency;
import io.markguard.platform.idempotency.IdempotencyKey;
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

    private record Filing(Filed filed, Long mailMessageId) {
    }

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

    /**
     * Files the merchant's appeal. The mail to the brand goes through the outbox: written with the appeal,
     * sent at once after the commit, and retried by the outbox sender while the mail server is down.
     */
    public Filed file(long merchantId, long sanctionId, String explanation, List<EvidenceUpload> uploads,
            IdempotencyKey idempotencyKey) {
        List<EvidenceCheck.Checked> evidence = evidenceCheck.check(uploads);
        Filing filing = QuarkusTransaction.requiringNew()
                .call(() -> fileInTransaction(merchantId, sanctionId, explanation, evidence, idempotencyKey));
        if (filing.mailMessageId() != null) {
            relay.deliverNow(List.of(filing.mailMessageId()));
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
        appeal.explanation = explanation;
        appeal.status = AppealStatus.OPEN;
        appeal.filedAt = now;
        appeal.brandAnswerDeadline = now.plus(rules.brandAnswerWindow());
        appeal.decisionDeadline = now.plus(rules.decisionWindow());
        appeal.persist();
        idempotency.remember(subject, scope, idempotencyKey, fingerprint, appeal.id);
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
        Violation violation = sanction.violation;
        BrandMail.AppealNotice notice = new BrandMail.AppealNotice(appeal.id, violation.submitterEmail,
                violation.brandName, violation.listing.id, violation.listing.title, merchant.displayName(),
                sanction.measure.name(), explanation,
                evidence.stream().map(e -> e.filename() + " " + e.sha256()).toList(),
                appeal.brandAnswerDeadline, appeal.decisionDeadline);
        long mail = outbox.enqueue(BrandMailRoute.DESTINATION, "appeal-" + appeal.id + "-brand-notice", notice).id;
        return new Filing(new Filed(appeal, false), mail);
    }

    /** The complaining brand's answer: only the user who filed the complaint, once, before the deadline. */
    @Transactional
    public Appeal answer(long appealId, String subject, String answer) {
        Appeal appeal = Appeal.getEntityManager().find(Appeal.class, appealId, LockModeType.PESSIMISTIC_WRITE);
        if (appeal == null || !appeal.sanction.violation.submitterSubject.equals(subject)) {
            throw Refusal.notFound("appeal");
        }
        if (answer.equals(appeal.brandAnswer)) {
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
        return appeal;
    }

    /**
     * A reviewer's decision. Upheld: the takedown behind the sanction is reversed (listing restored,
     * points and sanctions taken back) and complaint-service is told through the outbox.
     */
    @Transactional
    public Appeal decide(long appealId, String reviewer, Outcome outcome, String reason) {
        Appeal appeal = Appeal.getEntityManager().find(Appeal.class, appealId, LockModeType.PESSIMISTIC_WRITE);
        if (appeal == null) {
            throw Refusal.notFound("appeal");
        }
        AppealStatus decided = outcome == Outcome.UPHELD ? AppealStatus.UPHELD : AppealStatus.DENIED;
        if (appeal.status == decided && reason.equals(appeal.decisionReason) && reviewer.equals(appeal.decidedBy)) {
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
        appeal.decisionReason = reason;
        if (outcome == Outcome.UPHELD) {
            Violation violation = appeal.sanction.violation;
            PenaltyLedger.ReversalOutcome reversal = ledger.reverse(violation,
                    "Appeal " + appealId + " upheld: " + reason);
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
        return appeal;
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

    /** The appeal if the reader may see it: its merchant, the brand user who complained, reviewers and admins. */
    @Transactional
    public Optional<Appeal> visible(long id, Actor reader) {
        return Appeal.<Appeal>findByIdOptional(id).filter(appeal -> reader.staff()
                || (reader.has("merchant") && appeal.merchant.subject.equals(reader.subject()))
                || (reader.has("brand") && appeal.sanction.violation.submitterSubject.equals(reader.subject())));
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
