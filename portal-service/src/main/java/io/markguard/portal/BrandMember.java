package io.markguard.portal;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.Optional;

/** A Keycloak subject who may act for a brand: its owner, or an agent the owner authorised. */
@Entity
@Table(name = "brand_member")
public class BrandMember extends PanacheEntity {

    public enum Role { OWNER, AGENT }

    @Column(name = "brand_id", nullable = false, updatable = false)
    public Long brandId;

    @Column(nullable = false, updatable = false)
    public String subject;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Role role;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    public static Optional<BrandMember> of(long brandId, String subject) {
        return find("brandId = ?1 and subject = ?2", brandId, subject).firstResultOptional();
    }
}
