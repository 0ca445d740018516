package io.markguard.merchant.service;

import io.markguard.platform.metrics.DeadlineBacklog;
import io.markguard.platform.metrics.QueueFigures;
import io.markguard.platform.metrics.Gauges;
import io.markguard.platform.metrics.RepairCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import io.markguard.merchant.SubmissionState;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What operators watch in /q/metrics: the appeals waiting for a decision against their deadlines, read from the
 * database on a schedule, and the takedowns applied (the outbox's figures come from the platform's OutboxMetrics).
 */
@ApplicationScoped
public class MerchantMetrics {

    private final DeadlineBacklog appeals = new DeadlineBacklog("appeals", "markguard.appeals.open",
            "Appeals waiting for a decision", """
            select count(*) filter (where decision_deadline >= :now), count(*) filter (where decision_deadline < :now),
                   min(decision_deadline)
            from appeal where status = 'OPEN'""");

    /** Proposals to terminate an account, waiting for a second reviewer, over their queue's partial index. */
    private final DeadlineBacklog terminations = new DeadlineBacklog("terminations", "markguard.terminations.pending",
            "Proposals to terminate an account waiting for a reviewer", """
            select count(*) filter (where deadline >= :now), count(*) filter (where deadline < :now), min(deadline)
            from termination_review where status = 'PENDING'""");

    private final RepairCounter ledgerRepairs = new RepairCounter("markguard.ledger.repairs",
            "Merchants' ledger counters found out of line with their violations and repaired");

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

    @Inject
    TransparencySubmissions submissions;

    /** Statements of reasons per state of their submission to the EU Transparency Database. */
    private final Map<SubmissionState, AtomicLong> submissionStates = new EnumMap<>(SubmissionState.class);

    void register(@Observes StartupEvent start) {
        queues.register(gauges, appeals);
        queues.register(gauges, terminations);
        ledgerRepairs.register(registry);
        for (SubmissionState state : SubmissionState.values()) {
            AtomicLong value = submissionStates.computeIfAbsent(state, s -> new AtomicLong());
            gauges.register("markguard.eu_tdb.statements",
                    "Statements of reasons by state of their submission to the EU Transparency Database", value,
                    "state", state.name());
        }
    }

    /** A takedown from complaint-service was applied (not a replay). */
    public void takedownApplied(String channel) {
        registry.counter("markguard.takedowns.applied", "channel", channel).increment();
    }

    /** LedgerCheck found a merchant's counters out of line with its violations and set them right. */
    public void ledgerRepaired(int rows) {
        ledgerRepairs.add(registry, rows);
    }

    @Scheduled(identity = "merchant-metrics", every = "${markguard.jobs.metrics-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    public void refresh() {
        Instant now = clock.instant();
        appeals.refresh(em, now);
        terminations.refresh(em, now);
        submissions.counts().forEach((state, n) -> submissionStates.computeIfAbsent(state, k -> new AtomicLong()).set(n));
    }

}
