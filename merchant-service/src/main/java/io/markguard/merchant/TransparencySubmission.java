package io.markguard.merchant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The submission of one sanction's statement of reasons to the EU Transparency Database. */
@Entity
@Table(name = "tdb_submission")
public class TransparencySubmission extends PanacheEntityBase {

    @Id
    public Long sanctionId;

    @MapsId
    @OneToOne(optional = false, fetch = FetchType.LAZY)
    public Sanction sanction;

    /** The sanction's puid, the statement's id within the platform in the database. */
    @Column(nullable = false, updatable = false)
    public String puid;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SubmissionState state;

    public int attempts;

    /** A send's outcome is unknown: the puid is looked up before the row is sent again. */
    public boolean inDoubt;

    @Column(nullable = false)
    public Instant nextAttemptAt;

    public Instant leaseUntil;

    public UUID leaseToken;

    /** The database's uuid of the statement; empty until submitted, and when the database already had the puid. */
    public String tdbUuid;

    /** The database's errors for this statement (REFUSED): field to messages, as it answered them. */
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> errors;

    /** The last failure that was not about the statement (transport, status), for operators. */
    public String lastFailure;

    @Column(nullable = false)
    public Instant createdAt;

    @Column(nullable = false)
    public Instant updatedAt;

    public Instant submittedAt;

    /** When the sanction was reversed after the database took its statement, which it keeps as submitted. */
    public Instant reversedAt;
}
