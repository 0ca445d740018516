package io.markguard.complaint;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import java.time.Instant;

/** A bulk upload, processed in chunks by whichever replica claims it. */
@Entity
public class BulkJob extends PanacheEntity {

    public static final String QUEUED = "QUEUED";
    public static final String RUNNING = "RUNNING";
    public static final String DONE = "DONE";
    public static final String FAILED = "FAILED";

    public Long complaintId;
    @Column(nullable = false)
    public long brandId;
    @Column(nullable = false)
    public String submitterSubject;
    @Column(nullable = false)
    public String format;
    @Column(nullable = false)
    public String state;
    @Column(nullable = false)
    public int totalRows;
    @Column(nullable = false)
    public int processedRows;
    @Column(nullable = false)
    public int filedRows;
    @Column(nullable = false)
    public int duplicateRows;
    @Column(nullable = false)
    public int refusedRows;
    /** Filed rows taken down at filing on the fast track (a chunk's channel is the brand's at that chunk). */
    @Column(nullable = false)
    public int fastTrackRows;
    @Column(nullable = false)
    public Instant createdAt;
    public Instant startedAt;
    public Instant finishedAt;
    public Instant leaseUntil;
    @Column(nullable = false)
    public int attempts;
    public String failure;
}
