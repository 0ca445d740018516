package io.markguard.portal;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/** What a creating POST made under a client's Idempotency-Key, so a repeat returns the same thing. */
@Entity
@Table(name = "idempotency_record")
public class IdempotencyRecord extends PanacheEntity {

    @Column(nullable = false, updatable = false)
    public String subject;

    @Column(nullable = false, updatable = false)
    public String scope;

    @Column(name = "idem_key", nullable = false, updatable = false)
    public String key;

    @Column(name = "result_id", nullable = false, updatable = false)
    public Long resultId;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    public static Optional<Long> resultOf(String subject, String scope, String key) {
        return IdempotencyRecord.<IdempotencyRecord>find("subject = ?1 and scope = ?2 and key = ?3", subject, scope, key)
                .firstResultOptional().map(r -> r.resultId);
    }
}
