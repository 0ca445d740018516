package io.markguard.platform.ratelimit;

import io.markguard.platform.transaction.Batches;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Removes the buckets nobody has touched for {@link RateLimiter#idleAfter()}: they are full again, as a missing row
 * is, so the table holds the callers of the last hour, not everyone who ever called. A bounded batch per transaction;
 * rows another replica is removing are skipped, so every replica may run it at once.
 */
@ApplicationScoped
public class RateLimitPurge {

    private static final int BATCH = 1000;
    private static final int MAX_BATCHES_PER_RUN = 50;

    @Inject
    RateLimiter limiter;

    @Inject
    EntityManager em;

    @Scheduled(identity = "rate-limit-purge", every = "${markguard.jobs.rate-limit-purge-every:10m}", delayed = "2m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        purge();
    }

    /** Idle buckets, a batch per transaction until a batch comes back short; how many went. */
    public int purge() {
        double idleSeconds = limiter.idleAfter().toMillis() / 1000.0;
        return Batches.untilShort(BATCH, MAX_BATCHES_PER_RUN, () -> em.createNativeQuery("""
                DELETE FROM rate_limit_bucket WHERE bucket IN (
                    SELECT bucket FROM rate_limit_bucket
                    WHERE touched_at < clock_timestamp() - make_interval(secs => :idle)
                    LIMIT :batch
                    FOR UPDATE SKIP LOCKED)""")
                .setParameter("idle", idleSeconds)
                .setParameter("batch", BATCH)
                .executeUpdate());
    }
}
