package io.markguard.platform.metrics;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Work waiting for a person against its deadlines (items for a reviewer, cases, appeals), shown as one gauge
 * tagged {@code deadline=ahead} and {@code deadline=past}, read from the database on the service's schedule.
 */
public final class DeadlineBacklog {

    private final String name;
    private final String description;
    private final String query;
    private final AtomicLong ahead = new AtomicLong();
    private final AtomicLong past = new AtomicLong();

    /** {@code query} selects two counts, the work still within its deadline and the work past it, given {@code :now}. */
    public DeadlineBacklog(String name, String description, String query) {
        this.name = name;
        this.description = description;
        this.query = query;
    }

    public void register(Gauges gauges) {
        gauges.register(name, description, ahead, "deadline", "ahead");
        gauges.register(name, description, past, "deadline", "past");
    }

    /** In the caller's transaction. */
    public void refresh(EntityManager em, Instant now) {
        Object[] counts = (Object[]) em.createNativeQuery(query).setParameter("now", now).getSingleResult();
        ahead.set(((Number) counts[0]).longValue());
        past.set(((Number) counts[1]).longValue());
    }
}
