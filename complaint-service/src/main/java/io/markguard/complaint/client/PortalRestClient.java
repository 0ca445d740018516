package io.markguard.complaint.client;

import io.quarkus.oidc.client.filter.OidcClientFilter;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** portal-service's internal API, called with complaint-service's own client-credentials token. */
@RegisterRestClient(configKey = "portal-service")
@OidcClientFilter
@Path("/api/internal/brands")
public interface PortalRestClient {

    record Standing(long brandId, String status, boolean verified, List<Long> verifiedRightIds) {
    }

    /** The answer for a subject: allowed and why (for the right, or membership without one), with the member's scope. */
    record Authorisation(long brandId, String subject, Long rightId, boolean allowed, String reason, String role,
            Instant validUntil, Set<String> actions, Boolean allRights, List<Long> rightIds, Instant at) {

        /** The same member, refused for the reason. */
        public Authorisation refused(String why) {
            return new Authorisation(brandId, subject, rightId, false, why, role, validUntil, actions, allRights,
                    rightIds, at);
        }
    }

    @GET
    @Path("/{brandId}")
    Standing standing(@PathParam("brandId") long brandId);

    /** The brand's name and a right's register details, as a notice names its grounds. */
    record Grounds(long brandId, String brandName, Right right) {
    }

    record Right(long id, String type, String office, String registrationNumber, String mark, String status) {
    }

    @GET
    @Path("/{brandId}/rights/{rightId}")
    Grounds grounds(@PathParam("brandId") long brandId, @PathParam("rightId") long rightId);

    @GET
    @Path("/{brandId}/authority")
    Authorisation authority(@PathParam("brandId") long brandId, @QueryParam("subject") String subject,
            @QueryParam("rightId") Long rightId);
}
