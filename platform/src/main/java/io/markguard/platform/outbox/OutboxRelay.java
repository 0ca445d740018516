package io.markguard.platform.outbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import org.jboss.logging.Logger;

/**
 * Relays outbox messages through their {@link OutboxRoute}s. A round claims due rows with
 * {@code FOR UPDATE SKIP LOCKED} and leases them (moves their next attempt past the lease) in one short
 * transaction, so replicas side by side never send one message at once and a replica that dies mid-send leaves a
 * lease that simply runs out. Sends happen outside any transaction; a batch's outcomes are written back in one.
 * A failure waits a capped, doubling backoff; after the configured attempts the message is a dead letter.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    public record Run(int delivered, int failed) {
    }

    @Inject
    @Any
    Instance<OutboxRoute> declared;

    @Inject
    OutboxRules rules;

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    MeterRegistry registry;

    private final Map<String, OutboxRoute> routes = new HashMap<>();

    // Sending right after commit must neither block the request thread nor wait for the sweeper; a few threads
    // let the chunks of a bulk job go out side by side.
    private final ExecutorService afterCommit = Executors.newFixedThreadPool(4, r -> {
        Thread t = new Thread(r, "outbox-after-commit");
        t.setDaemon(true);
        return t;
    });

    @PostConstruct
    void collectRoutes() {
        for (OutboxRoute route : declared) {
            OutboxRoute earlier = routes.put(route.destination(), route);
            if (earlier != null) {
                throw new IllegalStateException("Two outbox routes for " + route.destination());
            }
        }
    }

    void stop(@Observes ShutdownEvent event) {
        afterCommit.shutdown();
    }

    OutboxRoute route(String destination) {
        OutboxRoute route = routes.get(destination);
        if (route == null) {
            throw new IllegalStateException("No outbox route for " + destination + "; routes: " + routes.keySet());
        }
        return route;
    }

    /** Called once a transaction that wrote messages has committed. */
    void sendSoon(List<Long> ids) {
        try {
            afterCommit.submit(() -> deliverNow(ids));
        } catch (RejectedExecutionException stopping) {
            // Shutting down: the sweeper of this or another replica sends them.
        }
    }

    @Scheduled(identity = "outbox-relay", every = "${markguard.jobs.outbox-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        Run run = deliverDue();
        if (run.failed() > 0) {
            LOG.warnf("Outbox: %d delivered, %d failed and kept for retry", run.delivered(), run.failed());
        }
    }

    /** Everything due, a batch at a time, until a batch comes back short or fails. */
    @ActivateRequestContext
    public Run deliverDue() {
        int delivered = 0;
        int failed = 0;
        List<OutboxRoute.Message> batch;
        do {
            batch = QuarkusTransaction.requiringNew().call(() -> claim(null));
            Run run = deliver(batch);
            delivered += run.delivered();
            failed += run.failed();
        } while (batch.size() == rules.batchSize() && failed == 0);
        return new Run(delivered, failed);
    }

    /** These messages, if due and not held by another replica, in batches of the configured size. */
    @ActivateRequestContext
    public Run deliverNow(List<Long> ids) {
        int delivered = 0;
        int failed = 0;
        for (int from = 0; from < ids.size(); from += rules.batchSize()) {
            List<Long> batch = ids.subList(from, Math.min(ids.size(), from + rules.batchSize()));
            try {
                Run run = deliver(QuarkusTransaction.requiringNew().call(() -> claim(batch)));
                delivered += run.delivered();
                failed += run.failed();
            } catch (RuntimeException e) {
                LOG.warnf("Outbox: sending at once failed, the sweeper retries: %s", e.toString());
                failed += batch.size();
            }
        }
        return new Run(delivered, failed);
    }

    private record Outcome(OutboxRoute.Message message, Object answer, String error) {
    }

    private Run deliver(List<OutboxRoute.Message> claimed) {
        List<Outcome> outcomes = new ArrayList<>(claimed.size());
        for (OutboxRoute.Message message : claimed) {
            try {
                outcomes.add(new Outcome(message, route(message.destination()).send(message), null));
            } catch (Exception e) {
                outcomes.add(new Outcome(message, null, e.getClass().getSimpleName() + ": " + e.getMessage()));
            }
        }
        if (!outcomes.isEmpty()) {
            // Should this fail, the batch's lease runs out and it is sent again: receivers apply a repeat once.
            QuarkusTransaction.requiringNew().run(() -> outcomes.forEach(this::record));
        }
        int failed = (int) outcomes.stream().filter(o -> o.error() != null).count();
        return new Run(outcomes.size() - failed, failed);
    }

    @SuppressWarnings("unchecked")
    private List<OutboxRoute.Message> claim(List<Long> onlyIds) {
        Instant now = clock.instant();
        String only = onlyIds == null ? "" : " AND id IN (:ids)";
        var query = em.createNativeQuery("""
                SELECT * FROM outbox_message
                WHERE status = 'PENDING' AND next_attempt_at <= :now""" + only + """

                ORDER BY next_attempt_at, id
                LIMIT :limit
                FOR UPDATE SKIP LOCKED""", OutboxMessage.class)
                .setParameter("now", now)
                .setParameter("limit", rules.batchSize());
        if (onlyIds != null) {
            query.setParameter("ids", onlyIds);
        }
        List<OutboxMessage> due = query.getResultList();
        for (OutboxMessage message : due) {
            message.nextAttemptAt = now.plus(rules.claimLease());
        }
        return due.stream().map(m -> new OutboxRoute.Message(m.id, m.destination, m.idempotencyKey, m.payload,
                m.attempts)).toList();
    }

    private void record(Outcome outcome) {
        OutboxMessage message = em.find(OutboxMessage.class, outcome.message().id());
        Instant now = clock.instant();
        message.attempts++;
        if (outcome.error() == null) {
            message.status = OutboxMessage.DELIVERED;
            message.deliveredAt = now;
            message.lastError = null;
            route(message.destination).delivered(outcome.message(), outcome.answer(), now);
            return;
        }
        message.lastError = outcome.error().length() > 2000 ? outcome.error().substring(0, 2000) : outcome.error();
        if (message.attempts >= rules.maxAttempts()) {
            message.status = OutboxMessage.DEAD;
            registry.counter("markguard.outbox.dead.letters", "destination", message.destination).increment();
            LOG.errorf("Outbox: message %d to %s is a dead letter after %d attempts: %s", message.id,
                    message.destination, message.attempts, message.lastError);
        } else {
            message.nextAttemptAt = now.plus(backoff().after(message.attempts));
        }
    }

    Backoff backoff() {
        return new Backoff(rules.firstRetryAfter(), rules.maxRetryAfter());
    }
}
