package io.markguard.complaint.rest;

import io.markguard.complaint.service.Connectivity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.List;

@Path("/api/admin")
@RolesAllowed("admin")
public class AdminResource {

    @Inject
    Connectivity connectivity;

    /** For operators: can complaint-service reach its peers with its own service token right now? */
    @GET
    @Path("/connectivity")
    @org.eclipse.microprofile.openapi.annotations.Operation(operationId = "checkConnectivity", summary = "Whether this service reaches its peers (portal-service, merchant-service) with its own credentials, as an operator checks")
    public List<Connectivity.Peer> connectivity() {
        return connectivity.peers();
    }
}
