package io.markguard.portal.service;

import io.markguard.platform.metrics.DeadlineBacklog;
import io.markguard.platform.metrics.Gauges;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;

/** What operators watch in /q/metrics: verification cases waiting for a reviewer, against their deadlines. */
@ApplicationScoped
public class VerificationMetrics {

    private final DeadlineBacklog cases = new DeadlineBacklog("markguard.verification.backlog",
            "Verification cases with a reviewer", """
            select count(*) filter (where deadline is null or deadline >= :now), count(*) filter (where deadline < :now)
            from verification_case where status = 'IN_REVIEW'""");

    @Inject
    Gauges gauges;

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    void register(@Observes StartupEvent start) {
        cases.register(gauges);
    }

    @Scheduled(identity = "portal-metrics", every = "${markguard.jobs.metrics-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    public void refresh() {
        cases.refresh(em, clock.instant());
    }
}
