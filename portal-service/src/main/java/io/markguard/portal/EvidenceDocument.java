package io.markguard.portal;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.List;

/** An uploaded piece of evidence; its bytes live apart in {@link EvidenceContent} so listings stay light. */
@Entity
@Table(name = "evidence_document")
public class EvidenceDocument extends PanacheEntity {

    public enum Kind { CERTIFICATE, POWER_OF_ATTORNEY, AUTHORISATION_LETTER }

    @Column(name = "brand_id", nullable = false, updatable = false)
    public Long brandId;

    @Column(name = "case_id")
    public Long caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Column(nullable = false)
    public String filename;

    /** As detected from the content's magic bytes, never as the client declared it. */
    @Column(name = "content_type", nullable = false)
    public String contentType;

    @Column(name = "size_bytes", nullable = false)
    public long sizeBytes;

    @Column(nullable = false)
    public String sha256;

    @Column(name = "uploaded_by", nullable = false)
    public String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    public Instant uploadedAt;

    public static List<EvidenceDocument> ofCase(long caseId) {
        return list("caseId = ?1 order by id", caseId);
    }
}
