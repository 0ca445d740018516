package io.markguard.complaint.service;

import io.markguard.platform.metrics.DeadlineBacklog;
import io.markguard.platform.metrics.QueueFigures;
import io.markguard.platform.metrics.Gauges;
import io.markguard.platform.metrics.RepairCounter;
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
import java.time.Instant;

/**
 * What operators watch in /q/metrics: the intake rate, the time from filing to a listing's removal and the review
 * queue against its deadlines (the outbox's figures come from the platform's OutboxMetrics). The queue figures are
 * read from the database on a schedule, so a scrape never waits on it, over the queue's own index
 * (complaint_item_review_queue, whose condition the query repeats).
 */
@ApplicationScoped
public class ComplaintMetrics {

    private final DeadlineBacklog queue = new DeadlineBacklog("complaints", "markguard.review.queue",
            "Items waiting for a reviewer", """
            select count(*) filter (where deadline >= :now), count(*) filter (where deadline < :now), min(deadline)
            from complaint_item
            where status = 'PENDING' or (spot_check and spot_checked_at is null and status = 'ACCEPTED')""");

    /** Proposals to suspend a brand's filing, over their queue's partial index. */
    private final DeadlineBacklog misuse = new DeadlineBacklog("misuse", "markguard.misuse.reviews.open",
            "Proposals to suspend a brand's filing waiting for a reviewer", """
            select count(*) filter (where deadline >= :now), count(*) filter (where deadline < :now), min(deadline)
            from misuse_review where status = 'OPEN'""");

    private final RepairCounter figureRepairs = new RepairCounter("markguard.brand.figures.repaired",
            "Day rows of brand figures found drifted from the items and repaired");

    @Inject
    MeterRegistry registry;

    @Inject
    Gauges gauges;

    @Inject
    QueueFigures.Board queues;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    void register(@Observes StartupEvent start) {
        queues.register(gauges, queue);
        queues.register(gauges, misuse);
        figureRepairs.register(registry);
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

    /** Day rows of brand figures the scheduled check found drifted from the items and set right. */
    public void figuresRepaired(long rows) {
        figureRepairs.add(registry, rows);
    }

    @Scheduled(identity = "complaint-metrics", every = "${markguard.jobs.metrics-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    public void refresh() {
        Instant now = clock.instant();
        queue.refresh(em, now);
        misuse.refresh(em, now);
    }

}
