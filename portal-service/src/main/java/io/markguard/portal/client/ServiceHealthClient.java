package io.markguard.portal.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/** Any Markguard service's readiness endpoint; built per peer by {@link io.markguard.portal.service.SuiteStatus}. */
@Path("/q/health/ready")
public interface ServiceHealthClient {

    @GET
    Response ready();
}
