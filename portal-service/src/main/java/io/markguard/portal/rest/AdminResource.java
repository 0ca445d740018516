package io.markguard.portal.rest;

import io.markguard.portal.service.SuiteStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.List;

@Path("/api/admin")
@RolesAllowed("admin")
public class AdminResource {

    @Inject
    SuiteStatus suite;

    /** Readiness of every service the portal depends on. */
    @GET
    @Path("/suite")
    @org.eclipse.microprofile.openapi.annotations.Operation(operationId = "getSuiteReadiness", summary = "For administrators: the readiness of every service the portal depends on")
    public List<SuiteStatus.Peer> suite() {
        return suite.peers();
    }
}
