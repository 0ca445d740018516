package io.markguard.platform.metrics;

import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Work waiting for a person against its deadlines (items for a reviewer, cases, appeals), shown as one gauge
 * tagged {@code deadline=ahead} and {@code deadline=past}, read from the database on the service's schedule. The
 * same reading, with the soonest deadline, is what {@link QueueFigures} shows the portal's navigation.
 */
public final class DeadlineBacklog {

    /** What a queue holds at one reading: how much is within its deadline, how much past it, the soonest deadline. */
    public record Reading(String queue, long waiting, long overdue, Instant soonestDeadline, Instant readAt) {
    }

    private final String queue;
    private final String name;
    private final String description;
    private final String query;
    private final AtomicLong ahead = new AtomicLong();
    private final AtomicLong past = new AtomicLong();
    private final AtomicReference<Reading> last;

    /**
     * {@code query} selects the work still within its deadline, the work past it (given {@code :now}) and the soonest
     * deadline of either (null when the queue is empty); {@code queue} names it where people read it.
     */
    public DeadlineBacklog(String queue, String name, String description, String query) {
        this.queue = queue;
        this.name = name;
        this.description = description;
        this.query = query;
        this.last = new AtomicReference<>(new Reading(queue, 0, 0, null, null));
    }

    public String queue() {
        return queue;
    }

    public void register(Gauges gauges) {
        gauges.register(name, description, ahead, "deadline", "ahead");
        gauges.register(name, description, past, "deadline", "past");
    }

    /** In the caller's transaction. */
    public void refresh(EntityManager em, Instant now) {
        Object[] counts = (Object[]) em.createNativeQuery(query).setParameter("now", now).getSingleResult();
        long within = ((Number) counts[0]).longValue();
        long late = ((Number) counts[1]).longValue();
        ahead.set(within);
        past.set(late);
        last.set(new Reading(queue, within + late, late, instant(counts[2]), now));
    }

    /** The latest reading (zeros and no time before the first). */
    public Reading reading() {
        return last.get();
    }

    private static Instant instant(Object value) {
        if (value == null || value instanceof Instant) {
            return (Instant) value;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
