package io.markguard.platform.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
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
import java.util.List;
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
    MeterRegistry registry;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    void register(@Observes StartupEvent start) {
        // A registry can outlive one start of the application (as between test classes), and a gauge keeps the
        // object it was first given: replace any gauge an earlier start left.
        for (String name : List.of("markguard.outbox.backlog", "markguard.outbox.oldest.age", "markguard.outbox.dead")) {
            registry.find(name).meters().forEach(registry::remove);
        }
        Gauge.builder("markguard.outbox.backlog", backlog, AtomicLong::get)
                .description("Outbox messages not delivered yet").register(registry);
        Gauge.builder("markguard.outbox.oldest.age", oldestSeconds, AtomicLong::get).baseUnit("seconds")
                .description("Age of the oldest undelivered outbox message").register(registry);
        Gauge.builder("markguard.outbox.dead", dead, AtomicLong::get)
                .description("Outbox messages given up on, waiting for an operator").register(registry);
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
