package io.markguard.complaint.service;

import io.markguard.complaint.BrandRecord;
import io.markguard.complaint.Complaint;
import io.markguard.complaint.ComplaintItem;
import io.markguard.complaint.MisuseEvent;
import io.markguard.complaint.MisuseReview;
import io.markguard.complaint.config.MisusePolicy;
import io.markguard.platform.idempotency.Idempotency;
import io.markguard.platform.idempotency.IdempotencyKey;
import io.markguard.platform.paging.Cursor;
import io.markguard.platform.paging.Page;
import io.markguard.platform.paging.PageSize;
import io.markguard.platform.problem.Refusal;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hibernate.jpa.HibernateHints;
import org.jboss.logging.Logger;

/**
 * The misuse measures of DSA Art. 23. The rule, judged after each manifestly unfounded decision, warns a brand over
 * the share and, warned, proposes a suspension of filing; only a reviewer's confirmation suspends, for the policy's
 * period, and a scheduled lift records its end. Every step is a {@link MisuseEvent} kept as it happened, and the brand
 * is told its figures and reason through the notification hub (to its members who may file and to the user whose
 * notice drew the measure; delivered after commit); the brand may contest any measure with a
 * statement, which the reviewer sees with the proposal. The effect, read by every filing, stays on the brand's
 * {@link BrandRecord} (warned at, suspended from and until); the proposals are {@link MisuseReview} rows.
 */
@ApplicationScoped
public class MisuseMeasures {

    private static final Logger LOG = Logger.getLogger(MisuseMeasures.class);

    public static final String HISTORY = "misuse-history";
    public static final String QUEUE = "misuse-queue";
    /** Lifts recorded per transaction of the scheduled run. */
    static final int LIFT_BATCH = 50;

    public enum Decision {
        CONFIRM, DECLINE
    }

    /** A reviewer's reason for confirming or declining a proposed suspension. */
    public enum DecisionCode {
        FREQUENT_UNFOUNDED_NOTICES_CONFIRMED(Decision.CONFIRM),
        CONTEST_PERSUASIVE(Decision.DECLINE),
        UNFOUNDED_DECISIONS_IN_DOUBT(Decision.DECLINE),
        NOT_FREQUENT_ENOUGH(Decision.DECLINE);

        public final Decision decision;

        DecisionCode(Decision decision) {
            this.decision = decision;
        }
    }

    /** The refusals of this rule, with their codes. */
    public enum Refused implements Refusal.Reason {
        FILING_SUSPENDED(403, "brandId", "Filing for this brand is suspended by a reviewer's decision (DSA Art. 23)."),
        NOTHING_TO_CONTEST(409, "statement", "The brand has no misuse measure to contest."),
        MISUSE_REVIEW_DECIDED(409, "decision", "This proposal is decided already."),
        DECISION_CODE_MISMATCH(400, "reasonCode", "The reason code does not go with the decision.");

        private final int status;
        private final String field;
        private final String detail;

        Refused(int status, String field, String detail) {
            this.status = status;
            this.field = field;
            this.detail = detail;
        }

        @Override
        public int status() {
            return status;
        }

        @Override
        public String field() {
            return field;
        }

        @Override
        public String detail() {
            return detail;
        }
    }

    /** Where the brand stands now: NONE, WARNED, PROPOSED (before a reviewer) or SUSPENDED (a confirmed one runs). */
    public record Standing(String state, Instant warnedAt, Long openReviewId, Instant reviewDeadline, Instant suspendedFrom,
            Instant suspendedUntil) {
    }

    @Inject
    TrustScores trust;

    @Inject
    ComplaintDecisionLog decisionLog;

    @Inject
    MisusePolicy policy;

    @Inject
    ComplaintNotifications told;

