package io.markguard.merchant;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import java.time.Instant;

/** A message for another service, written with the change it reports and delivered by the outbox sender. */
@Entity
public class OutboxMessage extends PanacheEntity {

    public static final String PENDING = "PENDING";
    public static final String DELIVERED = "DELIVERED";

    @Column(nullable = false)
    public String destination;

    @Column(nullable = false, unique = true, updatable = false)
    public String idempotencyKey;

    @Column(nullable = false)
    public String payload;

    @Column(nullable = false)
    public String status;

    @Column(nullable = false)
    public int attempts;

    @Column(nullable = false)
    public Instant nextAttemptAt;

    public String lastError;

    @Column(nullable = false)
    public Instant createdAt;

    public Instant deliveredAt;
}
