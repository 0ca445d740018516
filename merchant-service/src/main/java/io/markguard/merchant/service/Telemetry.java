package io.markguard.merchant.service;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What operators watch in /q/metrics: the outbox to complaint-service (backlog, age of the oldest message) and the
 * appeals waiting for a decision against their deadlines, read from the database on a schedule.
 */
@ApplicationScoped
public class Telemetry {

    private final AtomicLong outboxBacklog = new AtomicLong();
    private final AtomicLong outboxOldestSeconds = new AtomicLong();
    private final AtomicLong appealsAhead = new AtomicLong();
    private final AtomicLong appealsPast = new AtomicLong();

    @Inject
    MeterRegistry registry;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    void register(@Observes StartupEvent start) {
        // A registry can outlive one start of the application (as between test classes), and a gauge keeps the
        // object it was first given: replace any gauge an earlier start left, so these figures are the ones shown.
        for (String name : java.util.List.of("markguard.appeals.open", "markguard.outbox.backlog", "markguard.outbox.oldest.age")) {
            registry.find(name).meters().forEach(registry::remove);
        }
        Gauge.builder("markguard.outbox.backlog", outboxBacklog, AtomicLong::get)
                .description("Messages for complaint-service not delivered yet").register(registry);
        Gauge.builder("markguard.outbox.oldest.age", outboxOldestSeconds, AtomicLong::get).baseUnit("seconds")
                .description("Age of the oldest undelivered message").register(registry);
        Gauge.builder("markguard.appeals.open", appealsAhead, AtomicLong::get).tag("deadline", "ahead")
                .description("Appeals waiting for a decision").register(registry);
        Gauge.builder("markguard.appeals.open", appealsPast, AtomicLong::get).tag("deadline", "past")
                .description("Appeals waiting for a decision").register(registry);
    }

    /** A takedown from complaint-service was applied (not a replay). */
    public void takedownApplied(String channel) {
        registry.counter("markguard.takedowns.applied", "channel", channel).increment();
    }

    @Scheduled(identity = "merchant-metrics", every = "${markguard.jobs.metrics-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    public void refresh() {
        Instant now = clock.instant();
        Object[] outbox = (Object[]) em.createNativeQuery(
                "select count(*), min(created_at) from outbox_message where status = 'PENDING'").getSingleResult();
        outboxBacklog.set(((Number) outbox[0]).longValue());
        outboxOldestSeconds.set(outbox[1] == null ? 0 : Math.max(0, Duration.between(instant(outbox[1]), now).getSeconds()));
        Object[] appeals = (Object[]) em.createNativeQuery("""
                select count(*) filter (where decision_deadline >= :now), count(*) filter (where decision_deadline < :now)
                from appeal where status = 'OPEN'""").setParameter("now", now).getSingleResult();
        appealsAhead.set(((Number) appeals[0]).longValue());
        appealsPast.set(((Number) appeals[1]).longValue());
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }
}
