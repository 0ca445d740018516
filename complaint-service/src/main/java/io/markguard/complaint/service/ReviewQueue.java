package io.markguard.complaint.service;

import io.markguard.platform.problem.Refusal;
import io.markguard.complaint.Complaint;
import io.markguard.complaint.ComplaintItem;
import io.markguard.complaint.ItemStatus;
import io.markguard.complaint.ReasonCode;
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
    Takedowns takedowns;

    @Inject
    TrustScores trust;

    @Inject
    FastTrack fastTrack;

    @Inject
    Clock clock;

    @Inject
    ComplaintCounts counts;

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

    @Transactional
    public ComplaintItem claim(long itemId, String reviewer) {
        ComplaintItem item = locked(itemId);
        if (!open(item)) {
            throw Refusal.conflict("itemId", "Item " + itemId + " is decided already (" + item.status + ").");
        }
        if (item.claimedBy != null && !item.claimedBy.equals(reviewer)) {
            throw Refusal.conflict("itemId", "Item " + itemId + " is claimed by another reviewer.");
        }
        if (item.claimedBy == null) {
            item.claimedBy = reviewer;
            item.claimedAt = clock.instant();
        }
        return item;
    }

    /**
     * Accept orders the takedown through the outbox; reject closes the item. On a fast-track spot check, accept
     * confirms the takedown and reject undoes it through merchant-service. The same decision again is a no-op.
     */
    @Transactional
    public ComplaintItem decide(long itemId, String reviewer, Outcome outcome, ReasonCode code, String reason) {
        if (code.accepts() != (outcome == Outcome.ACCEPT)) {
            throw Refusal.invalid("reasonCode", code + " is not a reason to " + outcome.name().toLowerCase() + ".");
        }
        ComplaintItem item = locked(itemId);
        ItemStatus was = item.status;
        if (reviewer.equals(item.decidedBy) && code == item.reasonCode && reason.equals(item.reasonText)) {
            return item;
        }
        if (!open(item)) {
            throw Refusal.conflict("outcome", "Item " + itemId + " is decided already (" + item.status + ").");
        }
        if (item.claimedBy != null && !item.claimedBy.equals(reviewer)) {
            throw Refusal.conflict("outcome", "Item " + itemId + " is claimed by another reviewer.");
        }
        Instant now = clock.instant();
        Complaint complaint = Complaint.findById(item.complaintId);
        if (item.status == ItemStatus.PENDING) {
            item.decidedAt = now;
            if (outcome == Outcome.ACCEPT) {
                item.status = ItemStatus.ACCEPTED;
                takedowns.order(complaint, item, false);
            } else {
                item.status = ItemStatus.REJECTED;
            }
        } else {
            // A spot check of a fast-track takedown.
            item.spotCheckedAt = now;
            if (outcome == Outcome.REJECT) {
                item.status = ItemStatus.REJECTED;
                takedowns.retract(item, "Fast-track takedown overturned on review: " + reason);
            }
        }
        item.decidedBy = reviewer;
        item.reasonCode = code;
        item.reasonText = reason;
        item.claimedBy = reviewer;
        fastTrack.reassess(item.brandId);
        if (code == ReasonCode.MANIFESTLY_UNFOUNDED) {
            trust.judgeMisuse(item.brandId);
        }
        // After the brand's row, as in every transaction that takes both: the complaint's row is taken last.
        counts.moved(item.complaintId, was, item.status);
        return item;
    }

    @Transactional
    public Breaches breaches() {
        Instant now = clock.instant();
        Object[] row = (Object[]) ComplaintItem.getEntityManager().createNativeQuery("""
                SELECT count(*) FILTER (WHERE status = 'PENDING'),
                       count(*) FILTER (WHERE status = 'PENDING' AND deadline < ?1),
                       count(*) FILTER (WHERE channel = 'STANDARD' AND decided_at IS NOT NULL),
                       count(*) FILTER (WHERE channel = 'STANDARD' AND decided_at > deadline)
                  FROM complaint_item""").setParameter(1, now).getSingleResult();
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
