package io.markguard.merchant;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import java.time.Instant;

/** A measure taken against a merchant, with the policy version and clause it was decided under. */
@Entity
public class Sanction extends PanacheEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    public Merchant merchant;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    public Violation violation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SanctionMeasure measure;

    @Column(nullable = false)
    public String policyVersion;

    @Column(nullable = false)
    public String policyClause;

    @Column(nullable = false)
    public String facts;

    @Column(nullable = false)
    public boolean automatedDecision;

    @Column(nullable = false)
    public Instant decidedAt;

    /** Empty for a termination. */
    public Instant expiresAt;

    @Column(nullable = false)
    public Instant appealDeadline;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public LedgerStatus status;

    public Instant endedAt;

    public String endReason;

    /** The platform's unique id of this statement of reasons in the EU Transparency Database. */
    @Column(nullable = false, unique = true, updatable = false)
    public String puid;

    /**
     * Where the statement of reasons stands in the export: numbered after the sanction has committed, in the
     * order numbered, so an export that follows it never passes a statement committed later; empty until then.
     */
    @Column(insertable = false, updatable = false)
    public Long exportSeq;

    public boolean inForce(Instant now) {
        return status == LedgerStatus.ACTIVE && (expiresAt == null || expiresAt.isAfter(now));
    }
}
