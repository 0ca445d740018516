package io.markguard.platform.outbox;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import io.markguard.platform.paging.Cursor;
import io.markguard.platform.paging.Page;
import io.markguard.platform.paging.PageSize;
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

    /** Newest first; {@code limit} 1 to 200 (50 unless sent), {@code cursor} the {@code nextCursor} of the page before. */
    @GET
    @org.eclipse.microprofile.openapi.annotations.Operation(operationId = "listDeadLetters", summary = "For administrators: outbox messages that failed every attempt, a keyset page at a time")
    public Page<DeadLetters.DeadLetter> list(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return deadLetters.list(PageSize.parse(limit, 50, 200), Cursor.read("cursor", cursor, DeadLetters.LIST, 1));
    }

    @POST
    @Path("/{id}/requeue")
    @org.eclipse.microprofile.openapi.annotations.Operation(operationId = "requeueDeadLetter", summary = "For administrators: put a dead letter back in line for delivery")
    public DeadLetters.DeadLetter requeue(@RestPath long id) {
        return deadLetters.requeue(id);
    }
}
