package io.markguard.complaint.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * portal-service's brand API asked with the filing user's own token: the brand's name and the right's
 * register details come from portal-service as that user may see them, never from the complaint's body.
 */
@RegisterRestClient(configKey = "portal-service")
@Path("/api/brands")
public interface PortalUserRestClient {

    record Brand(long id, String name, String status) {
    }

    record Right(long id, String type, String office, String registrationNumber, String mark, String status) {
    }

    @GET
    @Path("/{brandId}")
    Brand brand(@HeaderParam("Authorization") String bearer, @PathParam("brandId") long brandId);

    @GET
    @Path("/{brandId}/rights/{rightId}")
    Right right(@HeaderParam("Authorization") String bearer, @PathParam("brandId") long brandId,
            @PathParam("rightId") long rightId);
}
