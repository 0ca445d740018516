package io.markguard.merchant.service;

import io.markguard.merchant.CodedText;

import io.markguard.merchant.LedgerStatus;
import io.markguard.merchant.Merchant;
import io.markguard.merchant.Sanction;
import io.markguard.merchant.SanctionMeasure;
import io.markguard.merchant.TerminationReview;
import io.markguard.merchant.TerminationStatus;
import io.markguard.merchant.Violation;
import io.markguard.merchant.config.AccountRules;
import io.markguard.merchant.config.PenaltyPolicy;
import io.markguard.platform.notify.Notification;
import io.markguard.platform.notify.Notifications;
import io.markguard.platform.notify.Recipient;
import io.markguard.platform.paging.Cursor;
import io.markguard.platform.paging.Page;
import io.markguard.platform.paging.PageSize;
import io.markguard.platform.problem.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A termination binds only once a second reviewer confirms it. The ladder (or a reviewer) proposes it; meanwhile the
 * account is off sale and new listings are refused (TERMINATION_PENDING); a reviewer other than the proposer confirms
 * (the TERMINATED sanction is issued, with its statement of reasons) or declines (the account is as its other
 * sanctions make it). A proposal has a deadline in working days; an overdue one stays first in the queue and keeps the
 * account off sale until it is decided.
 */
@ApplicationScoped
public class TerminationReviews {

    public static final String QUEUE = "termination-reviews";

    public enum Outcome {
        CONFIRMED,
        DECLINED
    }

    @Inject
    AccountRules rules;

    @Inject
    PenaltyPolicy policy;

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    AccountHolds holds;

    @Inject
    PenaltyLedger ledger;

    @Inject
    LedgerFigures figures;

    @Inject
    Notifications notifications;

    /** The merchant's termination waiting for a reviewer (at most one, index {@code termination_review_one_pending}). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<TerminationReview> pendingOf(long merchantId) {
        return TerminationReview.<TerminationReview>find("merchant.id = ?1 and status = ?2", merchantId,
                TerminationStatus.PENDING).firstResultOptional();
    }

    /**
     * The ladder reached TERMINATED with this takedown: a termination is proposed, with the clause and facts the
     * ladder gave, unless one waits already. Under the merchant's lock, in the takedown's transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public TerminationReview proposeFromLadder(Violation violation, CodedText clause, CodedText facts, Instant now) {
        Optional<TerminationReview> waiting = pendingOf(violation.merchant.id);
        if (waiting.isPresent()) {
            return waiting.get();
        }
        return open(violation, null, StatementTexts.clause(clause), clause, facts, now);
    }

    /** A reviewer (or admin) proposes terminating the merchant for one of its active violations. */
    @Transactional
    public TerminationReview propose(long merchantId, long violationId, String reason, Actor proposer) {
        Merchant merchant = em.find(Merchant.class, merchantId, LockModeType.PESSIMISTIC_WRITE);
        if (merchant == null) {
            throw Refusal.notFound("merchant");
        }
        Violation violation = Violation.findById(violationId);
        if (violation == null || !violation.merchant.id.equals(merchantId)) {
            throw new Refusal(Refusal.Kind.NOT_FOUND, "violationId", "Merchant " + merchantId + " has no violation "
                    + violationId + ".");
        }
        Instant now = clock.instant();
        if (violation.status != LedgerStatus.ACTIVE || !violation.expiresAt.isAfter(now)) {
            throw Refusal.conflict("violationId", "Violation " + violationId + " no longer counts (" + violation.status
                    + ").");
        }
        if (ledger.currentStep(merchant, now).filter(s -> s == SanctionMeasure.TERMINATED).isPresent()) {
            throw Refusal.conflict("merchantId", "Merchant " + merchantId + " is terminated already.");
        }
        Optional<TerminationReview> waiting = pendingOf(merchantId);
        if (waiting.isPresent()) {
            throw Refusal.conflict("merchantId", "A termination of merchant " + merchantId
                    + " waits for a reviewer already (" + waiting.get().id + ").");
        }
        CodedText clause = CodedText.of(StatementTexts.TERMINATION_ON_PROPOSAL, "policyVersion", policy.version());
        CodedText facts = CodedText.of(StatementTexts.TERMINATION_PROPOSED, "listingId", violation.listing.id,
                "listingTitle", violation.listing.title, "reason", reason);
        return open(violation, proposer.subject(), reason, clause, facts, now);
    }

    private TerminationReview open(Violation violation, String proposedBy, String reason, CodedText clause, CodedText facts,
            Instant now) {
        TerminationReview review = new TerminationReview();
        review.merchant = violation.merchant;
        review.violation = violation;
        review.status = TerminationStatus.PENDING;
        review.proposedAt = now;
        review.proposedBy = proposedBy;
        review.reason = clip(reason, 2000);
        review.policyClause = clip(StatementTexts.clause(clause), 500);
        review.facts = clip(StatementTexts.facts(facts));
        review.clauseCode = clause.code();
        review.clauseParams = clause.params();
        review.factsCode = facts.code();
        review.factsParams = facts.params();
        review.deadline = workingDaysAfter(now, rules.terminationReviewWorkingDays());
        review.persist();
        em.flush();
        holds.recompute(review.merchant, now);
        notifications.tell(new Notification("termination-proposed-" + review.id, Recipient.staff("reviewer"),
                "termination-proposed", Map.of("terminationId", String.valueOf(review.id),
                        "merchantId", String.valueOf(review.merchant.id), "deadline", review.deadline.toString(),
                        "proposedBy", proposedBy == null ? "LADDER" : "REVIEWER"),
                "/review/terminations"));
        holds.tellSuspended(review.merchant, "termination-pending-" + review.id, "TERMINATION_PENDING",
                review.deadline, null);
        return review;
    }

