package io.markguard.portal.service;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.concurrent.atomic.AtomicLong;

/** What operators watch in /q/metrics: verification cases waiting for a reviewer, against their deadlines. */
@ApplicationScoped
public class Telemetry {

    private final AtomicLong reviewAhead = new AtomicLong();
    private final AtomicLong reviewPast = new AtomicLong();

    @Inject
    MeterRegistry registry;

    @Inject
    EntityManager em;

    void register(@Observes StartupEvent start) {
        // A registry can outlive one start of the application (as between test classes), and a gauge keeps the
        // object it was first given: replace any gauge an earlier start left, so these figures are the ones shown.
        for (String name : java.util.List.of("markguard.verification.backlog")) {
            registry.find(name).meters().forEach(registry::remove);
        }
        Gauge.builder("markguard.verification.backlog", reviewAhead, AtomicLong::get).tag("deadline", "ahead")
                .description("Verification cases with a reviewer").register(registry);
        Gauge.builder("markguard.verification.backlog", reviewPast, AtomicLong::get).tag("deadline", "past")
                .description("Verification cases with a reviewer").register(registry);
    }

    @Scheduled(identity = "portal-metrics", every = "${markguard.jobs.metrics-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    public void refresh() {
        Object[] cases = (Object[]) em.createNativeQuery("""
                select count(*) filter (where deadline is null or deadline >= :now), count(*) filter (where deadline < :now)
                from verification_case where status = 'IN_REVIEW'""").setParameter("now", java.time.Instant.now()).getSingleResult();
        reviewAhead.set(((Number) cases[0]).longValue());
        reviewPast.set(((Number) cases[1]).longValue());
    }
}
