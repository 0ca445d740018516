package io.markguard.platform.outbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
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
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import org.jboss.logging.Logger;

/**
 * Relays outbox messages through their {@link OutboxRoute}s. Claims take due rows with {@code FOR UPDATE SKIP LOCKED}
 * and lease them (move their next attempt past the lease) in one short transaction, so replicas side by side never
 * send one message at once and a replica that dies mid-send leaves a lease that simply runs out.
 *
 * <p>Claimed messages are sent side by side, each on a thread of its own from a bounded pool
 * ({@code markguard.outbox.senders}), and each outcome is written in its own transaction as soon as it is known: a
 * slow receiver holds up only its own message. Nothing is claimed without a free sender, so no claimed message
 * waits in a queue while its lease runs. Messages that share an ordering key ({@link OutboxRoute#orderingKey}) go
 * one after another: a message is claimed only once every earlier PENDING message of its key is settled.
 *
 * <p>A failure waits a capped, doubling backoff; after the configured attempts the message is a dead letter.
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

    // Claiming right after commit must neither block the request thread nor wait for the sweeper.
    private final ExecutorService afterCommit = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "outbox-after-commit");
        t.setDaemon(true);
        return t;
    });

    private ExecutorService senders;

    // One permit per sender thread: taken before a message is claimed, given back once its outcome is written.
    private Semaphore freeSenders;

    @PostConstruct
    void collectRoutes() {
        for (OutboxRoute route : declared) {
            OutboxRoute earlier = routes.put(route.destination(), route);
            if (earlier != null) {
                throw new IllegalStateException("Two outbox routes for " + route.destination());
            }
        }
        senders = Executors.newFixedThreadPool(rules.senders(), r -> {
            Thread t = new Thread(r, "outbox-sender");
            t.setDaemon(true);
            return t;
        });
        freeSenders = new Semaphore(rules.senders());
    }

    void stop(@Observes ShutdownEvent event) {
        afterCommit.shutdown();
        senders.shutdown();
    }

    OutboxRoute route(String destination) {
        OutboxRoute route = routes.get(destination);
        if (route == null) {
            throw new IllegalStateException("No outbox route for " + destination + "; routes: " + routes.keySet());
        }
        return route;
    }

    /** Called once a transaction that wrote messages has committed: claims them and hands them to the senders. */
    void sendSoon(List<Long> ids) {
        try {
            afterCommit.submit(() -> {
                try {
                    dispatch(ids);
                } catch (RuntimeException e) {
                    LOG.warnf("Outbox: sending at once failed, the sweeper retries: %s", e.toString());
                }
            });
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

    /**
     * Everything due: claims as many as there are free senders, again as senders come free, until a claim finds
     * nothing more; then waits for the messages it sent. A destination of one receiver ({@link OutboxRoute#oneReceiver})
     * that failed in this round is not claimed again in it, so a receiver that is down is not hammered with its
     * whole backlog.
     */
    @ActivateRequestContext
    public Run deliverDue() {
        Set<String> failing = new HashSet<>();
        List<CompletableFuture<Outcome>> sent = new ArrayList<>();
        while (true) {
            int room = takeSenders(rules.batchSize());
            List<OutboxRoute.Message> claimed;
            try {
                Set<String> skip = Set.copyOf(failing);
                claimed = QuarkusTransaction.requiringNew().call(() -> claim(null, room, skip));
            } catch (RuntimeException e) {
                freeSenders.release(room);
                throw e;
            }
            // Each claimed message keeps its sender's permit until its outcome is written.
            freeSenders.release(room - claimed.size());
            if (claimed.isEmpty()) {
                break;
            }
            for (OutboxRoute.Message message : claimed) {
                sent.add(sendAside(message));
            }
            // Learn of failures so far without waiting for any message.
            sent.stream().filter(CompletableFuture::isDone).map(CompletableFuture::join)
                    .filter(o -> o.error() != null && route(o.message().destination()).oneReceiver())
                    .forEach(o -> failing.add(o.message().destination()));
        }
        return tally(sent);
    }

    /** These messages, if due and not held by another replica; waits for their outcomes. */
    @ActivateRequestContext
    public Run deliverNow(List<Long> ids) {
        return tally(dispatch(ids));
    }

    private List<CompletableFuture<Outcome>> dispatch(List<Long> ids) {
        List<CompletableFuture<Outcome>> sent = new ArrayList<>();
        int from = 0;
        while (from < ids.size()) {
            int room = takeSenders(Math.min(rules.batchSize(), ids.size() - from));
            List<Long> chunk = ids.subList(from, from + room);
            List<OutboxRoute.Message> claimed;
            try {
                claimed = QuarkusTransaction.requiringNew().call(() -> claim(chunk, chunk.size(), Set.of()));
            } catch (RuntimeException e) {
                freeSenders.release(room);
                throw e;
            }
            freeSenders.release(room - claimed.size());
            claimed.forEach(message -> sent.add(sendAside(message)));
            from += room;
        }
        return sent;
    }

    /** Waits for at least one free sender, then takes up to {@code wanted} without waiting. */
    private int takeSenders(int wanted) {
        freeSenders.acquireUninterruptibly();
        int taken = 1;
        while (taken < wanted && freeSenders.tryAcquire()) {
            taken++;
        }
        return taken;
    }

    private static Run tally(List<CompletableFuture<Outcome>> sent) {
        int delivered = 0;
        int failed = 0;
        for (CompletableFuture<Outcome> outcome : sent) {
            if (outcome.join().error() == null) {
                delivered++;
            } else {
                failed++;
            }
        }
        return new Run(delivered, failed);
    }

    private record Outcome(OutboxRoute.Message message, Object answer, String error) {
    }

    /**
     * Sends one claimed message on a sender of its own, whose permit the claim took, and writes its outcome as soon
     * as it is known.
     */
    private CompletableFuture<Outcome> sendAside(OutboxRoute.Message message) {
        try {
            return CompletableFuture.supplyAsync(() -> {
                try {
                    return sendAndRecord(message);
                } finally {
                    freeSenders.release();
                }
            }, senders);
        } catch (RejectedExecutionException stopping) {
            // Shutting down: the lease runs out and the message is sent again.
            freeSenders.release();
            return CompletableFuture.completedFuture(new Outcome(message, null, "not sent: shutting down"));
        }
    }

    private Outcome sendAndRecord(OutboxRoute.Message message) {
        ManagedContext request = Arc.container().requestContext();
        request.activate();
        try {
            Outcome outcome;
            try {
                outcome = new Outcome(message, route(message.destination()).send(message), null);
            } catch (Exception e) {
                outcome = new Outcome(message, null, e.getClass().getSimpleName() + ": " + e.getMessage());
            }
            if (outcome.error() != null) {
                // One line per failed attempt, which the backoff spaces out: what a receiver answered is on record.
                LOG.warnf("Outbox: message %d to %s not delivered, kept for retry: %s", message.id(), message.destination(),
                        outcome.error());
            }
            Outcome sent = outcome;
            Optional<Long> next;
            try {
                next = QuarkusTransaction.requiringNew().call(() -> record(sent));
            } catch (RuntimeException e) {
                // The lease runs out and the message is sent again: receivers apply a repeat once.
                LOG.warnf("Outbox: the outcome of message %d could not be written: %s", message.id(), e.toString());
                return new Outcome(message, null, "outcome not written: " + e);
            }
            // The next message of its ordering key goes now, not with the next sweep: a key's messages follow each
            // other at the pace of their receiver.
            next.ifPresent(id -> sendSoon(List.of(id)));
            return outcome;
        } finally {
            request.terminate();
        }
    }

    /**
     * The claim: due messages in the order of {@code outbox_claim}, not held by another replica, none of whose ordering
     * key has an earlier message still to be settled. The look-up of an earlier message says "neither delivered nor
     * dead" so that only {@code outbox_key_order} can serve it, whatever the statistics say of the queue; with
     * {@code onlyIds} the claim is of those messages, with {@code skip} it leaves out destinations.
     */
    public static String claimStatement(boolean onlyIds, boolean skip) {
        return """
                SELECT m.* FROM outbox_message m
                WHERE m.status = 'PENDING' AND m.next_attempt_at <= :now%s%s
                  AND (m.ordering_key IS NULL OR NOT EXISTS (
                      SELECT 1 FROM outbox_message e
                      WHERE e.ordering_key = m.ordering_key AND e.status <> 'DELIVERED' AND e.status <> 'DEAD'
                        AND (e.created_at, e.id) < (m.created_at, m.id)))
                ORDER BY m.next_attempt_at, m.id
                LIMIT :limit
                FOR UPDATE OF m SKIP LOCKED""".formatted(onlyIds ? " AND m.id IN (:ids)" : "",
                skip ? " AND m.destination NOT IN (:skip)" : "");
    }

    /** Due messages (see {@link #claimStatement}), leased to this replica. */
    @SuppressWarnings("unchecked")
    private List<OutboxRoute.Message> claim(List<Long> onlyIds, int limit, Set<String> skipDestinations) {
        Instant now = clock.instant();
        var query = em.createNativeQuery(claimStatement(onlyIds != null, !skipDestinations.isEmpty()),
                OutboxMessage.class)
                .setParameter("now", now)
                .setParameter("limit", limit);
        if (onlyIds != null) {
            query.setParameter("ids", onlyIds);
        }
        if (!skipDestinations.isEmpty()) {
            query.setParameter("skip", skipDestinations);
        }
        List<OutboxMessage> due = query.getResultList();
        for (OutboxMessage message : due) {
            message.nextAttemptAt = now.plus(rules.claimLease());
        }
        return due.stream().map(m -> new OutboxRoute.Message(m.id, m.destination, m.idempotencyKey, m.payload,
                m.attempts)).toList();
    }

    /** Writes the outcome; the message of the same ordering key that may go now, if this one is settled. */
    private Optional<Long> record(Outcome outcome) {
        OutboxMessage message = em.find(OutboxMessage.class, outcome.message().id());
        Instant now = clock.instant();
        message.attempts++;
        if (outcome.error() == null) {
            message.status = OutboxMessage.DELIVERED;
            message.deliveredAt = now;
            message.lastError = null;
            route(message.destination).delivered(outcome.message(), outcome.answer(), now);
            return nextOfKey(message);
        }
        message.lastError = outcome.error().length() > 2000 ? outcome.error().substring(0, 2000) : outcome.error();
        if (message.attempts >= rules.maxAttempts()) {
            message.status = OutboxMessage.DEAD;
            registry.counter("markguard.outbox.dead.letters", "destination", message.destination).increment();
            LOG.errorf("Outbox: message %d to %s is a dead letter after %d attempts: %s", message.id,
                    message.destination, message.attempts, message.lastError);
            return nextOfKey(message);
        }
        message.nextAttemptAt = now.plus(backoff().after(message.attempts));
        return Optional.empty();
    }

    /**
     * The first message still to be settled of a settled message's ordering key, along {@code outbox_key_order}
     * (whose predicate this one repeats); its claim checks it is due and first.
     */
    private Optional<Long> nextOfKey(OutboxMessage settled) {
        if (settled.orderingKey == null) {
            return Optional.empty();
        }
        em.flush();
        List<?> next = em.createNativeQuery("""
                SELECT id FROM outbox_message
                WHERE ordering_key = :key AND status <> 'DELIVERED' AND status <> 'DEAD'
                ORDER BY created_at, id LIMIT 1""").setParameter("key", settled.orderingKey).getResultList();
        return next.stream().map(id -> ((Number) id).longValue()).findFirst();
    }

    Backoff backoff() {
        return new Backoff(rules.firstRetryAfter(), rules.maxRetryAfter());
    }
}