    /**
     * A reviewer's decision. The proposer may not decide their own proposal (four eyes); the ladder's proposal any
     * reviewer decides. The same decision again by the same reviewer answers what it did; any other is 409.
     */
    @Transactional
    public TerminationReview decide(long id, Actor reviewer, Outcome outcome, String reason) {
        TerminationReview found = TerminationReview.findById(id);
        if (found == null) {
            throw Refusal.notFound("termination");
        }
        // The merchant's lock first, as takedowns and reversals take it: the hold changes under it.
        Merchant merchant = em.find(Merchant.class, found.merchant.id, LockModeType.PESSIMISTIC_WRITE);
        TerminationReview review = em.find(TerminationReview.class, id, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(review);
        if (review.proposedBy != null && review.proposedBy.equals(reviewer.subject())) {
            throw Refusal.forbidden("reviewer", "Termination " + id + " was proposed by you; a second reviewer decides it.");
        }
        TerminationStatus decided = outcome == Outcome.CONFIRMED ? TerminationStatus.CONFIRMED
                : TerminationStatus.DECLINED;
        if (review.status != TerminationStatus.PENDING) {
            if (review.status == decided && reviewer.subject().equals(review.decidedBy)) {
                return review;
            }
            throw Refusal.conflict("outcome", "Termination " + id + " is " + review.status + " already.");
        }
        Instant now = clock.instant();
        review.status = decided;
        review.decidedAt = now;
        review.decidedBy = reviewer.subject();
        review.decisionReason = reason;
        if (decided == TerminationStatus.CONFIRMED) {
            Sanction sanction = ledger.issue(review.violation, SanctionMeasure.TERMINATED, review.clause(),
                    review.facts(), false, now);
            figures.sanctionIssued(sanction);
            review.sanction = sanction;
            em.flush();
            holds.recompute(merchant, now);
            notifications.tell(new Notification("account-terminated-" + sanction.id,
                    Recipient.person(merchant.subject, merchant.email), "account-terminated",
                    Map.of("merchantId", String.valueOf(merchant.id), "sanctionId", String.valueOf(sanction.id),
                            "terminationId", String.valueOf(review.id)),
                    "/merchant/sanctions/" + sanction.id));
        } else {
            em.flush();
            holds.recompute(merchant, now);
            Map<String, String> params = Map.of("merchantId", String.valueOf(merchant.id),
                    "terminationId", String.valueOf(review.id));
            notifications.tell(new Notification("termination-declined-" + review.id,
                    Recipient.person(merchant.subject, merchant.email), "termination-declined", params, "/merchant"));
            if (review.proposedBy != null) {
                notifications.tell(new Notification("termination-declined-" + review.id + "-proposer",
                        Recipient.person(review.proposedBy, null), "termination-declined", params,
                        "/review/terminations"));
            }
        }
        return review;
    }

    /** The takedown a waiting termination rests on was reversed: the proposal is withdrawn. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean withdrawFor(Violation violation, Instant now) {
        List<TerminationReview> waiting = TerminationReview.list("violation = ?1 and status = ?2", violation,
                TerminationStatus.PENDING);
        for (TerminationReview review : waiting) {
            review.status = TerminationStatus.WITHDRAWN;
            review.decidedAt = now;
            // No reason text: the status WITHDRAWN says why, in the reader's language.
            review.decisionReason = null;
        }
        if (!waiting.isEmpty()) {
            em.flush();
        }
        return !waiting.isEmpty();
    }

    @Transactional
    public Optional<TerminationReview> byId(long id) {
        return TerminationReview.<TerminationReview>find("""
                from TerminationReview t join fetch t.merchant join fetch t.violation v join fetch v.listing
                where t.id = ?1""", id).firstResultOptional();
    }

    /**
     * The terminations waiting for a reviewer, the soonest deadline first (overdue ones first of all), by keyset
     * along {@code termination_review_queue}.
     */
    @Transactional
    public Page<TerminationReview> queue(int limit, Cursor after) {
        String keyset = after == null ? "" : " and t.deadline >= :at and (t.deadline > :at or t.id > :id)";
        TypedQuery<TerminationReview> query = em.createQuery("""
                from TerminationReview t join fetch t.merchant join fetch t.violation v join fetch v.listing
                where t.status = :pending%s order by t.deadline, t.id""".formatted(keyset), TerminationReview.class)
                .setParameter("pending", TerminationStatus.PENDING)
                .setMaxResults(PageSize.fetch(limit));
        if (after != null) {
            query.setParameter("at", after.instant(0)).setParameter("id", after.number(1));
        }
        return Page.of(ReadOnly.of(query).getResultList(), limit, t -> t, t -> Cursor.after(QUEUE, t.deadline, t.id));
    }

    /** {@code days} working days (Monday to Friday, UTC) after {@code from}, at the same time of day. */
    static Instant workingDaysAfter(Instant from, int days) {
        ZonedDateTime at = from.atZone(ZoneOffset.UTC);
        int left = days;
        while (left > 0) {
            at = at.plusDays(1);
            if (at.getDayOfWeek() != DayOfWeek.SATURDAY && at.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return at.toInstant();
    }

    private static String clip(String text) {
        return clip(text, 5000);
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
