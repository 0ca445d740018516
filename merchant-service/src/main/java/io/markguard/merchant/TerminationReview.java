package io.markguard.merchant;

import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import java.time.Instant;

/**
 * A termination proposed by the ladder or by a reviewer, waiting for a second reviewer: confirmed, the TERMINATED
 * sanction is issued; declined, the account is as its other sanctions make it.
 */
@Entity
public class TerminationReview extends PanacheEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    public Merchant merchant;

    /** The takedown the termination rests on: the statement of reasons names it, and its reversal withdraws this. */
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    public Violation violation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TerminationStatus status;

    @Column(nullable = false)
    public Instant proposedAt;

    /** The reviewer who proposed it; empty when the ladder did, so any reviewer may decide. */
    public String proposedBy;

    @Column(nullable = false)
    public String reason;

    @Column(nullable = false)
    public String policyClause;

    @Column(nullable = false)
    public String facts;

    /** The clause and facts as codes of {@code StatementTexts} and their parameters; the columns above in English. */
    @Column(nullable = false)
    public String clauseCode;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, String> clauseParams;

    @Column(nullable = false)
    public String factsCode;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, String> factsParams;

    @Column(nullable = false)
    public Instant deadline;

    public Instant decidedAt;

    public String decidedBy;

    public String decisionReason;

    /** The TERMINATED sanction a confirmation issued. */
    @ManyToOne(fetch = FetchType.LAZY)
    public Sanction sanction;

    public CodedText clause() {
        return new CodedText(clauseCode, clauseParams);
    }

    public CodedText facts() {
        return new CodedText(factsCode, factsParams);
    }
}
