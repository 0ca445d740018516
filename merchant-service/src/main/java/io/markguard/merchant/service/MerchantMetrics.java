package io.markguard.merchant.service;

import io.markguard.platform.metrics.Gauges;
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
public class MerchantMetrics {

    private final AtomicLong appealsAhead = new AtomicLong();
    private final AtomicLong appealsPast = new AtomicLong();

    @Inject
    MeterRegistry registry;

    @Inject
    Gauges gauges;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    void register(@Observes StartupEvent start) {
        gauges.register("markguard.appeals.open", "Appeals waiting for a decision", appealsAhead, "deadline", "ahead");
        gauges.register("markguard.appeals.open", "Appeals waiting for a decision", appealsPast, "deadline", "past");
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
