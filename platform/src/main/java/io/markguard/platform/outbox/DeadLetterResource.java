package io.markguard.platform.outbox;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.jboss.resteasy.reactive.RestPath;

/** Operators read this service's dead letters and put them back in line. */
@Path("/api/admin/outbox/dead-letters")
@RolesAllowed("admin")
public class DeadLetterResource {

    @Inject
    DeadLetters deadLetters;

    /** {@code cursor} is the {@code nextCursor} of the page before. */
    public record Listing(java.util.List<DeadLetters.DeadLetter> items, String nextCursor) {
    }

    @GET
    public Listing list(@QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit,
            @QueryParam("cursor") String cursor) {
        DeadLetters.Page page = deadLetters.list(limit, KeysetCursor.decode("cursor", cursor));
        return new Listing(page.items(), KeysetCursor.encode(page.nextAfterId()));
    }

    @POST
    @Path("/{id}/requeue")
    public DeadLetters.DeadLetter requeue(@RestPath long id) {
        return deadLetters.requeue(id);
    }
}
