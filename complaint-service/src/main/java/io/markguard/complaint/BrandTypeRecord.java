package io.markguard.complaint;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A brand's fast track for one infringement type, beside the overall one of its {@link BrandRecord}: a notice goes on
 * the fast track only when both are on. Written only while the brand's record is locked, so it needs no lock of its
 * own; no row means the type has never had the fast track.
 */
@Entity
@IdClass(BrandTypeRecord.Key.class)
public class BrandTypeRecord extends PanacheEntityBase {

    @Id
    public long brandId;
    @Id
    @Enumerated(EnumType.STRING)
    public InfringementType infringementType;
    @Column(nullable = false)
    public boolean fastTrack;
    public Instant fastTrackSince;
    public Instant fastTrackRevokedAt;
    public Instant fastTrackLockedUntil;

    /** The brand's row for the type, read by its key; null when there is none. */
    public static BrandTypeRecord of(long brandId, InfringementType type) {
        return findById(new Key(brandId, type));
    }

    /** The brand's rows, at most one per infringement type. */
    public static List<BrandTypeRecord> ofBrand(long brandId) {
        return list("brandId", brandId);
    }

    public static final class Key implements Serializable {

        public long brandId;
        public InfringementType infringementType;

        public Key() {
        }

        public Key(long brandId, InfringementType infringementType) {
            this.brandId = brandId;
            this.infringementType = infringementType;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.brandId == brandId && k.infringementType == infringementType;
        }

        @Override
        public int hashCode() {
            return Objects.hash(brandId, infringementType);
        }
    }
}
