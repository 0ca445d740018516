package io.markguard.complaint;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.Map;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One step of a brand's misuse measures (DSA Art. 23), kept as it happened: the figures and policy it was taken on,
 * its reason as a code with parameters, who took it and when. Written once, never changed (the table refuses it).
 */
@Entity
@Immutable
public class MisuseEvent extends PanacheEntity {

    public enum Kind {
        WARNING, SUSPENSION_PROPOSED, SUSPENSION_CONFIRMED, SUSPENSION_DECLINED, SUSPENSION_LIFTED, CONTESTED
    }

    public enum ActorRole {
        SYSTEM, REVIEWER, BRAND
    }

    @Column(nullable = false)
    public long brandId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;
    public Long reviewId;
    @Column(nullable = false)
    public long decidedItems;
    @Column(nullable = false)
    public long unfoundedItems;
    public Double unfoundedShare;
    @Column(nullable = false)
    public Instant windowStart;
    @Column(nullable = false)
    public int windowDays;
    @Column(name = "min_decided", nullable = false)
    public int minDecided;
    @Column(nullable = false)
    public double shareBar;
    @Column(nullable = false)
    public String policyVersion;
    @Column(nullable = false)
    public String reasonCode;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public Map<String, String> reasonParams;
    public String statement;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ActorRole actorRole;
    @Column(nullable = false)
    public String actor;
    public Instant effectiveFrom;
    public Instant effectiveUntil;
    public String notifiedTo;
    @Column(nullable = false)
    public Instant occurredAt;
}
