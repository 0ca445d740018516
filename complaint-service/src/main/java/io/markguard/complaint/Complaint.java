package io.markguard.complaint;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/** A notice (DSA Art. 16): who complains, on which right, about what, with which declarations. */
@Entity
public class Complaint extends PanacheEntity {

    @Column(nullable = false)
    public long brandId;
    @Column(nullable = false)
    public String brandName;
    @Column(nullable = false)
    public long rightId;
    @Column(nullable = false)
    public String rightType;
    @Column(nullable = false)
    public String rightOffice;
    @Column(nullable = false)
    public String rightRegistrationNumber;
    @Column(nullable = false)
    public String rightMark;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public InfringementType infringementType;
    @Column(nullable = false)
    public String explanation;
    @Column(nullable = false)
    public String submitterSubject;
    public String submitterUsername;
    @Column(nullable = false)
    public String submitterEmail;
    /** The brand's API client that filed the notice (its Keycloak client id), or null when a person did. */
    public String submitterClient;
    @Column(nullable = false)
    public boolean goodFaith;
    @Column(nullable = false)
    public boolean accurate;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Channel channel;
    @Column(nullable = false)
    public Instant filedAt;
    public Long bulkJobId;

    // Items per status and the soonest open deadline: written only by ComplaintCounts, as items change, with
    // relative updates; the entity never writes them back.
    @Column(insertable = false, updatable = false)
    public int pendingItems;
    @Column(insertable = false, updatable = false)
    public int acceptedItems;
    @Column(insertable = false, updatable = false)
    public int rejectedItems;
    @Column(insertable = false, updatable = false)
    public int duplicateItems;
    @Column(insertable = false, updatable = false)
    public int retractedItems;
    @Column(insertable = false, updatable = false)
    public int reversedItems;
    @Column(insertable = false, updatable = false)
    public Instant nextDeadline;
}
