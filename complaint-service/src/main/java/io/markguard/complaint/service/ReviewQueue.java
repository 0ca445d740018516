package io.markguard.complaint.service;

import io.markguard.platform.problem.Refusal;
import io.markguard.complaint.Complaint;
import io.markguard.complaint.ComplaintEvidence;
import io.markguard.complaint.ComplaintItem;
import io.markguard.complaint.ItemStatus;
import io.markguard.complaint.ReasonCode;
import io.markguard.complaint.Severity;
import io.markguard.complaint.SeveritySource;
import io.markguard.complaint.config.ReviewRules;
import io.markguard.platform.paging.Cursor;
import io.markguard.platform.paging.Page;
import io.markguard.platform.paging.PageSize;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.hibernate.jpa.HibernateHints;

/** The standard queue, by deadline: reviewers claim items and accept or reject each with a reason code. */
@ApplicationScoped
public class ReviewQueue {

    public enum Outcome {
        ACCEPT, REJECT
    }

    public record Breaches(long open, long openPastDeadline, long decided, long decidedLate, Instant asOf) {
    }

    @Inject
    ComplaintNotifications told;

    @Inject
    BrandEvents events;

    @Inject
    Takedowns takedowns;

    @Inject
    FastTrack fastTrack;

    @Inject
    MisuseMeasures misuse;

    @Inject
    ItemFigures figures;

    @Inject
    ReviewRules rules;

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    public static final String QUEUE = "review-queue";

    /**
     * Open items and unchecked fast-track samples, soonest deadline first, {@code limit} at a time after the
     * (deadline, id) of the last one already read. The condition is the one of the index
     * {@code complaint_item_review_queue}, written out so that it serves the query.
     */
    @Transactional
    public Page<ComplaintItem> queue(int limit, Cursor after) {
        TypedQuery<ComplaintItem> query = em.createQuery("""
                from ComplaintItem i
                 where (i.status = io.markguard.complaint.ItemStatus.PENDING
                        or (i.spotCheck = true and i.spotCheckedAt is null
                            and i.status = io.markguard.complaint.ItemStatus.ACCEPTED))"""
                + (after == null ? "" : " and (i.deadline, i.id) > (:deadline, :id)")
                + " order by i.deadline, i.id", ComplaintItem.class);
        if (after != null) {
            query.setParameter("deadline", after.instant(0)).setParameter("id", after.number(1));
        }
        List<ComplaintItem> rows = query.setHint(HibernateHints.HINT_READ_ONLY, true)
                .setMaxResults(PageSize.fetch(limit)).getResultList();
        return Page.of(rows, limit, i -> i, i -> Cursor.after(QUEUE, i.deadline, i.id));
    }

    /**
     * Claims the item for {@code reviewer} for {@link ReviewRules#claimExpiresAfter()}: an item nobody's claim holds
     * (never claimed, or the claim lapsed) is taken, the reviewer's own claim is renewed, and another reviewer's live
     * claim is refused. Decided on the item's row under its lock, so two reviewers never both hold it.
     */
    @Transactional
    public ComplaintItem claim(long itemId, String reviewer) {
        ComplaintItem item = locked(itemId);
        if (!open(item)) {
            throw Refusal.conflict("itemId", "Item " + itemId + " is decided already (" + item.status + ").");
        }
        Instant now = clock.instant();
        String holder = item.claimHolder(now);
        if (holder != null && !holder.equals(reviewer)) {
            throw Refusal.conflict("itemId", "Item " + itemId + " is claimed by another reviewer until "
                    + item.claimExpiresAt + ".");
        }
        if (!reviewer.equals(holder)) {
            item.claimedAt = now;
        }
        item.claimedBy = reviewer;
        item.claimExpiresAt = now.plus(rules.claimExpiresAfter());
        return item;
    }

