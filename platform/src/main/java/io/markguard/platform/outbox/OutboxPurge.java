package io.markguard.platform.outbox;

import io.markguard.platform.transaction.Batches;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Removes delivered messages once they are older than {@code markguard.outbox.keep-delivered-for}, so the table holds
 * the messages in flight, the dead letters and a few days of delivered ones, not the service's whole history. A
 * bounded batch per transaction, oldest first over {@code outbox_delivered}; rows another replica is removing are
 * skipped, so every replica may run it at once.
 */
@ApplicationScoped
public class OutboxPurge {

    private static final Logger LOG = Logger.getLogger(OutboxPurge.class);

    // A run stops after this many batches; the next run goes on.
    private static final int MAX_BATCHES_PER_RUN = 100;

    @Inject
    OutboxRules rules;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Scheduled(identity = "outbox-purge", every = "${markguard.jobs.outbox-purge-every:10m}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        int removed = purge();
        if (removed > 0) {
            LOG.infof("Outbox: removed %d delivered messages older than %s", removed, rules.keepDeliveredFor());
        }
    }

    /** Delivered messages past the retention, a batch per transaction until a batch comes back short. */
    public int purge() {
        Instant before = clock.instant().minus(rules.keepDeliveredFor());
        return Batches.untilShort(rules.purgeBatch(), MAX_BATCHES_PER_RUN, () -> em.createNativeQuery("""
                DELETE FROM outbox_message WHERE id IN (
                    SELECT id FROM outbox_message
                    WHERE status = 'DELIVERED' AND delivered_at < :before
                    ORDER BY delivered_at
                    LIMIT :batch
                    FOR UPDATE SKIP LOCKED)""")
                .setParameter("before", before)
                .setParameter("batch", rules.purgeBatch())
                .executeUpdate());
    }
}
