package io.markguard.merchant.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.markguard.merchant.OutboxMessage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;

/** Writes messages for other services in the caller's transaction: they exist exactly when the change does. */
@ApplicationScoped
public class Outbox {

    public static final String COMPLAINT_SERVICE = "complaint-service";
    /** Mail to the brand that complained, through the mail server. */
    public static final String BRAND_MAIL = "brand-mail";

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public OutboxMessage enqueue(String destination, String idempotencyKey, Object payload) {
        Instant now = clock.instant();
        OutboxMessage message = new OutboxMessage();
        message.destination = destination;
        message.idempotencyKey = idempotencyKey;
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
        return message;
    }
}
