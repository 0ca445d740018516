package io.markguard.merchant.client;

import io.quarkus.oidc.client.filter.OidcClientFilter;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** complaint-service, called with merchant-service's own client-credentials token. */
@RegisterRestClient(configKey = "complaint-service")
@OidcClientFilter
public interface ComplaintReversalClient {

    /** Reports a reversed takedown so the brand's trust score counts it; a repeat with the same key applies once. */
    @POST
    @Path("/api/internal/reversals")
    @Consumes(MediaType.APPLICATION_JSON)
    void reportReversal(@HeaderParam("Idempotency-Key") String idempotencyKey, String payload);

}