    @Inject
    Idempotency idempotency;

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    /**
     * After a manifestly unfounded decision on the item, in its transaction: over the share, a brand not warned since
     * its last proposal was decided (and within the window) is warned; a warned brand gets a suspension proposed to a
     * reviewer. Nothing while a proposal is open or a confirmed suspension runs. Holds the brand's row, so two
     * decisions judge one after the other.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void judge(ComplaintItem item) {
        BrandRecord record = BrandRecord.lock(item.brandId);
        TrustScores.Misuse figures = trust.misuse(item.brandId);
        if (figures.decided() < policy.minDecidedItems() || figures.unfoundedShare() < policy.unfoundedShare()) {
            return;
        }
        Instant now = clock.instant();
        if (record.filingSuspendedUntil != null && record.filingSuspendedUntil.isAfter(now)) {
            return;
        }
        MisuseReview latest = latestReview(item.brandId).orElse(null);
        if (latest != null && latest.status == MisuseReview.Status.OPEN) {
            return;
        }
        Complaint complaint = Complaint.findById(item.complaintId);
        boolean warned = record.misuseWarnedAt != null && !record.misuseWarnedAt.isBefore(figures.windowStart())
                && (latest == null || record.misuseWarnedAt.isAfter(latest.decidedAt));
        if (!warned) {
            record.misuseWarnedAt = now;
            Map<String, String> params = figureParams(figures);
            MisuseEvent warning = event(item.brandId, MisuseEvent.Kind.WARNING, null, figures, "UNFOUNDED_SHARE_OVER_BAR",
                    params, null, MisuseEvent.ActorRole.SYSTEM, "misuse-rule", null, null, complaint.submitterEmail, now);
            told.misuse(warning, complaint.brandName, complaint.submitterSubject, complaint.submitterEmail);
            LOG.infof("Brand %d warned for manifestly unfounded notices (%d of %d)", item.brandId,
                    figures.manifestlyUnfounded(), figures.decided());
            return;
        }
        MisuseReview review = new MisuseReview();
        review.brandId = item.brandId;
        review.brandName = complaint.brandName;
        review.status = MisuseReview.Status.OPEN;
        review.proposedAt = now;
        review.deadline = now.plus(policy.reviewWithin());
        review.decidedItems = figures.decided();
        review.unfoundedItems = figures.manifestlyUnfounded();
        review.unfoundedShare = figures.unfoundedShare();
        review.windowStart = figures.windowStart();
        review.warnedAt = record.misuseWarnedAt;
        review.suspensionDays = (int) policy.suspension().toDays();
        review.notifyTo = complaint.submitterEmail;
        review.notifySubject = complaint.submitterSubject;
        review.persist();
        Map<String, String> params = figureParams(figures);
        params.put("warnedAt", record.misuseWarnedAt.toString());
        params.put("reviewBy", review.deadline.toString());
        params.put("suspensionDays", String.valueOf(review.suspensionDays));
        MisuseEvent proposed = event(item.brandId, MisuseEvent.Kind.SUSPENSION_PROPOSED, review.id, figures,
                "UNFOUNDED_SHARE_OVER_BAR_AFTER_WARNING", params, null, MisuseEvent.ActorRole.SYSTEM, "misuse-rule", null,
                null, review.notifyTo, now);
        review.proposedEventId = proposed.id;
        tell(proposed, review);
        LOG.infof("Brand %d: suspension of filing proposed to the reviewers (review %d)", item.brandId, review.id);
    }

    /**
     * A reviewer's decision on a proposal: CONFIRM suspends filing for the policy's period from now, DECLINE leaves
     * filing open; the brand is told either way. The same decision again answers the review as it stands.
     */
    @Transactional
    public MisuseReview decide(long reviewId, String reviewer, Decision decision, DecisionCode code, String reason) {
        if (code.decision != decision) {
            throw Refused.DECISION_CODE_MISMATCH.raise(code + " is not a reason to " + decision.name().toLowerCase(Locale.ROOT) + ".");
        }
        MisuseReview review = em.find(MisuseReview.class, reviewId, LockModeType.PESSIMISTIC_WRITE);
        if (review == null) {
            throw Refusal.notFound("misuse review");
        }
        if (review.status != MisuseReview.Status.OPEN) {
            if (reviewer.equals(review.decidedBy) && code.name().equals(review.decisionCode)
                    && reason.equals(review.decisionReason)) {
                return review;
            }
            throw Refused.MISUSE_REVIEW_DECIDED.raise("Misuse review " + reviewId + " is " + review.status + " already.");
        }
        BrandRecord record = BrandRecord.lock(review.brandId);
        TrustScores.Misuse figures = trust.misuse(review.brandId);
        Instant now = clock.instant();
        review.decidedBy = reviewer;
        review.decidedAt = now;
        review.decisionCode = code.name();
        review.decisionReason = reason;
        Map<String, String> params = figureParams(figures);
        MisuseEvent event;
        if (decision == Decision.CONFIRM) {
            review.status = MisuseReview.Status.CONFIRMED;
            review.suspendedFrom = now;
            review.suspendedUntil = now.plus(policy.suspension());
            record.filingSuspendedFrom = review.suspendedFrom;
            record.filingSuspendedUntil = review.suspendedUntil;
            params.put("from", review.suspendedFrom.toString());
            params.put("until", review.suspendedUntil.toString());
            params.put("suspensionDays", String.valueOf(policy.suspension().toDays()));
            event = event(review.brandId, MisuseEvent.Kind.SUSPENSION_CONFIRMED, review.id, figures, code.name(), params,
                    reason, MisuseEvent.ActorRole.REVIEWER, reviewer, review.suspendedFrom, review.suspendedUntil,
                    review.notifyTo, now);
        } else {
            review.status = MisuseReview.Status.DECLINED;
            event = event(review.brandId, MisuseEvent.Kind.SUSPENSION_DECLINED, review.id, figures, code.name(), params,
                    reason, MisuseEvent.ActorRole.REVIEWER, reviewer, null, null, review.notifyTo, now);
        }
        tell(event, review);
        return review;
    }

