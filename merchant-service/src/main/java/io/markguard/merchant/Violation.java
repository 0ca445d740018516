package io.markguard.merchant;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
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

    /**
     * Who decided the takedown in complaint-service: the reviewer's subject, or {@code fast-track}; that reviewer may
     * not decide an appeal against it. Empty for takedowns recorded before complaint-service sent it.
     */
    public String decidedBy;

    /** The reviewer's subject who upheld a fast-track takedown in its spot check; also kept off its appeals. */
    public String checkedBy;

    /** The brand's right the complaint relied on (portal-service's id); empty for takedowns recorded before it was sent. */
    public Long rightId;

    @Column(nullable = false)
    public Instant recordedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Severity severity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SeveritySource severitySource;

    /** The reviewer who chose the severity ({@link SeveritySource#REVIEWER}), as complaint-service names them. */
    public String severityReviewer;

    /** The reviewer's reason code for accepting the item, as complaint-service sends it; empty on the fast track. */
    public String reasonCode;

    @Column(nullable = false)
    public int points;

    @Column(nullable = false)
    public Instant expiresAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public LedgerStatus status;

    public Instant endedAt;

    /** The English rendering of the end reason, for readers of the table. */
    public String endReason;

    public String endReasonCode;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> endReasonParams;

    @Column(nullable = false)
    public String policyVersion;

    public static Optional<Violation> findByComplaintItem(String complaintItemId) {
        return find("complaintItemId", complaintItemId).firstResultOptional();
    }
}
