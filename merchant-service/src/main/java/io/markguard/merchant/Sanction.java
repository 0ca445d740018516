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

    /** The English rendering of {@link #clause()}, for readers of the table. */
    @Column(nullable = false)
    public String policyClause;

    /** The English rendering of {@link #facts()}, for readers of the table. */
    @Column(nullable = false)
    public String facts;

    /** The policy clause the measure was taken under, as a code of {@code StatementTexts}; empty on older rows. */
    public String clauseCode;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> clauseParams;

    public String factsCode;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> factsParams;

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

    /** The English rendering of the end reason, for readers of the table. */
    public String endReason;

    public String endReasonCode;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> endReasonParams;

    /** The platform's unique id of this statement of reasons in the EU Transparency Database. */
    @Column(nullable = false, unique = true, updatable = false)
    public String puid;

    /**
     * Where the statement of reasons stands in the export: numbered after the sanction has committed, in the
     * order numbered, so an export that follows it never passes a statement committed later; empty until then.
     */
    @Column(insertable = false, updatable = false)
    public Long exportSeq;

    /** A row written without codes reads as its English text ({@link CodedText#LEGACY}). */
    public CodedText clause() {
        return clauseCode == null ? legacy(policyClause) : new CodedText(clauseCode, clauseParams);
    }

    public CodedText facts() {
        return factsCode == null ? legacy(facts) : new CodedText(factsCode, factsParams);
    }

    /** Empty while the sanction has not ended early or lapsed. */
    public CodedText endReason() {
        if (endReasonCode == null) {
            return endReason == null ? null : legacy(endReason);
        }
        return new CodedText(endReasonCode, endReasonParams);
    }

    private static CodedText legacy(String text) {
        return CodedText.of(CodedText.LEGACY, "text", text);
    }

    public boolean inForce(Instant now) {
        return status == LedgerStatus.ACTIVE && (expiresAt == null || expiresAt.isAfter(now));
    }
}
