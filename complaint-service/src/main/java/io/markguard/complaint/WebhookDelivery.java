package io.markguard.complaint;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import java.time.Instant;
import java.util.UUID;

/** One event for one subscription: the body as signed and sent, and how its delivery went. */
@Entity
public class WebhookDelivery extends PanacheEntity {

    /** An outbox message will send it. */
    public static final String QUEUED = "QUEUED";
    /** An attempt failed; the outbox tries again after its backoff. */
    public static final String RETRYING = "RETRYING";
    public static final String DELIVERED = "DELIVERED";
    /** Every attempt failed; the owner may redeliver it. */
    public static final String FAILED = "FAILED";
    /** Its subscription is paused: sent once it is resumed. */
    public static final String HELD = "HELD";
    /** Not sent: the subscription ended, or the event is outside what its creator may now see. */
    public static final String CANCELLED = "CANCELLED";

    @Column(nullable = false)
    public UUID subscriptionId;
    @Column(nullable = false)
    public UUID eventId;
    @Column(nullable = false)
    public String eventType;
    /** The right of the notice the event is about: a creator scoped to some rights is sent only theirs. */
    public Long rightId;
    @Column(nullable = false)
    public String body;
    @Column(nullable = false)
    public String status;
    @Column(nullable = false)
    public int attempts;
    /** The receiver's HTTP status at the last attempt (null: no answer). */
    public Integer lastStatus;
    public String lastError;
    @Column(nullable = false)
    public Instant createdAt;
    public Instant lastAttemptAt;
    public Instant deliveredAt;
}
