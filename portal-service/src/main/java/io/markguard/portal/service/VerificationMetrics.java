package io.markguard.portal.service;

import io.markguard.platform.metrics.Gauges;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;

/** What operators watch in /q/metrics: verification cases waiting for a reviewer, against their deadlines. */
@ApplicationScoped
public class VerificationMetrics {

    private final AtomicLong reviewAhead = new AtomicLong();
    private final AtomicLong reviewPast = new AtomicLong();

    @Inject
    Gauges gauges;

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    void register(@Observes StartupEvent start) {
        gauges.register("markguard.verification.backlog", "Verification cases with a reviewer", reviewAhead, "deadline", "ahead");
        gauges.register("markguard.verification.backlog", "Verification cases with a reviewer", reviewPast, "deadline", "past");
    }

    @Scheduled(identity = "portal-metrics", every = "${markguard.jobs.metrics-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    public void refresh() {
        Object[] cases = (Object[]) em.createNativeQuery("""
                select count(*) filter (where deadline is null or deadline >= :now), count(*) filter (where deadline < :now)
                from verification_case where status = 'IN_REVIEW'""").setParameter("now", clock.instant()).getSingleResult();
        reviewAhead.set(((Number) cases[0]).longValue());
        reviewPast.set(((Number) cases[1]).longValue());
    }
}
