package io.markguard.portal.client;

import io.markguard.platform.metrics.DeadlineBacklog;
import io.markguard.platform.outbox.DeadLetters;
import io.markguard.platform.outbox.OutboxMetrics;
import io.markguard.platform.paging.Page;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;

/**
 * What every Markguard service tells about its own work, as the platform serves it: the queues of work for people and
 * the outbox, with its dead letters and their requeue. Built per peer by {@link io.markguard.portal.service.SuiteStatus}, with the caller's token passed in.
 */
@Path("/api")
public interface OperationsClient {

    @GET
    @Path("/queues")
    List<DeadlineBacklog.Reading> queues(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer);

    @GET
    @Path("/admin/outbox")
    OutboxMetrics.State outbox(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer);

    @GET
    @Path("/admin/outbox/dead-letters")
    Page<DeadLetters.DeadLetter> deadLetters(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
            @QueryParam("limit") int limit, @QueryParam("cursor") String cursor);

    @POST
    @Path("/admin/outbox/dead-letters/{id}/requeue")
    DeadLetters.DeadLetter requeue(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") long id);
}
