package io.markguard.merchant;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import java.time.Instant;

/** A document a merchant attached to an appeal (invoice, authorisation letter), kept in the database. */
@Entity
public class Evidence extends PanacheEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    public Appeal appeal;

    @Column(nullable = false)
    public String filename;

    /** The type found in the content itself, never the one the upload declared. */
    @Column(nullable = false)
    public String mediaType;

    @Column(nullable = false)
    public long sizeBytes;

    @Column(nullable = false)
    public String sha256;

    // Lists of evidence show only the metadata; the bytes are read when downloaded.
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    public byte[] content;

    @Column(nullable = false)
    public Instant uploadedAt;
}
