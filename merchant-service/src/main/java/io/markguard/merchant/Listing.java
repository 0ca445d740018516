package io.markguard.merchant;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/** An offer on the marketplace, as the listing feed describes it. */
@Entity
public class Listing extends PanacheEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    public Merchant merchant;

    @Column(nullable = false)
    public String title;

    public String brandClaimed;

    @Column(nullable = false)
    public BigDecimal price;

    @Column(nullable = false)
    public String currency;

    @Column(nullable = false, unique = true)
    public String url;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ListingStatus status;

    @Column(nullable = false)
    public Instant listedAt;

    @Column(nullable = false)
    public Instant updatedAt;

    public static Optional<Listing> findByUrl(String url) {
        return find("url", url).firstResultOptional();
    }
}
