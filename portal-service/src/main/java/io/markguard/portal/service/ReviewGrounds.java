package io.markguard.portal.service;

import io.markguard.portal.Brand;
import io.markguard.portal.IpRight;
import io.markguard.portal.VerificationCase;
import io.markguard.portal.registry.RegisterEntry;
import io.markguard.portal.registry.TrademarkRegistries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * What the portal itself knows of a notice's grounds, for the reviewer deciding an item: the brand and its
 * verification status, the right relied on as the brand recorded it, its latest verification case, and what the
 * register says of it now ({@link RegisterStanding}) beside when it was last compared with the register. Read by key
 * (the brand, the right, the right's latest case along {@code verification_case_right}), whatever the brand's size.
 */
@ApplicationScoped
public class ReviewGrounds {

    /** The brand, or null when portal-service has no brand of that id. */
    public record Grounds(Brand brand, IpRight right, VerificationCase latestCase, Optional<RegisterEntry> register,
            RegisterStanding.Finding standing, Instant standingAt) {
    }

    @Inject
    TrademarkRegistries registries;

    @Inject
    Clock clock;

    @Transactional
    public Grounds of(long brandId, long rightId) {
        Brand brand = Brand.findById(brandId);
        IpRight right = IpRight.findById(rightId);
        if (right != null && !right.brandId.equals(brandId)) {
            // A notice names one of its brand's rights; any other right is not this notice's ground.
            right = null;
        }
        if (brand == null || right == null) {
            return new Grounds(brand, right, null, Optional.empty(), null, null);
        }
        VerificationCase latest = VerificationCase.<VerificationCase>find("rightId = ?1 order by id desc", right.id)
                .firstResult();
        Optional<RegisterEntry> entry = registries.find(right.office, right.registrationNumber);
        Instant now = clock.instant();
        RegisterStanding.Finding standing = RegisterStanding.forVerification(entry, LocalDate.ofInstant(now, ZoneOffset.UTC),
                brand.legalEntity);
        return new Grounds(brand, right, latest, entry, standing, now);
    }
}
