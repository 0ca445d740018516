package io.markguard.merchant;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import java.time.Instant;

/** A merchant's internal complaint against one of its sanctions (DSA Art. 20). */
@Entity
public class Appeal extends PanacheEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    public Sanction sanction;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    public Merchant merchant;

    /** The user who filed the complaint behind the sanction, who may answer: the key of a brand user's list. */
    @Column(nullable = false, updatable = false)
    public String complainantSubject;

    /** The brand the appeal is answered for, copied from the violation: the key of the brand's list to answer. */
    @Column(nullable = false, updatable = false)
    public String brandId;

    /** The right complained on, when complaint-service named it: a rights-scoped member sees the appeals on its rights. */
    @Column(updatable = false)
    public Long rightId;

    @Column(nullable = false)
    public String explanation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AppealStatus status;

    @Column(nullable = false)
    public Instant filedAt;

    @Column(nullable = false)
    public Instant brandAnswerDeadline;

    @Column(nullable = false)
    public Instant decisionDeadline;

    public Instant brandNotifiedAt;

    public String brandAnswer;

    public Instant brandAnsweredAt;

    /** The subject of the brand member who answered. */
    public String brandAnsweredBy;

    /** Links to the brand's evidence given with its answer, in the order given. */
    public String[] brandAnswerEvidence;

    public Instant decidedAt;

    public String decidedBy;

    public String decisionReason;

    /** The reason code of the decision ({@link AppealReason}); the reviewer's words are {@link #decisionReason}. */
    public String decisionReasonCode;

    /** The deciding reviewer's subject, as {@link #decidedBy} is their user name. */
    public String decidedBySubject;

}
