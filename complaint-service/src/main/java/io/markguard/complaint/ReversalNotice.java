package io.markguard.complaint;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import java.time.Instant;

/** An upheld appeal as merchant-service reported it; its Idempotency-Key makes a repeat a no-op. */
@Entity
public class ReversalNotice extends PanacheEntity {

    @Column(nullable = false, unique = true)
    public String idempotencyKey;
    @Column(nullable = false)
    public long complaintItemId;
    public Long appealId;
    @Column(nullable = false)
    public String payload;
    @Column(nullable = false)
    public Instant receivedAt;
}
