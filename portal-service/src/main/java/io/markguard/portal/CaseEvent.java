package io.markguard.portal;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/** One line of a verification case's audit trail: who did what, when, and why. */
@Entity
@Table(name = "case_event")
public class CaseEvent extends PanacheEntity {

    @Column(name = "case_id", nullable = false, updatable = false)
    public Long caseId;

    @Column(nullable = false, updatable = false)
    public String actor;

    @Column(name = "actor_name", nullable = false, updatable = false)
    public String actorName;

    @Column(nullable = false, updatable = false)
    public String action;

    @Column(updatable = false)
    public String reason;

    @Column(name = "happened_at", nullable = false, updatable = false)
    public Instant happenedAt;

    public static List<CaseEvent> ofCase(long caseId) {
        return list("caseId = ?1 order by happenedAt, id", caseId);
    }
}