    /**
     * The brand's statement against its measures, kept as an event; with a proposal open, it is placed before the
     * reviewer on the proposal. Refused when the brand has no measure at all. A repeated key answers the first event.
     */
    @Transactional
    public MisuseEvent contest(long brandId, Actor actor, String statement, IdempotencyKey key) {
        String scope = "misuse-contest:" + brandId;
        String fingerprint = idempotency.fingerprint(statement);
        Optional<String> earlier = idempotency.earlier(actor.subject(), scope, key, fingerprint);
        if (earlier.isPresent()) {
            return MisuseEvent.findById(Long.parseLong(earlier.get()));
        }
        List<MisuseEvent> latest = history(brandId, 1, null).items();
        if (latest.isEmpty()) {
            throw Refused.NOTHING_TO_CONTEST.raise();
        }
        Instant now = clock.instant();
        MisuseReview open = latestReview(brandId).filter(r -> r.status == MisuseReview.Status.OPEN)
                .map(r -> em.find(MisuseReview.class, r.id, LockModeType.PESSIMISTIC_WRITE)).orElse(null);
        Long reviewId = latest.get(0).reviewId;
        if (open != null && open.status == MisuseReview.Status.OPEN) {
            open.contests++;
            open.lastContest = statement;
            open.lastContestedAt = now;
            reviewId = open.id;
        }
        TrustScores.Misuse figures = trust.misuse(brandId);
        Map<String, String> params = figureParams(figures);
        params.put("by", actor.username() == null ? actor.subject() : actor.username());
        params.put("measure", latest.get(0).kind.name());
        MisuseEvent event = event(brandId, MisuseEvent.Kind.CONTESTED, reviewId, figures, "BRAND_STATEMENT",
                params, statement, MisuseEvent.ActorRole.BRAND, actor.subject(), null, null, null, now);
        idempotency.remember(actor.subject(), scope, key, fingerprint, event.id);
        return event;
    }