    /**
     * Accept orders the takedown through the outbox; reject closes the item. On a fast-track spot check, accept
     * confirms the takedown and reject undoes it through merchant-service. The same decision again is a no-op.
     */
    @Transactional
    public ComplaintItem decide(long itemId, Actor actor, Outcome outcome, ReasonCode code, String reason,
            Severity severity) {
        String reviewer = actor.subject();
        if (severity != null && outcome != Outcome.ACCEPT) {
            throw Refusal.invalid("severity", "only an accepted item has a severity");
        }
        if (code.accepts() != (outcome == Outcome.ACCEPT)) {
            throw Refusal.invalid("reasonCode", code + " is not a reason to " + outcome.name().toLowerCase() + ".");
        }
        ComplaintItem item = locked(itemId);
        if (reviewer.equals(item.decidedBy) && code == item.reasonCode && reason.equals(item.reasonText)
                && (severity == null || severity == item.severity)) {
            return item;
        }
        if (!open(item)) {
            throw Refusal.conflict("outcome", "Item " + itemId + " is decided already (" + item.status + ").");
        }
        // Claim first, then decide: the reviewer's claim, live or lapsed with nobody else having taken the item since.
        if (!reviewer.equals(item.claimedBy)) {
            throw Refusal.conflict("outcome", item.claimHolder(clock.instant()) == null
                    ? "Claim item " + itemId + " before deciding it."
                    : "Item " + itemId + " is claimed by another reviewer until " + item.claimExpiresAt + ".");
        }
        Instant now = clock.instant();
        Complaint complaint = Complaint.findById(item.complaintId);
        ItemFigures.Before before = figures.before(item);
        // Before the takedown is ordered: the command names its decider, whom merchant-service keeps off its appeal.
        item.decidedBy = reviewer;
        if (item.status == ItemStatus.PENDING) {
            item.decidedAt = now;
            if (outcome == Outcome.ACCEPT) {
                item.status = ItemStatus.ACCEPTED;
                item.severity = severity;
                item.severitySource = severity != null ? SeveritySource.REVIEWER : SeveritySource.POLICY_DEFAULT;
                item.reasonCode = code;
                takedowns.order(complaint, item, false, actor.username());
            } else {
                item.status = ItemStatus.REJECTED;
            }
        } else {
            // A spot check of a fast-track takedown, which weighs the fast track's severity.
            if (severity != null) {
                throw Refusal.invalid("severity", "a fast-track takedown weighs its type's default severity");
            }
            item.spotCheckedAt = now;
            if (outcome == Outcome.REJECT) {
                item.status = ItemStatus.REJECTED;
                takedowns.retract(item, reason, Takedowns.OVERTURNED_ON_REVIEW);
            } else {
                // Upheld: the reviewer has taken part in the takedown and is kept off an appeal against it.
                takedowns.spotChecked(item, reviewer);
            }
        }
        ItemStatus was = before.status();
        item.decidedBy = reviewer;
        item.reasonCode = code;
        item.reasonText = reason;
        item.claimedBy = reviewer;
        figures.decided(item, before);
        if (item.status != was) {
            told.decided(complaint, item);
            events.decided(complaint, java.util.List.of(item), false);
        }
        fastTrack.reassess(item.brandId);
        if (code == ReasonCode.MANIFESTLY_UNFOUNDED) {
            misuse.judge(item);
        }
        return item;
    }

    /** An item with its notice and the notice's evidence (at most 50 pieces, by id), and the listing's snapshot text. */
    public record ForReview(ComplaintItem item, Complaint complaint, List<ComplaintEvidence> evidence, String snapshot) {
    }

    /** What a reviewer decides an item on, read by key: the item, its notice, the notice's evidence along its index. */
    @Transactional
    public ForReview forReview(long itemId) {
        ComplaintItem item = em.find(ComplaintItem.class, itemId);
        if (item == null) {
            throw Refusal.notFound("complaint item");
        }
        Complaint complaint = em.find(Complaint.class, item.complaintId);
        List<ComplaintEvidence> evidence = em.createQuery(
                "from ComplaintEvidence e where e.complaintId = :id order by e.id", ComplaintEvidence.class)
                .setParameter("id", item.complaintId).setHint(HibernateHints.HINT_READ_ONLY, true).getResultList();
        return new ForReview(item, complaint, evidence, item.snapshot);
    }

    /**
     * Open items come from the index of pending deadlines (as many as wait, whatever the history); decided and decided late
     * from the totals {@link BrandDayFigures} keeps with every decision.
     */
    @Transactional
    public Breaches breaches() {
        Instant now = clock.instant();
        Object[] row = (Object[]) ComplaintItem.getEntityManager().createNativeQuery("""
                SELECT p.open, p.late, coalesce(f.decided, 0), coalesce(f.late, 0)
                  FROM (SELECT count(*) AS open, count(*) FILTER (WHERE deadline < ?1) AS late
                          FROM complaint_item WHERE status = 'PENDING') p,
                       (SELECT sum(decided) AS decided, sum(decided_late) AS late FROM review_breach_figures) f""")
                .setParameter(1, now).getSingleResult();
        return new Breaches(n(row[0]), n(row[1]), n(row[2]), n(row[3]), now);
    }

    private static long n(Object o) {
        return ((Number) o).longValue();
    }

    private static boolean open(ComplaintItem item) {
        return item.status == ItemStatus.PENDING
                || (item.status == ItemStatus.ACCEPTED && item.spotCheck && item.spotCheckedAt == null);
    }

    static ComplaintItem locked(long itemId) {
        ComplaintItem item = ComplaintItem.getEntityManager().find(ComplaintItem.class, itemId, LockModeType.PESSIMISTIC_WRITE);
        if (item == null) {
            throw Refusal.notFound("complaint item");
        }
        return item;
    }
}
