package io.markguard.complaint;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;

/** One row of a bulk upload and what became of it. */
@Entity
public class BulkJobRow extends PanacheEntity {

    public static final String PENDING = "PENDING";
    public static final String FILED = "FILED";
    public static final String DUPLICATE = "DUPLICATE";
    public static final String REFUSED = "REFUSED";

    @Column(nullable = false)
    public long jobId;
    @Column(nullable = false)
    public int rowNumber;
    public String listingRef;
    @Column(nullable = false)
    public String outcome;
    public Long itemId;
    /** The notice the row is filed into; null for the job's own ({@link BulkJob#complaintId}). */
    public Long complaintId;
    public String field;
    public String message;
}
