package io.markguard.merchant.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.markguard.merchant.Appeal;
import io.markguard.merchant.OutboxMessage;
import io.markguard.merchant.client.ComplaintReversalClient;
import io.markguard.merchant.config.OutboxRules;
import io.markguard.merchant.service.BrandMail;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * Delivers pending outbox messages: reversals to complaint-service, appeal notices to brands by mail. A run claims due rows with FOR UPDATE SKIP LOCKED and leases them
 * (moves their next attempt past the lease) in one short transaction, so replicas running side by side
 * never send the same message at once; the HTTP calls happen outside any transaction, and each outcome
 * is written back in its own. A replica that dies mid-send leaves a lease that simply runs out.
 */
@ApplicationScoped
public class OutboxSender {

    private static final Logger LOG = Logger.getLogger(OutboxSender.class);

    public record Run(int delivered, int failed) {
    }

    private record Claimed(long id, String destination, String idempotencyKey, String payload) {
    }

    @Inject
    @RestClient
    ComplaintReversalClient complaints;

    @Inject
    BrandMail mail;

    @Inject
    ObjectMapper json;

    @Inject
    OutboxRules rules;

    @Inject
    Clock clock;

    @Scheduled(identity = "outbox-sender", every = "${markguard.jobs.outbox-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        Run run = deliverDue();
        if (run.failed() > 0) {
            LOG.warnf("Outbox: %d delivered, %d failed and kept for retry", run.delivered(), run.failed());
        }
    }

    public Run deliverDue() {
        return deliver(QuarkusTransaction.requiringNew().call(() -> claim(null)));
    }

    /** Tries one message at once, unless another run holds it already. */
    public Run deliverNow(long messageId) {
        return deliver(QuarkusTransaction.requiringNew().call(() -> claim(messageId)));
    }

    private Run deliver(List<Claimed> claimed) {
        int delivered = 0;
        int failed = 0;
        for (Claimed message : claimed) {
            String error = null;
            try {
                send(message);
            } catch (RuntimeException e) {
                error = e.getClass().getSimpleName() + ": " + e.getMessage();
            }
            String outcome = error;
            QuarkusTransaction.requiringNew().run(() -> record(message, outcome));
            if (error == null) {
                delivered++;
            } else {
                failed++;
            }
        }
        return new Run(delivered, failed);
    }

    @SuppressWarnings("unchecked")
    private List<Claimed> claim(Long onlyId) {
        Instant now = clock.instant();
        List<OutboxMessage> due = OutboxMessage.getEntityManager().createNativeQuery("""
                SELECT * FROM outbox_message
                WHERE status = 'PENDING' AND next_attempt_at <= ?1 AND (CAST(?3 AS BIGINT) IS NULL OR id = ?3)
                ORDER BY next_attempt_at, id
                LIMIT ?2
                FOR UPDATE SKIP LOCKED""", OutboxMessage.class)
                .setParameter(1, now)
                .setParameter(2, rules.batchSize())
                .setParameter(3, onlyId)
                .getResultList();
        for (OutboxMessage message : due) {
            message.nextAttemptAt = now.plus(rules.claimLease());
        }
        return due.stream().map(m -> new Claimed(m.id, m.destination, m.idempotencyKey, m.payload)).toList();
    }

    private void record(Claimed claimed, String error) {
        OutboxMessage message = OutboxMessage.findById(claimed.id());
        Instant now = clock.instant();
        message.attempts++;
        if (error == null) {
            message.status = OutboxMessage.DELIVERED;
            message.deliveredAt = now;
            message.lastError = null;
            if (Outbox.BRAND_MAIL.equals(claimed.destination())) {
                Appeal.update("brandNotifiedAt = ?1 where id = ?2", now, notice(claimed).appealId());
            }
        } else {
            message.nextAttemptAt = now.plus(backoff(message.attempts));
            message.lastError = error.length() > 2000 ? error.substring(0, 2000) : error;
        }
    }

    private void send(Claimed message) {
        switch (message.destination()) {
            case Outbox.COMPLAINT_SERVICE -> complaints.reportReversal(message.idempotencyKey(), message.payload());
            case Outbox.BRAND_MAIL -> mail.appealFiled(notice(message));
            default -> throw new IllegalStateException("No route to " + message.destination());
        }
    }

    private BrandMail.AppealNotice notice(Claimed message) {
        try {
            return json.readValue(message.payload(), BrandMail.AppealNotice.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable brand notice " + message.idempotencyKey(), e);
        }
    }

    /** The wait after the n-th failed attempt: doubled each time, never above the configured ceiling. */
    Duration backoff(int attempts) {
        Duration wait = rules.firstRetryAfter().multipliedBy(1L << Math.min(attempts - 1, 20));
        return wait.compareTo(rules.maxRetryAfter()) > 0 ? rules.maxRetryAfter() : wait;
    }
}
