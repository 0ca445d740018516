package io.markguard.complaint.service;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What operators watch in /q/metrics: the intake rate, the time from filing to a listing's removal and the review
 * queue against its deadlines (the outbox's figures come from the platform's OutboxMetrics). The queue figures are
 * read from the database on a schedule, so a scrape never waits on it.
 */
@ApplicationScoped
public class Telemetry {

    private final AtomicLong queueWithinDeadline = new AtomicLong();
    private final AtomicLong queuePastDeadline = new AtomicLong();

    @Inject
    MeterRegistry registry;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    void register(@Observes StartupEvent start) {
        // A registry can outlive one start of the application (as between test classes), and a gauge keeps the
        // object it was first given: replace any gauge an earlier start left, so these figures are the ones shown.
        for (String name : java.util.List.of("markguard.review.queue")) {
            registry.find(name).meters().forEach(registry::remove);
        }
        Gauge.builder("markguard.review.queue", queueWithinDeadline, AtomicLong::get).tag("deadline", "ahead")
                .description("Items waiting for a reviewer").register(registry);
        Gauge.builder("markguard.review.queue", queuePastDeadline, AtomicLong::get).tag("deadline", "past")
                .description("Items waiting for a reviewer").register(registry);
    }

    /** A notice filed through the API, with its items per channel. */
    public void filed(String channel, long items) {
        registry.counter("markguard.complaint.items.filed", "channel", channel).increment(items);
    }

    /** merchant-service confirmed a removal this long after the item was filed. */
    public void takedownApplied(String channel, Duration sinceFiling) {
        Timer.builder("markguard.takedown.latency").tag("channel", channel).publishPercentileHistogram()
                .description("From filing to the listing's removal in merchant-service").register(registry)
                .record(sinceFiling.isNegative() ? Duration.ZERO : sinceFiling);
    }

    @Scheduled(identity = "complaint-metrics", every = "${markguard.jobs.metrics-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    public void refresh() {
        Object[] queue = (Object[]) em.createNativeQuery("""
                select count(*) filter (where deadline >= :now), count(*) filter (where deadline < :now)
                from complaint_item where status = 'PENDING' or (spot_check and spot_checked_at is null)""")
                .setParameter("now", clock.instant()).getSingleResult();
        queueWithinDeadline.set(((Number) queue[0]).longValue());
        queuePastDeadline.set(((Number) queue[1]).longValue());
    }

}
