package io.markguard.complaint.rest;

import io.markguard.complaint.service.BrandAccessVersions;
import io.markguard.platform.problem.Refusal;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;

/**
 * What portal-service tells complaint-service, with its own client-credentials token, once a change of who may act
 * for a brand has committed there: answers held for the brand are not used again.
 */
@Path("/api/internal/brand-access-changes")
@RolesAllowed("portal-service")
public class BrandAccessChangeResource {

    public record Change(Long brandId) {
    }

    public record Received(long brandId, long version) {
    }

    @Inject
    BrandAccessVersions versions;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @org.eclipse.microprofile.openapi.annotations.Operation(operationId = "reportBrandAccessChange", summary = "Internal, for portal-service's outbox: who may act for a brand changed; held answers are not used again")
    public Received changed(Change change) {
        if (change == null || change.brandId() == null || change.brandId() <= 0) {
            throw Refusal.invalid("brandId", "must be a brand's id");
        }
        return new Received(change.brandId(), versions.changed(change.brandId()));
    }
}
