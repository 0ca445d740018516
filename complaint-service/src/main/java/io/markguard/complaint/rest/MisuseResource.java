package io.markguard.complaint.rest;

import io.markguard.complaint.service.Actor;
import io.markguard.complaint.service.Authorities;
import io.markguard.complaint.service.MisuseMeasures;
import io.markguard.platform.idempotency.IdempotencyKey;
import io.markguard.platform.paging.Cursor;
import io.markguard.platform.paging.Page;
import io.markguard.platform.problem.Refusal;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

/** A brand's misuse measures (DSA Art. 23): the history of its events, and its statement contesting them. */
@Path("/api/brands/{brandId}/misuse")
@RolesAllowed({ "brand", "reviewer", "admin" })
public class MisuseResource {

    public record NewContest(@NotBlank @Size(min = 10, max = 5000) String statement) {
    }

    @Inject
    Callers callers;

    @Inject
    Authorities authorities;

    @Inject
    MisuseMeasures measures;

    /** Latest first; {@code limit} 1 to 200 (50 unless sent), {@code cursor} the page before's. */
    @GET
    @Path("/events")
    @org.eclipse.microprofile.openapi.annotations.Operation(operationId = "listMisuseEvents", summary = "The brand's misuse measures (DSA Art. 23), latest first, a keyset page at a time")
    public Page<MisuseViews.Event> events(@PathParam("brandId") long brandId, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        int size = ListFilters.pageSize(limit, 50, 200);
        Cursor after = Cursor.read("cursor", cursor, MisuseMeasures.HISTORY, 2);
        Actor actor = callers.actor();
        if (!actor.staff() && !authorities.isMember(actor, brandId)) {
            throw Refusal.notFound("brand");
        }
        return measures.history(brandId, size, after).map(MisuseViews::event);
    }

    @POST
    @Path("/contests")
    @RolesAllowed("brand")
    @org.eclipse.microprofile.openapi.annotations.Operation(operationId = "contestMisuseMeasure", summary = "The brand's statement against a misuse measure, placed before the reviewer who decides it")
    public Response contest(@PathParam("brandId") long brandId, @Valid @NotNull NewContest contest,
            @HeaderParam(ComplaintResource.IDEMPOTENCY_KEY) String idempotencyKey) {
        Actor actor = callers.actor();
        if (!authorities.isMember(actor, brandId)) {
            throw Refusal.notFound("brand");
        }
        var event = measures.contest(brandId, actor, contest.statement().strip(), IdempotencyKey.of(idempotencyKey));
        return Response.status(Response.Status.CREATED).entity(MisuseViews.event(event)).build();
    }
}
