package io.markguard.complaint.service;

import io.markguard.platform.transaction.Batches;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Removes the rows of {@code transparency_open_hour} for filing hours before {@link TransparencyRollups#OPEN_HOURS_KEPT},
 * which no read needs and no change moves any more, so the table holds three days of hours whatever the history.
 * A bounded batch per transaction, oldest first over the index on the hour; rows another replica is removing are
 * skipped, so every replica may run it at once.
 */
@ApplicationScoped
public class TransparencyOpenHours {

    private static final Logger LOG = Logger.getLogger(TransparencyOpenHours.class);

    private static final int BATCH = 1000;

    // A run stops after this many batches; the next run goes on.
    private static final int MAX_BATCHES_PER_RUN = 100;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Scheduled(identity = "transparency-open-hours-purge", every = "${markguard.jobs.open-hours-purge-every}",
            delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        int removed = purge();
        if (removed > 0) {
            LOG.infof("Transparency: removed %d open-item hour rows older than %s", removed,
                    TransparencyRollups.OPEN_HOURS_KEPT);
        }
    }

    /** The rows of the hours no longer kept, a batch per transaction until a batch comes back short. */
    public int purge() {
        Instant before = TransparencyRollups.openHoursFrom(clock.instant());
        return Batches.untilShort(BATCH, MAX_BATCHES_PER_RUN, () -> em.createNativeQuery("""
                DELETE FROM transparency_open_hour WHERE ctid IN (
                    SELECT ctid FROM transparency_open_hour WHERE hour < :before
                    ORDER BY hour LIMIT :batch FOR UPDATE SKIP LOCKED)""")
                .setParameter("before", before).setParameter("batch", BATCH).executeUpdate());
    }
}
