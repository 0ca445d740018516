package io.markguard.platform.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.markguard.platform.transaction.AfterCommit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes messages in the caller's transaction, so they exist exactly when the change they report does, and hands
 * them to the relay the moment that transaction commits (never before: a rolled-back change sends nothing).
 */
@ApplicationScoped
public class Outbox {

    private static final String AFTER_COMMIT_IDS = Outbox.class.getName() + ".ids";

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    OutboxRelay relay;

    @Inject
    TransactionSynchronizationRegistry transactions;

    /** Writes one message for {@code destination}; {@code idempotencyKey} is unique and travels with it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public OutboxMessage enqueue(String destination, String idempotencyKey, Object payload) {
        return enqueue(destination, idempotencyKey, payload, null);
    }

    /**
     * As {@link #enqueue(String, String, Object)}, in the order of {@code orderingKey} rather than the one the route
     * gives the payload (when not null): for a message that must follow another route's message of that key.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public OutboxMessage enqueue(String destination, String idempotencyKey, Object payload, String orderingKey) {
        OutboxRoute route = relay.route(destination);
        Instant now = clock.instant();
        OutboxMessage message = new OutboxMessage();
        message.destination = destination;
        message.idempotencyKey = idempotencyKey;
        try {
            message.payload = payload instanceof String text ? text : json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write outbox payload " + idempotencyKey, e);
        }
        message.orderingKey = orderingKey != null ? orderingKey : route.orderingKey(message.payload).orElse(null);
        message.status = OutboxMessage.PENDING;
        message.attempts = 0;
        message.nextAttemptAt = now;
        message.createdAt = now;
        em.persist(message);
        if (route.firstAttempt() == OutboxRoute.FirstAttempt.AFTER_COMMIT) {
            sendAfterCommit(message.id);
        }
        return message;
    }

    /** One hand-over per transaction, however many messages it wrote. */
    @SuppressWarnings("unchecked")
    private void sendAfterCommit(long id) {
        List<Long> ids = (List<Long>) transactions.getResource(AFTER_COMMIT_IDS);
        if (ids == null) {
            List<Long> fresh = new ArrayList<>();
            transactions.putResource(AFTER_COMMIT_IDS, fresh);
            AfterCommit.run(transactions, () -> relay.sendSoon(List.copyOf(fresh)));
            ids = fresh;
        }
        ids.add(id);
    }
}
