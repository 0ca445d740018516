package io.markguard.complaint.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** merchant-service asked with the signed-in user's own token: which merchant is this user? */
@RegisterRestClient(configKey = "merchant-service")
@Path("/api/merchants")
public interface MerchantUserRestClient {

    record MerchantMe(long id, String username) {
    }

    @GET
    @Path("/me")
    MerchantMe me(@HeaderParam("Authorization") String bearer);
}
