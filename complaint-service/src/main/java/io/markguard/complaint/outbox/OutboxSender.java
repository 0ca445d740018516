package io.markguard.complaint.outbox;

import io.markguard.complaint.ComplaintItem;
import io.markguard.complaint.OutboxMessage;
import io.markguard.complaint.client.MerchantClient;
import io.markguard.complaint.config.OutboxRules;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jboss.logging.Logger;

/**
 * Delivers takedowns and retractions to merchant-service. A run claims due rows with FOR UPDATE SKIP LOCKED and
 * leases them in one short transaction, so replicas never send one message at once; the calls happen outside
 * any transaction and each outcome is written back in its own. merchant-service applies a command once per
 * complaint item, so a message sent again after a crash changes nothing there.
 */
@ApplicationScoped
public class OutboxSender {

    private static final Logger LOG = Logger.getLogger(OutboxSender.class);

    @Inject
    io.markguard.complaint.service.Telemetry telemetry;

    public record Run(int delivered, int failed) {
    }

    private record Claimed(long id, String destination, long itemId, String payload) {
    }

    // Sending right after commit must not wait behind the sweeper, nor block the request thread; four threads let
    // a bulk job's chunks go out side by side (merchant-service serialises what concerns one merchant).
    private final ExecutorService afterCommit = Executors.newFixedThreadPool(4, r -> {
        Thread t = new Thread(r, "outbox-after-commit");
        t.setDaemon(true);
        return t;
    });

    @Inject
    MerchantClient merchants;

    @Inject
    OutboxRules rules;

    @Inject
    Clock clock;

    void stop(@Observes ShutdownEvent event) {
        afterCommit.shutdown();
    }

    /** Called once a transaction that wrote messages has committed. */
    public void sendSoon(List<Long> ids) {
        try {
            afterCommit.submit(() -> deliverNow(ids));
        } catch (java.util.concurrent.RejectedExecutionException stopping) {
            // Shutting down: the sweeper of this or another replica sends them.
        }
    }

    @Scheduled(identity = "complaint-outbox-sweeper", every = "${markguard.jobs.outbox-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        Run run = deliverDue();
        if (run.failed() > 0) {
            LOG.warnf("Outbox: %d delivered, %d failed and kept for retry", run.delivered(), run.failed());
        }
    }

    /** Everything due, a batch at a time, until a batch comes back short (nothing more is due). */
    public Run deliverDue() {
        int delivered = 0;
        int failed = 0;
        List<Claimed> batch;
        do {
            batch = QuarkusTransaction.requiringNew().call(() -> claim(null));
            Run run = deliver(batch);
            delivered += run.delivered();
            failed += run.failed();
        } while (batch.size() == rules.batchSize() && failed == 0);
        return new Run(delivered, failed);
    }

    /** The messages one transaction wrote, in batches of the configured size. */
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

    private record Outcome(Claimed message, Map<String, Object> answer, String error) {
    }

    /** Sends a claimed batch, then writes every outcome in one transaction. */
    private Run deliver(List<Claimed> claimed) {
        List<Outcome> outcomes = new java.util.ArrayList<>(claimed.size());
        for (Claimed message : claimed) {
            try {
                outcomes.add(new Outcome(message, send(message), null));
            } catch (RuntimeException e) {
                outcomes.add(new Outcome(message, null, e.getClass().getSimpleName() + ": " + e.getMessage()));
            }
        }
        if (!outcomes.isEmpty()) {
            // Should this fail, the batch's lease runs out and it is sent again: merchant-service applies a
            // takedown once per complaint item, whatever the number of copies.
            QuarkusTransaction.requiringNew().run(() -> outcomes.forEach(o -> record(o.message(), o.answer(), o.error())));
        }
        int failed = (int) outcomes.stream().filter(o -> o.error() != null).count();
        return new Run(outcomes.size() - failed, failed);
    }

    @SuppressWarnings("unchecked")
    private List<Claimed> claim(List<Long> onlyIds) {
        Instant now = clock.instant();
        String only = onlyIds == null ? "" : " AND id IN (:ids)";
        var query = OutboxMessage.getEntityManager().createNativeQuery("""
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
        return due.stream().map(m -> new Claimed(m.id, m.destination, m.itemId, m.payload)).toList();
    }

    private Map<String, Object> send(Claimed message) {
        return switch (message.destination()) {
            case OutboxMessage.TAKEDOWN -> merchants.takeDown(message.payload());
            case OutboxMessage.RETRACTION -> merchants.retract(message.payload());
            default -> throw new IllegalStateException("No route to " + message.destination());
        };
    }

    private void record(Claimed claimed, Map<String, Object> answer, String error) {
        OutboxMessage message = OutboxMessage.findById(claimed.id());
        Instant now = clock.instant();
        message.attempts++;
        if (error == null) {
            message.status = OutboxMessage.DELIVERED;
            message.deliveredAt = now;
            message.lastError = null;
            if (OutboxMessage.TAKEDOWN.equals(claimed.destination())) {
                ComplaintItem item = ComplaintItem.findById(claimed.itemId());
                item.takedownAppliedAt = now;
                telemetry.takedownApplied(item.channel.name(), Duration.between(item.createdAt, now));
                if (answer != null && answer.get("violationId") instanceof Number n) {
                    item.violationId = n.longValue();
                }
            }
        } else {
            message.nextAttemptAt = now.plus(backoff(message.attempts));
            message.lastError = error.length() > 2000 ? error.substring(0, 2000) : error;
        }
    }

    /** The wait after the n-th failed attempt: doubled each time, never above the configured ceiling. */
    Duration backoff(int attempts) {
        Duration wait = rules.firstRetryAfter().multipliedBy(1L << Math.min(attempts - 1, 20));
        return wait.compareTo(rules.maxRetryAfter()) > 0 ? rules.maxRetryAfter() : wait;
    }
}
