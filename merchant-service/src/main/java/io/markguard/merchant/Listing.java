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

    public static final String HELD_RESTRICTED = "RESTRICTED";
    public static final String HELD_IDENTITY = "IDENTITY_INCOMPLETE";
    public static final String HELD_BOTH = "RESTRICTED_AND_IDENTITY_INCOMPLETE";

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

    /**
     * Why a HELD or SUSPENDED listing is not on sale: {@link #HELD_RESTRICTED}, {@link #HELD_IDENTITY},
     * {@link #HELD_BOTH}, or the {@link AccountHold} that took it off sale; empty otherwise.
     */
    public String offSaleBecause;

    /** The status a SUSPENDED listing had on sale (ACTIVE or RESTORED), given back when its account is on sale again. */
    @Enumerated(EnumType.STRING)
    public ListingStatus statusBeforeSuspension;

    @Column(nullable = false)
    public Instant listedAt;

    @Column(nullable = false)
    public Instant updatedAt;

    /** Why the listing is not on sale, when its status says it is not (HELD, SUSPENDED); empty otherwise. */
    public String offSaleReason() {
        return status == ListingStatus.HELD || status == ListingStatus.SUSPENDED ? offSaleBecause : null;
    }

    public static Optional<Listing> findByUrl(String url) {
        return find("url", url).firstResultOptional();
    }
}
