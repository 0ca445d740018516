package io.markguard.complaint;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import java.math.BigDecimal;
import java.time.Instant;

/** One listing of a complaint, with the snapshot of it taken at intake as evidence, and its decision. */
@Entity
public class ComplaintItem extends PanacheEntity {

    @Column(nullable = false)
    public long complaintId;
    @Column(nullable = false)
    public long brandId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public InfringementType infringementType;
    @Column(nullable = false)
    public long listingId;
    @Column(nullable = false)
    public String listingUrl;
    @Column(nullable = false)
    public String listingTitle;
    public BigDecimal listingPrice;
    public String listingCurrency;
    /** The listing's status at intake. */
    @Column(nullable = false)
    public String listingStatus;
    @Column(nullable = false)
    public long sellerMerchantId;
    public String sellerName;
    /** Up to 20,000 characters, read only when asked for: no list or view shows it. */
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    public String snapshot;
    @Column(nullable = false)
    public String snapshotSha256;
    @Column(nullable = false)
    public Instant snapshotAt;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ItemStatus status;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Channel channel;
    public Long duplicateOf;
    @Column(nullable = false)
    public boolean spotCheck;
    public Instant spotCheckedAt;
    @Column(nullable = false)
    public Instant deadline;
    public String claimedBy;
    public Instant claimedAt;
    /** Until when {@link #claimedBy} holds the item; after it the claim has lapsed and anyone may claim. */
    public Instant claimExpiresAt;
    public Instant decidedAt;
    public String decidedBy;
    @Enumerated(EnumType.STRING)
    public ReasonCode reasonCode;
    public String reasonText;
    /** The reviewer's choice at once; a default once merchant-service has applied the takedown. */
    @Enumerated(EnumType.STRING)
    public Severity severity;
    @Enumerated(EnumType.STRING)
    public SeveritySource severitySource;
    public Instant takedownAppliedAt;
    public Long violationId;
    /** The ordering key of the outbox message that carried several items' takedowns, this one's among them. */
    public String takedownOrder;
    public Instant retractedAt;
    public String retractionReason;
    public Instant reversedAt;
    public String reversalReason;
    @Column(nullable = false)
    public Instant createdAt;

    /** The reviewer whose claim holds the item at {@code now}, or null when nobody's does (never claimed, or lapsed). */
    public String claimHolder(Instant now) {
        return claimedBy != null && claimExpiresAt != null && claimExpiresAt.isAfter(now) ? claimedBy : null;
    }

    /** The id merchant-service knows the takedown by. */
    public String complaintItemId() {
        return String.valueOf(id);
    }
}
