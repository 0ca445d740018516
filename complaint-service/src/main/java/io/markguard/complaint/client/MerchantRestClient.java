package io.markguard.complaint.client;

import io.quarkus.oidc.client.filter.OidcClientFilter;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.annotation.ClientHeaderParam;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** merchant-service, called with complaint-service's own client-credentials token. */
@RegisterRestClient(configKey = "merchant-service")
@OidcClientFilter
@Path("/api/internal")
public interface MerchantRestClient {

    record Caller(String clientId, String subject, List<String> roles) {
    }

    record Seller(long merchantId, String name) {
    }

    record ListingSnapshot(long id, String url, String title, String brandClaimed, BigDecimal price, String currency,
            String status, Seller seller, String snapshot, String snapshotSha256) {
    }

    @GET
    @Path("/caller")
    Caller caller();

    @GET
    @Path("/listings/{id}")
    ListingSnapshot listing(@PathParam("id") long id);

    @GET
    @Path("/listings")
    ListingSnapshot listingByUrl(@QueryParam("url") String url);

    record Lookup(List<String> references) {
    }

    /** One entry per reference, in order; null where merchant-service has no such listing. */
    @POST
    @Path("/listings/lookup")
    @Consumes(MediaType.APPLICATION_JSON)
    List<ListingSnapshot> lookup(Lookup lookup);

    /**
     * Applied once per complaintItemId: a repeat answers the first result. The outbox needs only the violation's id,
     * so it asks for the answer without the merchant's standing.
     */
    @POST
    @Path("/takedowns")
    @Consumes(MediaType.APPLICATION_JSON)
    @ClientHeaderParam(name = "Prefer", value = "return=minimal")
    Map<String, Object> takeDown(String takedown);

    /** Several takedowns in one transaction; the answer lists each item's violation in the order sent. */
    @POST
    @Path("/takedowns/batch")
    @Consumes(MediaType.APPLICATION_JSON)
    Map<String, Object> takeDownAll(String batch);

    /** As for a takedown, the outbox needs only to know the retraction is recorded. */
    @POST
    @Path("/retractions")
    @Consumes(MediaType.APPLICATION_JSON)
    @ClientHeaderParam(name = "Prefer", value = "return=minimal")
    Map<String, Object> retract(String retraction);

    /** The reviewer who upheld a fast-track takedown in its spot check, recorded on its violation. */
    @POST
    @Path("/spot-checks")
    @Consumes(MediaType.APPLICATION_JSON)
    Map<String, Object> spotChecked(String spotCheck);
}
