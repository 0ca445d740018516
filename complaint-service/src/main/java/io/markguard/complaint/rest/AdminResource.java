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
    public List<Connectivity.Peer> connectivity() {
        return connectivity.peers();
    }
}
