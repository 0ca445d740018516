package io.markguard.portal.service;

import io.markguard.platform.metrics.DeadlineBacklog;
import io.markguard.platform.metrics.QueueFigures;
import io.markguard.platform.metrics.Gauges;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What operators watch in /q/metrics: verification cases waiting for a reviewer, against their deadlines; and how far
 * the register re-check is behind ({@code markguard_register_recheck_overdue_seconds}: how long the verified right
 * due longest has waited past its {@code next_check_at}, 0 when none is due). One read of the first row of the partial
 * index {@code ip_right_recheck}, whatever the number of rights.
 */
@ApplicationScoped
public class VerificationMetrics {

    private final DeadlineBacklog cases = new DeadlineBacklog("verification", "markguard.verification.backlog",
            "Verification cases with a reviewer", """
            select count(*) filter (where deadline is null or deadline >= :now), count(*) filter (where deadline < :now),
                   min(deadline)
            from verification_case where status = 'IN_REVIEW'""");

    private final AtomicLong recheckOverdue = new AtomicLong();

    @Inject
    Gauges gauges;

    @Inject
    QueueFigures.Board queues;

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    void register(@Observes StartupEvent start) {
        queues.register(gauges, cases);
        gauges.registerSeconds("markguard.register.recheck.overdue",
                "How long the verified right due longest for its register re-check has waited past its time", recheckOverdue);
    }

    @Scheduled(identity = "portal-metrics", every = "${markguard.jobs.metrics-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    public void refresh() {
        Instant now = clock.instant();
        cases.refresh(em, now);
        @SuppressWarnings("unchecked")
        List<Number> oldest = em.createNativeQuery("""
                SELECT floor(extract(epoch FROM next_check_at)) FROM ip_right
                 WHERE status = 'VERIFIED' AND next_check_at <= ?1 ORDER BY next_check_at LIMIT 1""")
                .setParameter(1, now).getResultList();
        recheckOverdue.set(oldest.isEmpty() ? 0 : Math.max(0, now.getEpochSecond() - oldest.get(0).longValue()));
    }
}
