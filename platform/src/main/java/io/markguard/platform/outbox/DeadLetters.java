package io.markguard.platform.outbox;

import io.markguard.platform.paging.Cursor;
import io.markguard.platform.paging.Page;
import io.markguard.platform.paging.PageSize;
import io.markguard.platform.problem.Refusal;
import io.markguard.platform.transaction.AfterCommit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** The messages the relay gave up on, for an operator to read and re-queue once the receiver is mended. */
@ApplicationScoped
public class DeadLetters {

    public record DeadLetter(long id, String destination, String idempotencyKey, int attempts, String lastError,
            Instant createdAt, Instant lastAttemptAt) {
    }

    public static final String LIST = "dead-letters";

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    OutboxRelay relay;

    @Inject
    TransactionSynchronizationRegistry transactions;

    /** Newest first, {@code limit} at a time, after the id of the last one already read. */
    @Transactional
    public Page<DeadLetter> list(int limit, Cursor after) {
        List<OutboxMessage> dead = em.createQuery("""
                from OutboxMessage where status = :dead and (:before is null or id < :before) order by id desc""",
                OutboxMessage.class)
                .setParameter("dead", OutboxMessage.DEAD)
                .setParameter("before", after == null ? null : after.number(0))
                .setMaxResults(PageSize.fetch(limit))
                .getResultList();
        return Page.of(dead, limit, m -> new DeadLetter(m.id, m.destination, m.idempotencyKey, m.attempts,
                m.lastError, m.createdAt, m.nextAttemptAt), m -> Cursor.after(LIST, m.id));
    }

    /** Puts a dead letter back in line with a fresh set of attempts; it is sent right after this commits. */
    @Transactional
    public DeadLetter requeue(long id) {
        OutboxMessage message = em.find(OutboxMessage.class, id);
        if (message == null) {
            throw Refusal.notFound("outbox message");
        }
        if (!OutboxMessage.DEAD.equals(message.status)) {
            throw Refusal.conflict(null, "Only a dead letter can be re-queued; this message is " + message.status + ".");
        }
        message.status = OutboxMessage.PENDING;
        message.attempts = 0;
        message.nextAttemptAt = clock.instant();
        AfterCommit.run(transactions, () -> relay.sendSoon(List.of(id)));
        return new DeadLetter(message.id, message.destination, message.idempotencyKey, message.attempts,
                message.lastError, message.createdAt, message.nextAttemptAt);
    }
}
