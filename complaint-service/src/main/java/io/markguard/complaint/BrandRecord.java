package io.markguard.complaint;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import java.time.Instant;

/** A brand's standing with complaint-service: its fast track and any misuse measure. Locked while it changes. */
@Entity
public class BrandRecord extends PanacheEntityBase {

    @Id
    public long brandId;
    @Column(nullable = false)
    public boolean fastTrack;
    public Instant fastTrackSince;
    public Instant fastTrackRevokedAt;
    public Instant fastTrackLockedUntil;
    /** Fast-track items so far (a tally: spot checks are drawn at random, {@code SpotCheckDraw}). */
    @Column(nullable = false)
    public long fastTrackItems;
    public Instant misuseWarnedAt;
    public Instant filingSuspendedFrom;
    public Instant filingSuspendedUntil;

    /**
     * The brand's row, locked for this transaction; created on first use. Not for a record this transaction has read
     * already: that one is locked with {@link #lock(BrandRecord)}.
     */
    public static BrandRecord lock(long brandId) {
        getEntityManager().createNativeQuery(
                "INSERT INTO brand_record (brand_id, fast_track, fast_track_items) VALUES (?1, false, 0) ON CONFLICT DO NOTHING")
                .setParameter(1, brandId).executeUpdate();
        return getEntityManager().find(BrandRecord.class, brandId, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * A record read earlier in this transaction without a lock, now locked and read again. Hibernate does not reload
     * an entity it holds when it locks it, so without the refresh the state read before the lock would be written
     * back over whatever another transaction committed in between.
     */
    public static BrandRecord lock(BrandRecord read) {
        if (!read.isPersistent()) {
            return lock(read.brandId);
        }
        getEntityManager().refresh(read, LockModeType.PESSIMISTIC_WRITE);
        return read;
    }

    /** The brand's row as committed, without a lock (a new, unsaved record when the brand has none yet). */
    public static BrandRecord read(long brandId) {
        BrandRecord record = findById(brandId);
        if (record == null) {
            record = new BrandRecord();
            record.brandId = brandId;
        }
        return record;
    }
}
