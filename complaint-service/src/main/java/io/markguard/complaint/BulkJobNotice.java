package io.markguard.complaint;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;

/** One notice of a bulk upload: the rows of one grounds, with what became of them for its receipt. */
@Entity
public class BulkJobNotice extends PanacheEntity {

    @Column(nullable = false)
    public long jobId;
    @Column(nullable = false)
    public String groundsKey;
    @Column(nullable = false)
    public long complaintId;
    @Column(nullable = false)
    public int filedRows;
    @Column(nullable = false)
    public int duplicateRows;
    @Column(nullable = false)
    public int fastTrackRows;
}
