package io.markguard.complaint.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.markguard.complaint.OutboxMessage;
import io.markguard.complaint.service.AfterCommit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes commands for merchant-service in the caller's transaction, so they exist exactly when the decision
 * does, and hands them to the sender the moment that transaction commits.
 */
@ApplicationScoped
public class Outbox {

    private static final String PENDING_IDS = Outbox.class.getName() + ".ids";

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    @Inject
    OutboxSender sender;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Transactional(Transactional.TxType.MANDATORY)
    public OutboxMessage enqueue(String destination, String idempotencyKey, long itemId, Object payload) {
        Instant now = clock.instant();
        OutboxMessage message = new OutboxMessage();
        message.destination = destination;
        message.idempotencyKey = idempotencyKey;
        message.itemId = itemId;
        try {
            message.payload = json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write outbox payload " + idempotencyKey, e);
        }
        message.status = OutboxMessage.PENDING;
        message.attempts = 0;
        message.nextAttemptAt = now;
        message.createdAt = now;
        message.persist();
        sendAfterCommit(message.id);
        return message;
    }

    @SuppressWarnings("unchecked")
    private void sendAfterCommit(long id) {
        List<Long> ids = (List<Long>) transactions.getResource(PENDING_IDS);
        if (ids == null) {
            List<Long> fresh = new ArrayList<>();
            transactions.putResource(PENDING_IDS, fresh);
            AfterCommit.run(transactions, () -> sender.sendSoon(List.copyOf(fresh)));
            ids = fresh;
        }
        ids.add(id);
    }
}
