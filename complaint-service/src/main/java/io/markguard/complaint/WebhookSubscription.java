package io.markguard.complaint;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * An HTTPS address a brand's owner or API client subscribed to some of the brand's events. Its deliveries are signed
 * with its secret; it is paused after repeated failures until its owner resumes it; it ends with its creator's
 * membership of the brand.
 */
@Entity
public class WebhookSubscription extends PanacheEntityBase {

    public static final String ACTIVE = "ACTIVE";
    public static final String PAUSED = "PAUSED";
    /** Its creator is no longer a member of the brand: nothing more is sent. */
    public static final String ENDED = "ENDED";

    @Id
    public UUID id;
    @Column(nullable = false)
    public long brandId;
    @Column(nullable = false)
    public String url;
    /** The event types, comma-separated. */
    @Column(nullable = false)
    public String eventTypes;
    @Column(nullable = false)
    public String secret;
    @Column(nullable = false)
    public String status;
    @Column(nullable = false)
    public String createdBy;
    public String createdByEmail;
    public String createdByClient;
    @Column(nullable = false)
    public Instant createdAt;
    @Column(nullable = false)
    public int consecutiveFailures;
    public Instant pausedAt;
    public Instant lastDeliveredAt;
    public String lastError;

    public List<String> types() {
        return Arrays.asList(eventTypes.split(","));
    }

    public boolean wants(String type) {
        return types().contains(type);
    }
}
