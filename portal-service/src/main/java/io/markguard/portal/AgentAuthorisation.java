package io.markguard.portal;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/** A brand's owner lets an agent act on some of its rights until a date, backed by a letter of authorisation. */
@Entity
@Table(name = "agent_authorisation")
public class AgentAuthorisation extends PanacheEntity {

    @Column(name = "brand_id", nullable = false, updatable = false)
    public Long brandId;

    @Column(name = "agent_subject", nullable = false, updatable = false)
    public String agentSubject;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "agent_authorisation_right", joinColumns = @JoinColumn(name = "authorisation_id"))
    @Column(name = "right_id")
    public Set<Long> rightIds = new HashSet<>();

    @Column(name = "valid_until", nullable = false)
    public Instant validUntil;

    @Column(name = "letter_document_id", nullable = false)
    public Long letterDocumentId;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

}