    /** Records the end of confirmed suspensions whose period is over, on any replica: rows claimed, none twice. */
    @Scheduled(identity = "misuse-lifts", every = "${markguard.jobs.misuse-lift-every}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        try {
            while (liftDue() == LIFT_BATCH) {
                // A full batch: more may be due.
            }
        } catch (RuntimeException e) {
            LOG.warnf("Misuse lifts: a run stopped, the next one resumes: %s", e.toString());
        }
    }

    /** One batch of ended suspensions, claimed with FOR UPDATE SKIP LOCKED so replicas share the work. */
    @Transactional
    public int liftDue() {
        Instant now = clock.instant();
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("""
                SELECT id FROM misuse_review
                 WHERE status = 'CONFIRMED' AND lifted_at IS NULL AND suspended_until <= ?1
                 ORDER BY suspended_until, id LIMIT ?2 FOR UPDATE SKIP LOCKED""")
                .setParameter(1, now).setParameter(2, LIFT_BATCH).getResultList();
        for (Number id : ids) {
            MisuseReview review = em.find(MisuseReview.class, id.longValue());
            review.liftedAt = now;
            TrustScores.Misuse figures = trust.misuse(review.brandId);
            Map<String, String> params = figureParams(figures);
            params.put("from", review.suspendedFrom.toString());
            params.put("until", review.suspendedUntil.toString());
            MisuseEvent lifted = event(review.brandId, MisuseEvent.Kind.SUSPENSION_LIFTED, review.id, figures,
                    "SUSPENSION_PERIOD_ENDED", params, null, MisuseEvent.ActorRole.SYSTEM, "misuse-rule",
                    review.suspendedFrom, review.suspendedUntil, review.notifyTo, now);
            tell(lifted, review);
        }
        return ids.size();
    }

    /** The brand's events, latest first, {@code limit} at a time along {@code misuse_event_brand_history}. */
    @Transactional
    public Page<MisuseEvent> history(long brandId, int limit, Cursor after) {
        TypedQuery<MisuseEvent> query = em.createQuery("from MisuseEvent e where e.brandId = :brand"
                + (after == null ? "" : " and (e.occurredAt, e.id) < (:at, :id)")
                + " order by e.occurredAt desc, e.id desc", MisuseEvent.class).setParameter("brand", brandId);
        if (after != null) {
            query.setParameter("at", after.instant(0)).setParameter("id", after.number(1));
        }
        List<MisuseEvent> rows = query.setHint(HibernateHints.HINT_READ_ONLY, true).setMaxResults(PageSize.fetch(limit))
                .getResultList();
        return Page.of(rows, limit, e -> e, e -> Cursor.after(HISTORY, e.occurredAt, e.id));
    }

    /** Open proposals, soonest deadline first, along {@code misuse_review_queue}. */
    @Transactional
    public Page<MisuseReview> queue(int limit, Cursor after) {
        TypedQuery<MisuseReview> query = em.createQuery("from MisuseReview r where r.status = "
                + "io.markguard.complaint.MisuseReview.Status.OPEN"
                + (after == null ? "" : " and (r.deadline, r.id) > (:deadline, :id)")
                + " order by r.deadline, r.id", MisuseReview.class);
        if (after != null) {
            query.setParameter("deadline", after.instant(0)).setParameter("id", after.number(1));
        }
        List<MisuseReview> rows = query.setHint(HibernateHints.HINT_READ_ONLY, true).setMaxResults(PageSize.fetch(limit))
                .getResultList();
        return Page.of(rows, limit, r -> r, r -> Cursor.after(QUEUE, r.deadline, r.id));
    }

    @Transactional
    public MisuseReview review(long reviewId) {
        MisuseReview review = MisuseReview.findById(reviewId);
        if (review == null) {
            throw Refusal.notFound("misuse review");
        }
        return review;
    }

    /** Where the brand stands, from its record and its latest proposal: two reads by key, whatever its history. */
    @Transactional
    public Standing standing(long brandId) {
        Instant now = clock.instant();
        BrandRecord record = BrandRecord.read(brandId);
        MisuseReview latest = latestReview(brandId).orElse(null);
        boolean open = latest != null && latest.status == MisuseReview.Status.OPEN;
        boolean suspended = record.filingSuspendedUntil != null && record.filingSuspendedUntil.isAfter(now);
        Instant windowStart = trust.firstDay(policy.window()).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
        boolean warned = record.misuseWarnedAt != null && !record.misuseWarnedAt.isBefore(windowStart)
                && (latest == null || open || record.misuseWarnedAt.isAfter(latest.decidedAt));
        String state = suspended ? "SUSPENDED" : open ? "PROPOSED" : warned ? "WARNED" : "NONE";
        return new Standing(state, record.misuseWarnedAt, open ? latest.id : null, open ? latest.deadline : null,
                suspended ? record.filingSuspendedFrom : null, suspended ? record.filingSuspendedUntil : null);
    }

    private Optional<MisuseReview> latestReview(long brandId) {
        return em.createQuery("from MisuseReview r where r.brandId = :brand order by r.proposedAt desc, r.id desc",
                MisuseReview.class).setParameter("brand", brandId).setMaxResults(1).getResultStream().findFirst();
    }

    private Map<String, String> figureParams(TrustScores.Misuse figures) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("decided", String.valueOf(figures.decided()));
        params.put("unfounded", String.valueOf(figures.manifestlyUnfounded()));
        params.put("share", figures.unfoundedShare() == null ? "" : String.valueOf(figures.unfoundedShare()));
        params.put("bar", String.valueOf(policy.unfoundedShare()));
        params.put("minDecided", String.valueOf(policy.minDecidedItems()));
        params.put("windowDays", String.valueOf(policy.window().toDays()));
        params.put("windowStart", figures.windowStart().toString());
        params.put("policyVersion", policy.version());
        return params;
    }

    private MisuseEvent event(long brandId, MisuseEvent.Kind kind, Long reviewId, TrustScores.Misuse figures,
            String reasonCode, Map<String, String> params, String statement, MisuseEvent.ActorRole role, String actor,
            Instant from, Instant until, String notifiedTo, Instant now) {
        MisuseEvent e = new MisuseEvent();
        e.brandId = brandId;
        e.kind = kind;
        e.reviewId = reviewId;
        e.decidedItems = figures.decided();
        e.unfoundedItems = figures.manifestlyUnfounded();
        e.unfoundedShare = figures.unfoundedShare();
        e.windowStart = figures.windowStart();
        e.windowDays = (int) policy.window().toDays();
        e.minDecided = policy.minDecidedItems();
        e.shareBar = policy.unfoundedShare();
        e.policyVersion = policy.version();
        e.reasonCode = reasonCode;
        e.reasonParams = Map.copyOf(params);
        e.statement = statement;
        e.actorRole = role;
        e.actor = actor;
        e.effectiveFrom = from;
        e.effectiveUntil = until;
        e.notifiedTo = notifiedTo;
        e.occurredAt = now;
        e.persist();
        decisionLog.misuseEvent(e);
        return e;
    }

    /** The brand told of a step of a proposal, in this transaction: the notification leaves once it commits. */
    private void tell(MisuseEvent event, MisuseReview review) {
        told.misuse(event, review.brandName, review.notifySubject, review.notifyTo);
    }
}
