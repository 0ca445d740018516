package io.markguard.complaint.service;

import io.markguard.complaint.MisuseReview;
import io.markguard.complaint.config.ReviewRules;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Reminds the reviewers of pending items whose review deadline passes within {@code markguard.review.remind-before},
 * and of open proposals to suspend a brand's filing (DSA Art. 23(3)) likewise; a proposal whose deadline passed
 * undecided is escalated to the administrators. Each run claims a bounded batch along the index of open deadlines
 * (FOR UPDATE SKIP LOCKED) and marks each row in the transaction that tells, so every replica may run it and each
 * item or proposal is reminded, and escalated, once.
 */
@ApplicationScoped
public class ReviewReminders {

    private static final Logger LOG = Logger.getLogger(ReviewReminders.class);

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ComplaintNotifications told;

    @Inject
    ReviewRules rules;

    @Scheduled(identity = "review-reminders", every = "${markguard.jobs.review-reminders-every}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        try {
            remindDue();
            remindMisuseDue();
            escalateMisuseOverdue();
        } catch (RuntimeException e) {
            LOG.warnf("Review reminders failed this round: %s", e.toString());
        }
    }

    /** Reminds of one batch of items due soon and not reminded yet; the number reminded. */
    @Transactional
    public int remindDue() {
        Instant now = clock.instant();
        @SuppressWarnings("unchecked")
        List<Object[]> due = em.createNativeQuery("""
                SELECT i.id, i.complaint_id, i.deadline FROM complaint_item i
                 WHERE i.status = 'PENDING' AND i.deadline > ?1 AND i.deadline <= ?2
                   AND NOT EXISTS (SELECT 1 FROM review_reminder r WHERE r.item_id = i.id)
                 ORDER BY i.deadline LIMIT ?3
                   FOR UPDATE OF i SKIP LOCKED""")
                .setParameter(1, now).setParameter(2, now.plus(rules.remindBefore())).setParameter(3, rules.remindBatch()).getResultList();
        int reminded = 0;
        for (Object[] row : due) {
            long itemId = ((Number) row[0]).longValue();
            int marked = em.createNativeQuery("INSERT INTO review_reminder (item_id, reminded_at) VALUES (?1, ?2) ON CONFLICT DO NOTHING")
                    .setParameter(1, itemId).setParameter(2, now).executeUpdate();
            if (marked == 1) {
                told.deadlineNear(itemId, ((Number) row[1]).longValue(), instant(row[2]));
                reminded++;
            }
        }
        return reminded;
    }

    /** Reminds the reviewers of one batch of open misuse proposals due soon and not reminded yet; the number reminded. */
    @Transactional
    public int remindMisuseDue() {
        Instant now = clock.instant();
        List<MisuseReview> due = em.createNativeQuery("""
                SELECT * FROM misuse_review WHERE status = 'OPEN' AND deadline > ?1 AND deadline <= ?2
                   AND reminded_at IS NULL ORDER BY deadline, id LIMIT ?3 FOR UPDATE SKIP LOCKED""", MisuseReview.class)
                .setParameter(1, now).setParameter(2, now.plus(rules.remindBefore())).setParameter(3, rules.remindBatch())
                .getResultList();
        for (MisuseReview review : due) {
            review.remindedAt = now;
            told.misuseReviewDue(review);
        }
        return due.size();
    }

    /**
     * Tells the administrators of one batch of open misuse proposals whose deadline has passed undecided; the number
     * escalated. The brand may still file meanwhile: a suspension takes effect only once a reviewer confirms it.
     */
    @Transactional
    public int escalateMisuseOverdue() {
        Instant now = clock.instant();
        List<MisuseReview> overdue = em.createNativeQuery("""
                SELECT * FROM misuse_review WHERE status = 'OPEN' AND deadline <= ?1 AND escalated_at IS NULL
                 ORDER BY deadline, id LIMIT ?2 FOR UPDATE SKIP LOCKED""", MisuseReview.class)
                .setParameter(1, now).setParameter(2, rules.remindBatch()).getResultList();
        for (MisuseReview review : overdue) {
            review.escalatedAt = now;
            told.misuseReviewOverdue(review);
        }
        return overdue.size();
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }
}
