package io.markguard.portal.service;

import io.markguard.portal.Brand;
import io.markguard.portal.access.BrandAccessChanges;
import io.quarkus.arc.Arc;
import io.markguard.portal.IpRight;
import io.markguard.portal.VerificationCase;
import java.util.Arrays;
import java.util.List;

/** A brand's status follows from its rights and cases: any verified right makes it VERIFIED. */
final class BrandStatus {

    private BrandStatus() {
    }

    static Brand.Status derive(long brandId) {
        if (IpRight.count("brandId = ?1 and status = ?2", brandId, IpRight.Status.VERIFIED) > 0) {
            return Brand.Status.VERIFIED;
        }
        // Two existence checks, each stopping at its first case, rather than reading every case the brand ever had.
        List<VerificationCase.Status> open = Arrays.stream(VerificationCase.Status.values()).filter(VerificationCase.Status::open)
                .toList();
        if (VerificationCase.find("brandId = ?1 and status in ?2", brandId, open).firstResultOptional().isPresent()) {
            return Brand.Status.PENDING;
        }
        if (VerificationCase.find("brandId = ?1 and status = ?2", brandId, VerificationCase.Status.REJECTED)
                .firstResultOptional().isPresent()) {
            return Brand.Status.REJECTED;
        }
        return Brand.Status.UNVERIFIED;
    }

    /**
     * Suspension is an administrator's decision and outlasts any case. Every change of a brand's rights passes here,
     * so this is where complaint-service is told that who may file on which right may have changed.
     */
    static void refresh(Brand brand) {
        if (brand.status != Brand.Status.SUSPENDED) {
            brand.status = derive(brand.id);
        }
        Arc.container().instance(BrandAccessChanges.class).get().changed(brand.id);
    }
}
