package io.markguard.platform.outbox;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Operators read how this service's outbox stands: what waits, how long the oldest has waited, the dead letters. */
@Path("/api/admin/outbox")
@RolesAllowed("admin")
public class OutboxStateResource {

    @Inject
    OutboxMetrics metrics;

    /** From memory, as of the service's latest metrics reading. */
    @GET
    @org.eclipse.microprofile.openapi.annotations.Operation(operationId = "getOutboxState", summary = "For administrators: the outbox's backlog, the age of its oldest message and its dead letters")
    public OutboxMetrics.State state() {
        return metrics.state();
    }
}
