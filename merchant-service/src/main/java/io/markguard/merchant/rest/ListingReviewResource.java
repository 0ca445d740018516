package io.markguard.merchant.rest;

import io.markguard.merchant.service.Listings;
import io.markguard.platform.problem.Refusal;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import org.jboss.resteasy.reactive.RestPath;

/**
 * Reviewers read a listing as it is now (beside the snapshot a notice kept of it), and release listings a restricted
 * merchant imported (they wait as HELD).
 */
@Path("/api/listings/{id:\\d+}")
@RolesAllowed({ "reviewer", "admin" })
public class ListingReviewResource {

    @Inject
    Views views;

    @Inject
    Listings listings;

    /** The listing now, whatever its status, with its canonical text and that text's SHA-256. */
    @GET
    @Transactional
    @org.eclipse.microprofile.openapi.annotations.Operation(operationId = "getListing", summary = "One listing with its snapshot, for reviewers and administrators")
    public Views.ListingSnapshot listing(@RestPath long id) {
        return views.snapshot(listings.byId(id).orElseThrow(() -> Refusal.notFound("listing")));
    }

    @POST
    @Path("/release")
    @Transactional
    @org.eclipse.microprofile.openapi.annotations.Operation(operationId = "releaseListing", summary = "For reviewers: put a listing held for review on sale")
    public Views.ListingRef release(@RestPath long id) {
        return views.listing(listings.release(id).orElseThrow(() -> Refusal.notFound("listing")));
    }
}
