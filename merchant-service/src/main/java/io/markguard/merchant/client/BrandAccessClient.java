package io.markguard.merchant.client;

import io.quarkus.oidc.client.filter.OidcClientFilter;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * complaint-service's judgement of a brand user's access to a complaint item (from portal-service's membership, with
 * its scope), asked with merchant-service's own client-credentials token.
 */
@RegisterRestClient(configKey = "complaint-access")
@OidcClientFilter
public interface BrandAccessClient {

    /** {@code allRights} and {@code rightIds}: the member's rights of the brand, when allowed. */
    record BrandAccess(String complaintItemId, String subject, String action, boolean allowed, int status, String field,
            String detail, Boolean allRights, java.util.List<Long> rightIds) {
    }

    /** On one complaint item: its brand and right. */
    @GET
    @Path("/api/internal/brand-access")
    BrandAccess access(@QueryParam("complaintItemId") String complaintItemId, @QueryParam("subject") String subject,
            @QueryParam("action") String action);

    /** On a brand as a whole, as a list of the brand's records is read: the answer says which rights. */
    @GET
    @Path("/api/internal/brand-access")
    BrandAccess brandAccess(@QueryParam("brandId") String brandId, @QueryParam("subject") String subject,
            @QueryParam("action") String action);
}
