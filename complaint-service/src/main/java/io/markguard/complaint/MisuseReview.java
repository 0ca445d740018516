package io.markguard.complaint;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/**
 * A suspension of filing the misuse rule proposed, before a reviewer (DSA Art. 23(3)): OPEN in the reviewers' queue
 * until its deadline, then CONFIRMED (the suspension runs from {@code suspendedFrom} to {@code suspendedUntil}) or
 * DECLINED. What happened to it is also kept, step by step, as {@link MisuseEvent}s.
 */
@Entity
public class MisuseReview extends PanacheEntity {

    public enum Status {
        OPEN, CONFIRMED, DECLINED
    }

    @Column(nullable = false)
    public long brandId;
    public String brandName;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;
    @Column(nullable = false)
    public long proposedEventId;
    @Column(nullable = false)
    public Instant proposedAt;
    @Column(nullable = false)
    public Instant deadline;
    @Column(nullable = false)
    public long decidedItems;
    @Column(nullable = false)
    public long unfoundedItems;
    public Double unfoundedShare;
    @Column(nullable = false)
    public Instant windowStart;
    @Column(nullable = false)
    public Instant warnedAt;
    @Column(nullable = false)
    public int suspensionDays;
    /**
     * The user who filed the notice that drew the measure, told of it beside the brand's members who may file: the
     * address ({@code notifyTo}) and the Keycloak subject.
     */
    public String notifyTo;
    public String notifySubject;
    @Column(nullable = false)
    public int contests;
    public String lastContest;
    public Instant lastContestedAt;
    public String decidedBy;
    public Instant decidedAt;
    public String decisionCode;
    public String decisionReason;
    public Instant suspendedFrom;
    public Instant suspendedUntil;
    /** When the reviewers were reminded of its coming deadline, and when administrators were told it passed undecided. */
    public Instant remindedAt;
    public Instant escalatedAt;
    public Instant liftedAt;
}
