package io.markguard.complaint;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import java.time.Instant;

/** Evidence behind a notice: a URL, a test-purchase order number, or an uploaded document kept with its SHA-256. */
@Entity
public class ComplaintEvidence extends PanacheEntity {

    public static final String URL = "URL";
    public static final String TEST_PURCHASE = "TEST_PURCHASE";
    public static final String DOCUMENT = "DOCUMENT";

    @Column(nullable = false)
    public long complaintId;
    @Column(nullable = false)
    public String kind;
    /** The URL, the order number, or the document's file name. */
    @Column(nullable = false)
    public String reference;
    public String mediaType;
    public Long sizeBytes;
    public String sha256;
    @Basic(fetch = FetchType.LAZY)
    public byte[] content;
    @Column(nullable = false)
    public Instant addedAt;
}
