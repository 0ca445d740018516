package io.markguard.portal;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Version;
import java.time.Instant;

/** A brand on the marketplace, as its owner registered it; it gets nothing until it is verified. */
@Entity
public class Brand extends PanacheEntity {

    public enum Status { UNVERIFIED, PENDING, VERIFIED, REJECTED, SUSPENDED }

    @Column(nullable = false)
    public String name;

    @Column(name = "legal_entity", nullable = false)
    public String legalEntity;

    /** ISO 3166-1 alpha-2. */
    @Column(nullable = false, length = 2)
    public String country;

    @Column(name = "website_domain", nullable = false)
    public String websiteDomain;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Version
    public long version;

}
