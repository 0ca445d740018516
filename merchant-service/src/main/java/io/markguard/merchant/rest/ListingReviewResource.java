package io.markguard.merchant.rest;

import io.markguard.merchant.Listing;
import io.markguard.merchant.ListingStatus;
import io.markguard.platform.problem.Refusal;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.time.Clock;
import org.jboss.resteasy.reactive.RestPath;

/** Reviewers release listings a restricted merchant imported (they wait as HELD). */
@Path("/api/listings/{id}/release")
@RolesAllowed({ "reviewer", "admin" })
public class ListingReviewResource {

    @Inject
    Views views;

    @Inject
    Clock clock;

    @POST
    @Transactional
    public Views.ListingRef release(@RestPath long id) {
        Listing listing = Listing.<Listing>findByIdOptional(id).orElseThrow(() -> Refusal.notFound("listing"));
        if (listing.status != ListingStatus.HELD) {
            throw Refusal.conflict("status", "Listing " + id + " is " + listing.status + ", not HELD.");
        }
        listing.status = ListingStatus.ACTIVE;
        listing.updatedAt = clock.instant();
        return views.listing(listing);
    }
}
