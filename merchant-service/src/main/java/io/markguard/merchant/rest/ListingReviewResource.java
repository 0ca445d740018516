package io.markguard.merchant.rest;

import io.markguard.merchant.service.Listings;
import io.markguard.platform.problem.Refusal;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import org.jboss.resteasy.reactive.RestPath;

/** Reviewers release listings a restricted merchant imported (they wait as HELD). */
@Path("/api/listings/{id}/release")
@RolesAllowed({ "reviewer", "admin" })
public class ListingReviewResource {

    @Inject
    Views views;

    @Inject
    Listings listings;

    @POST
    @Transactional
    public Views.ListingRef release(@RestPath long id) {
        return views.listing(listings.release(id).orElseThrow(() -> Refusal.notFound("listing")));
    }
}
