package io.markguard.complaint.rest;

import io.markguard.complaint.ReasonCode;
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

    public record Decision(@NotNull ReviewQueue.Outcome outcome, @NotNull ReasonCode reasonCode,
            @NotBlank @Size(max = 2000) String reason) {
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
    public Page<Views.Item> queue(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        int size = ListFilters.pageSize(limit, 100, 500);
        Cursor after = Cursor.read("cursor", cursor, ReviewQueue.QUEUE, 2);
        Instant now = clock.instant();
        return queue.queue(size, after).map(i -> Views.item(i, now));
    }

    @POST
    @Path("/items/{id}/claim")
    public Views.Item claim(@PathParam("id") long id) {
        return Views.item(queue.claim(id, callers.actor().subject()), clock.instant());
    }

    @POST
    @Path("/items/{id}/decision")
    @RolesAllowed("reviewer")
    public Views.Item decide(@PathParam("id") long id, @Valid @NotNull Decision decision) {
        return Views.item(queue.decide(id, callers.actor().subject(), decision.outcome(), decision.reasonCode(),
                decision.reason().strip()), clock.instant());
    }

    /** Deadline breaches of the standard channel: decided late, and still open past the deadline. */
    @GET
    @Path("/breaches")
    public ReviewQueue.Breaches breaches() {
        return queue.breaches();
    }
}
