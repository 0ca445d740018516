package io.markguard.complaint.service;

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
 * Reminds the reviewers of pending items whose review deadline passes within {@code markguard.review.remind-before}.
 * Each run claims a bounded batch along the index of pending deadlines (FOR UPDATE SKIP LOCKED) and marks each item
 * in {@code review_reminder} in the transaction that tells, so every replica may run it and each item is reminded
 * once.
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
