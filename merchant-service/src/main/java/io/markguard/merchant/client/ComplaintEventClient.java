package io.markguard.merchant.client;

import io.quarkus.oidc.client.filter.OidcClientFilter;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** complaint-service's intake of events for the brands' webhooks, called with merchant-service's own token. */
@RegisterRestClient(configKey = "complaint-events")
@OidcClientFilter
public interface ComplaintEventClient {

    /** An appeal event; a repeat of its event id is published once. */
    @POST
    @Path("/api/internal/brand-events")
    @Consumes(MediaType.APPLICATION_JSON)
    void report(String payload);
}
