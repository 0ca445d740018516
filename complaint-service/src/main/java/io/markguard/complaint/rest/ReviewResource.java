package io.markguard.complaint.rest;

import io.markguard.complaint.ReasonCode;
import io.markguard.complaint.Severity;
import io.markguard.complaint.service.Actor;
import io.markguard.complaint.service.ReviewQueue;
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

/** The reviewers' queue of standard-channel items and fast-track spot checks. */
@Path("/api/review")
@RolesAllowed({ "reviewer", "admin" })
public class ReviewResource {

    /**
     * {@code severity} only with ACCEPT on an item in the standard queue: the reviewer's choice; without it the
     * penalty policy's default for the item's type and the reason code applies ({@code GET /api/policy} of
     * merchant-service lists them).
     */
    public record Decision(@NotNull ReviewQueue.Outcome outcome, @NotNull ReasonCode reasonCode,
            @NotBlank @Size(max = 2000) String reason, Severity severity) {
    }

    @Inject
    Callers callers;

    @Inject
    ReviewQueue queue;

    @Inject
    Clock clock;

    /** Soonest deadline first; {@code limit} 1 to 500 (100 unless sent), {@code cursor} the page before's. */
    @GET
    @Path("/queue")
    @org.eclipse.microprofile.openapi.annotations.Operation(operationId = "listReviewQueue", summary = "For reviewers: the pending items, soonest deadline first, a keyset page at a time")
    public Page<Views.Item> queue(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        int size = ListFilters.pageSize(limit, 100, 500);
        Cursor after = Cursor.read("cursor", cursor, ReviewQueue.QUEUE, 2);
        Instant now = clock.instant();
        Actor actor = callers.actor();
        return queue.queue(size, after).map(i -> Views.item(i, now, actor));
    }

    /**
     * The item as a reviewer decides on it: its notice's grounds and explanation, the evidence and test purchases, the
     * listing's snapshot at filing, and who holds the claim until when.
     */
    @GET
    @Path("/items/{id}")
    @org.eclipse.microprofile.openapi.annotations.Operation(operationId = "getReviewItem", summary = "For reviewers: an item with the notice's grounds, evidence, the listing's snapshot and the claim on it")
    public Views.ReviewItem item(@PathParam("id") long id) {
        ReviewQueue.ForReview read = queue.forReview(id);
        return Views.review(read.item(), read.complaint(), read.evidence(), read.snapshot(), clock.instant(),
                callers.actor());
    }

    @POST
    @Path("/items/{id}/claim")
    @org.eclipse.microprofile.openapi.annotations.Operation(operationId = "claimReviewItem", summary = "For reviewers: claim an item for a while before deciding it")
    public Views.Item claim(@PathParam("id") long id) {
        Actor actor = callers.actor();
        return Views.item(queue.claim(id, actor.subject()), clock.instant(), actor);
    }

    @POST
    @Path("/items/{id}/decision")
    @RolesAllowed("reviewer")
    @org.eclipse.microprofile.openapi.annotations.Operation(operationId = "decideReviewItem", summary = "For reviewers: accept (the listing is taken down) or reject a claimed item, with a reason code and words")
    @org.eclipse.microprofile.openapi.annotations.parameters.RequestBody(content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = "application/json", examples = @org.eclipse.microprofile.openapi.annotations.media.ExampleObject(name = "accept", value = "{\"outcome\":\"ACCEPT\",\"reasonCode\":\"COUNTERFEIT_CONFIRMED\",\"reason\":\"The test purchase shows a fake hologram and a serial not in the brand register.\"}")))
    public Views.Item decide(@PathParam("id") long id, @Valid @NotNull Decision decision) {
        Actor actor = callers.actor();
        return Views.item(queue.decide(id, actor, decision.outcome(), decision.reasonCode(),
                decision.reason().strip(), decision.severity()), clock.instant(), actor);
    }

    /** Deadline breaches of the standard channel: decided late, and still open past the deadline. */
    @GET
    @Path("/breaches")
    @org.eclipse.microprofile.openapi.annotations.Operation(operationId = "countReviewBreaches", summary = "For reviewers: how many pending items are past their deadline, by channel")
    public ReviewQueue.Breaches breaches() {
        return queue.breaches();
    }
}
