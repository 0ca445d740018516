package io.markguard.platform.outbox;

import io.markguard.platform.metrics.Gauges;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What operators watch of the outbox in /q/metrics: the backlog, the age of its oldest message and the dead
 * letters. Read from the database on a schedule (over partial indexes of just those rows), so a scrape never waits.
 */
@ApplicationScoped
public class OutboxMetrics {

    private final AtomicLong backlog = new AtomicLong();
    private final AtomicLong oldestSeconds = new AtomicLong();
    private final AtomicLong dead = new AtomicLong();

    @Inject
    Gauges gauges;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    void register(@Observes StartupEvent start) {
        gauges.register("markguard.outbox.backlog", "Outbox messages not delivered yet", backlog);
        gauges.registerSeconds("markguard.outbox.oldest.age", "Age of the oldest undelivered outbox message",
                oldestSeconds);
        gauges.register("markguard.outbox.dead", "Outbox messages given up on, waiting for an operator", dead);
    }

    @Scheduled(identity = "outbox-metrics", every = "${markguard.jobs.metrics-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    public void refresh() {
        Object[] pending = (Object[]) em.createNativeQuery(
                "select count(*), min(created_at) from outbox_message where status = 'PENDING'").getSingleResult();
        backlog.set(((Number) pending[0]).longValue());
        oldestSeconds.set(pending[1] == null ? 0
                : Math.max(0, Duration.between(instant(pending[1]), clock.instant()).getSeconds()));
        dead.set(((Number) em.createNativeQuery("select count(*) from outbox_message where status = 'DEAD'")
                .getSingleResult()).longValue());
    }

    /** What operators read of this service's outbox, as of the latest reading. */
    public record State(long backlog, long oldestSeconds, long dead) {
    }

    public State state() {
        return new State(backlog.get(), oldestSeconds.get(), dead.get());
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
