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
 * What operators watch in /q/metrics: the appeals waiting for a decision against their deadlines, read from the
 * database on a schedule, and the takedowns applied (the outbox's figures come from the platform's OutboxMetrics).
 */
@ApplicationScoped
public class Telemetry {

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
        for (String name : java.util.List.of("markguard.appeals.open")) {
            registry.find(name).meters().forEach(registry::remove);
        }
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
        Object[] appeals = (Object[]) em.createNativeQuery("""
                select count(*) filter (where decision_deadline >= :now), count(*) filter (where decision_deadline < :now)
                from appeal where status = 'OPEN'""").setParameter("now", now).getSingleResult();
        appealsAhead.set(((Number) appeals[0]).longValue());
        appealsPast.set(((Number) appeals[1]).longValue());
    }

}
