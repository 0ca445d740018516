package io.markguard.platform.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A message for another service or the mail server, written in the transaction of the change it reports and
 * relayed by {@link OutboxRelay} once that transaction has committed. Each service has its own
 * {@code outbox_message} table of this shape.
 */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage {

    public static final String PENDING = "PENDING";
    public static final String DELIVERED = "DELIVERED";
    /** Given up after the configured number of attempts; an operator re-queues it. */
    public static final String DEAD = "DEAD";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbox_message_seq")
    @SequenceGenerator(name = "outbox_message_seq", sequenceName = "outbox_message_seq", allocationSize = 50)
    public Long id;

    /** The {@link OutboxRoute} that delivers it. */
    @Column(nullable = false)
    public String destination;

    /** Sent with the message, so that the receiver applies a repeat once. */
    @Column(name = "idempotency_key", nullable = false, unique = true, updatable = false)
    public String idempotencyKey;

    @Column(nullable = false)
    public String payload;

    /** Messages of one key are delivered one after another, in the order written; null when order does not matter. */
    @Column(name = "ordering_key")
    public String orderingKey;

    @Column(nullable = false)
    public String status;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "delivered_at")
    public Instant deliveredAt;
}
