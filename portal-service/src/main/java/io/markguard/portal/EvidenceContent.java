package io.markguard.portal;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Id;

/** The bytes of an {@link EvidenceDocument}. */
@Entity
@Table(name = "evidence_content")
public class EvidenceContent extends PanacheEntityBase {

    @Id
    @Column(name = "document_id")
    public Long documentId;

    @Column(nullable = false)
    public byte[] content;
}
