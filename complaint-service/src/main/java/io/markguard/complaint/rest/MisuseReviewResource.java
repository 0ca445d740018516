package io.markguard.complaint.rest;

import io.markguard.complaint.service.MisuseMeasures;
import io.markguard.platform.paging.Cursor;
import io.markguard.platform.paging.Page;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.time.Clock;
import java.time.Instant;

/** Proposed suspensions of filing before a reviewer (DSA Art. 23(3)): the queue, one proposal, the decision. */
@Path("/api/review/misuse")
@RolesAllowed({ "reviewer", "admin" })
public class MisuseReviewResource {

    public record Decision(@NotNull MisuseMeasures.Decision decision, @NotNull MisuseMeasures.DecisionCode reasonCode,
            @NotBlank @Size(max = 2000) String reason) {
    }

    @Inject
    Callers callers;

    @Inject
    MisuseMeasures measures;

    @Inject
    Clock clock;

    /** Open proposals, soonest deadline first; {@code limit} 1 to 200 (50 unless sent). */
    @GET
    @org.eclipse.microprofile.openapi.annotations.Operation(operationId = "listMisuseReviews", summary = "For reviewers: open proposals to suspend a brand's filing, soonest deadline first")
    public Page<MisuseViews.Review> queue(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        int size = ListFilters.pageSize(limit, 50, 200);
        Cursor after = Cursor.read("cursor", cursor, MisuseMeasures.QUEUE, 2);
        Instant now = clock.instant();
        return measures.queue(size, after).map(r -> MisuseViews.review(r, now));
    }

    @GET
    @Path("/{id}")
    @org.eclipse.microprofile.openapi.annotations.Operation(operationId = "getMisuseReview", summary = "For reviewers: one proposal with its figures and the brand's statements")
    public MisuseViews.Review review(@PathParam("id") long id) {
        return MisuseViews.review(measures.review(id), clock.instant());
    }

    @POST
    @Path("/{id}/decision")
    @RolesAllowed("reviewer")
    @org.eclipse.microprofile.openapi.annotations.Operation(operationId = "decideMisuseReview", summary = "For reviewers: confirm or decline a proposed suspension, with a reason code and words")
    public MisuseViews.Review decide(@PathParam("id") long id, @Valid @NotNull Decision decision) {
        return MisuseViews.review(measures.decide(id, callers.actor().subject(), decision.decision(), decision.reasonCode(),
                decision.reason().strip()), clock.instant());
    }
}
