package io.markguard.portal.client;

import io.quarkus.oidc.client.filter.OidcClientFilter;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * complaint-service told, with portal-service's own client-credentials token, that who may act for a brand has
 * changed: it asks again rather than reuse an answer it holds.
 */
@RegisterRestClient(configKey = "complaint-service")
@OidcClientFilter
public interface BrandAccessChangeClient {

    /** The brand whose members, rights or status changed. */
    record Change(long brandId) {
    }

    @POST
    @Path("/api/internal/brand-access-changes")
    @Consumes(MediaType.APPLICATION_JSON)
    void changed(@HeaderParam("Idempotency-Key") String idempotencyKey, Change change);
}
