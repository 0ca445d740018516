package io.markguard.merchant;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.util.Optional;

/** One takedown of one listing, with the points it weighs on the merchant until it expires. */
@Entity
public class Violation extends PanacheEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    public Merchant merchant;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    public Listing listing;

    @Column(nullable = false, unique = true, updatable = false)
    public String complaintItemId;

    @Column(nullable = false)
    public String brandId;

    @Column(nullable = false)
    public String brandName;

    /** The Keycloak subject of the user who filed the complaint: the one who may answer an appeal. */
    @Column(nullable = false)
    public String submitterSubject;

    @Column(nullable = false)
    public String submitterEmail;

    @Column(nullable = false)
    public String ipOffice;

    @Column(nullable = false)
    public String ipRegistrationNumber;

    @Column(nullable = false)
    public String ipMark;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public InfringementType infringementType;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Channel channel;

    @Column(nullable = false)
    public boolean automatedDetection;

    @Column(nullable = false)
    public boolean automatedDecision;

    @Column(nullable = false)
    public String explanation;

    @Column(nullable = false)
    public Instant decidedAt;

    @Column(nullable = false)
    public Instant recordedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Severity severity;

    @Column(nullable = false)
    public int points;

    @Column(nullable = false)
    public Instant expiresAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public LedgerStatus status;

    public Instant endedAt;

    public String endReason;

    @Column(nullable = false)
    public String policyVersion;

    public static Optional<Violation> findByComplaintItem(String complaintItemId) {
        return find("complaintItemId", complaintItemId).firstResultOptional();
    }
}
